/**
 * The terminal report fits its width: a line of prose wraps at word boundaries with a hanging
 * indent, and a table too wide for the terminal drops its lowest-priority columns (the reader is
 * told which, and how to see them) rather than being broken by the terminal mid-row.
 */
import Table from 'cli-table3';

/** What a width falls back to when neither the terminal nor COLUMNS says: a common default. */
export const DEFAULT_WIDTH = 100;
/** Below this a table cannot be read whatever is dropped; the report still uses this much. */
const MIN_WIDTH = 40;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Characters a line takes on screen (ANSI colour codes take none). */
function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/**
 * `text` in lines of at most `width` characters, broken at spaces; every line after the first
 * starts with `indent` spaces. A word longer than a line is left whole (it is never split).
 */
export function wrap(text: string, width: number, indent = 0): string {
  const room = Math.max(width, MIN_WIDTH);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && visibleLength(candidate) > room) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    } else line = candidate;
  }
  lines.push(line);
  return lines.join('\n');
}

export interface FitColumn {
  head: string;
  align: 'left' | 'right';
  /** Lower is dropped first; columns without one are never dropped. */
  drop?: number;
}

export interface Fitted {
  text: string;
  /** The heads of the columns left out. */
  hidden: string[];
}

/**
 * The table with as many columns as fit in `width`, dropping the droppable ones lowest priority
 * first. `style` is cli-table3's; heads are passed through `head` (bold, say).
 */
export function fitTable(columns: FitColumn[], rows: string[][], width: number, head: (text: string) => string): Fitted {
  const order = columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.drop !== undefined)
    .sort((a, b) => a.c.drop! - b.c.drop! || b.i - a.i);
  const hidden = new Set<number>();
  for (;;) {
    const keep = columns.map((_, i) => i).filter((i) => !hidden.has(i));
    const table = new Table({
      head: keep.map((i) => head(columns[i]!.head)),
      style: { head: [], border: [], compact: true },
      colAligns: keep.map((i) => columns[i]!.align),
    });
    for (const row of rows) table.push(keep.map((i) => row[i] ?? ''));
    const text = table.toString();
    const widest = Math.max(...text.split('\n').map(visibleLength));
    const next = order.find(({ i }) => !hidden.has(i));
    if (widest <= Math.max(width, MIN_WIDTH) || !next) {
      return { text, hidden: [...hidden].sort((a, b) => a - b).map((i) => columns[i]!.head) };
    }
    hidden.add(next.i);
  }
}
