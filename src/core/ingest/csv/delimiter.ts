/**
 * Field delimiters (docs/input.md#interactions-required---reads-standard-input): detected among `,` `;` tab `|` from the header line, or forced.
 * The header is the most regular line of an export, and names rarely contain delimiters; the
 * candidate seen most often outside quotes wins, ties going to the earlier one in the list.
 */
import { UsageError } from '../../base/errors.js';

const DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

/** The delimiter that occurs most often outside double quotes in `headerLine` (`,` if none). */
export function detectDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of DELIMITERS) {
    const count = countOutsideQuotes(headerLine, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * A forced delimiter as given on the command line: one character, or the words `tab` / `\t`
 * since a literal tab is awkward to type in a shell.
 */
export function normalizeDelimiter(option: string): string {
  const value = option === 'tab' || option === '\\t' ? '\t' : option;
  if ([...value].length !== 1 || value === '"' || value === '\n' || value === '\r') {
    throw new UsageError(`--delimiter ${JSON.stringify(option)}: expected one character such as , ; | or tab`);
  }
  return value;
}
