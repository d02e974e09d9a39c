/** `orgnet export`'s options: its own, then the analysis options (the attributes are the report's figures). */
import { formatNames } from '../../render/formats.js';
import { SNAPSHOT_OPTIONS } from './analysis.js';
import { OUTPUT_OPTION } from './output.js';
import type { OptionTable } from './table.js';

export const EXPORT_OPTIONS = {
  to: { flags: '--to <format>', help: 'gexf, graphml or json (graphology) (default: from the -o extension)', group: 'output', choices: formatNames('export') },
  output: OUTPUT_OPTION,
  ...SNAPSHOT_OPTIONS,
} as const satisfies OptionTable;
