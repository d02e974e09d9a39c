/** `orgnet diff`'s options: its own, then the analysis options, which apply to a side that is an interactions file. */
import { DIFF_TABLES } from '../../render/diff/context.js';
import { SNAPSHOT_OPTIONS } from './analysis.js';
import { formatOption, OUTPUT_OPTION } from './output.js';
import type { OptionsOf, OptionTable } from './table.js';
import { wholeFrom } from './values.js';

export const DIFF_OPTIONS = {
  failOn: {
    flags: '--fail-on <expr>',
    help: 'exit 1 when this rule over the changes holds, e.g. "delta(reciprocity) < -0.05" (repeatable)',
    group: 'command',
    repeatable: true,
  },
  allowMissing: { flags: '--allow-missing', help: 'skip a --fail-on rule whose value is undefined (null) instead of failing on it', group: 'command' },
  format: formatOption('diff'),
  table: { flags: '--table <name>', help: 'which table --format csv writes', group: 'output', choices: DIFF_TABLES, default: 'people' },
  top: { flags: '--top <n>', help: 'rows per list in the table and md views', group: 'output', default: 10, parse: wholeFrom('top', 1) },
  output: OUTPUT_OPTION,
  ...SNAPSHOT_OPTIONS,
} as const satisfies OptionTable;

export type DiffFlags = OptionsOf<typeof DIFF_OPTIONS>;
