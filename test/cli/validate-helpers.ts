/** `orgnet validate … --format json` in-process: the exit code, the parsed validation, stderr. */
import { expect } from 'vitest';
import type { Validation } from '../../src/core/model/validation.js';
import { validatorOf } from '../../src/io/report-schema.js';
import { runJson, type RunOptions } from '../helpers/cli.js';

export interface Checked {
  code: number;
  v: Validation;
  stderr: string;
}

/** Runs validate with JSON output; every output is checked against the shipped schema, and exit 2 ⇔ not valid. */
export async function validate(args: string[], options: RunOptions = {}): Promise<Checked> {
  const r = await runJson<Validation>(['validate', ...args, '--format', 'json'], options);
  const v = r.json;
  const schema = validatorOf('validate-schema.json');
  expect(schema(v), JSON.stringify(schema.errors)).toBe(true);
  expect(r.code).toBe(v.valid ? 0 : 2);
  return { code: r.code, v, stderr: r.stderr };
}

/** The problems as `LINE: message` (`-` for the whole file), the way they read in a terminal. */
export function problemsOf(v: Validation): string[] {
  return v.problems.map((p) => `${p.line ?? '-'}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
}
