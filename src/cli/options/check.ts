/** `orgnet check`'s options: its own, then the analysis options every analysing command takes. */
import { ANALYSIS_OPTIONS } from './analysis.js';
import { formatOption, OUTPUT_OPTION } from './output.js';
import type { OptionTable } from './table.js';

/** The config file `check` reads from the working directory unless --config names one. */
export const CONFIG_FILE = 'orgnet.json';

export const CHECK_OPTIONS = {
  rule: { flags: '--rule <expr>', help: 'a rule such as "reciprocity >= 0.3" (repeatable)', group: 'command', repeatable: true },
  config: {
    flags: '--config <file>',
    help: `rules and options as JSON (default: ./${CONFIG_FILE} when it exists)`,
    group: 'command',
    negate: { flags: '--no-config', help: `do not read ./${CONFIG_FILE}` },
  },
  allowMissing: { flags: '--allow-missing', help: 'skip a rule whose value is undefined (null) instead of failing it', group: 'command' },
  format: formatOption('check'),
  output: OUTPUT_OPTION,
  ...ANALYSIS_OPTIONS,
} as const satisfies OptionTable;
