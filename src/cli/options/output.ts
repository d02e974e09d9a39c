/** The output flags every command that writes shares: `-f, --format` (`--to` for export) and `-o`. */
import { formatNames, type WritingCommand } from '../../render/formats.js';

export const formatOption = <K extends WritingCommand>(command: K) =>
  ({
    flags: '-f, --format <format>',
    help: 'output format (default: from -o extension, else table)',
    group: 'output',
    choices: formatNames(command),
  }) as const;

export const OUTPUT_OPTION = {
  flags: '-o, --output <path>',
  help: 'write to this file (atomically) instead of standard output (- is standard output)',
  group: 'output',
} as const;
