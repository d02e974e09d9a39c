/** `orgnet validate`'s options: its own, then the analysis options, which shape the reading as analyze's do. */
import { DEFAULT_LIMIT } from '../../core/validate/validate.js';
import { ANALYSIS_OPTIONS } from './analysis.js';
import { formatOption, OUTPUT_OPTION } from './output.js';
import type { OptionTable } from './table.js';
import { wholeFrom } from './values.js';

export const VALIDATE_OPTIONS = {
  format: formatOption('validate'),
  strict: {
    flags: '--strict',
    help: 'also fail on ids the people file lacks, people without interactions, repeated rows, and rows --lenient skips',
    group: 'command',
  },
  limit: {
    flags: '--limit <n>',
    help: 'list at most n problems per file, and n ids or repeated rows per list',
    group: 'output',
    default: DEFAULT_LIMIT,
    parse: wholeFrom('limit', 0),
  },
  output: OUTPUT_OPTION,
  ...ANALYSIS_OPTIONS,
} as const satisfies OptionTable;
