/**
 * `orgnet schema`: the JSON Schema (draft 2020-12) of the report, docs/options.md — the very file the
 * package ships (src/core/report/schema.json, copied to dist/ at build), written byte for byte
 * so `orgnet schema > report.schema.json` and the packaged `orgnet/schema.json` never differ.
 */
import type { Command } from 'commander';
import { ABOUT } from './about.js';
import { readFileSync } from 'node:fs';
import type { Io } from '../io.js';
import { packageFile } from '../../io/package-file.js';

const EXAMPLES = `
Examples:
  $ orgnet schema > orgnet-report.schema.json
  (any JSON Schema draft 2020-12 validator then checks a saved report against it)

Exit codes: 0 success, 3 internal error.`;

export function schemaCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('schema')
    .description(ABOUT.schema.description)
    .addHelpText('after', EXAMPLES)
    .action(() => {
      io.stdout.write(readFileSync(packageFile('core/report/schema.json')));
      setExit(0);
    });
}
