/**
 * Columns of the interactions file that no alias and no flag claimed (docs/input.md#interactions-required---reads-standard-input): listed in
 * `meta.input.unusedColumns`, and named in a warning when the file has no weight (or no time)
 * column and one of them looks like one — an export `from_user,to_user,msgs,sent` read with
 * `--source-col from_user --target-col to_user` would otherwise count every row as 1 and show no
 * activity, and say nothing.
 *
 * A column looks like a weight when its first SAMPLE non-empty cells are all numbers (a decimal
 * comma too with `;`), and like a time when they are all dates or date-times (ISO-8601, D/M/Y) or
 * all whole numbers of at least 1e8 (unix seconds from 1973 on). A name ending in `id` is an
 * identifier, not a figure, and is never suggested.
 */
import { parseTimestamp } from '../csv/timestamp.js';
import { parseWeight } from '../csv/weight.js';

/** Cells looked at per column: the first rows say what a column holds. */
const SAMPLE = 50;

const LOCAL_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const IDENTIFIER = /(^|[^a-z])id$/i;

type Looks = 'weight' | 'time' | null;

export class UnusedColumns {
  /** The unclaimed columns' names, in file order. */
  readonly names: string[];
  private readonly indexes: number[];
  private readonly samples: string[][];
  private rows = 0;

  constructor(
    header: readonly string[],
    claimed: readonly number[],
    private readonly missing: { weight: boolean; time: boolean },
    private readonly decimalComma: boolean,
  ) {
    this.indexes = header.flatMap((name, i) => (name !== '' && !claimed.includes(i) ? [i] : []));
    this.names = this.indexes.map((i) => header[i]!);
    this.samples = this.indexes.map(() => []);
  }

  /** True while rows are still to be looked at (only when a role is missing and a column could fill it). */
  get sampling(): boolean {
    return this.rows < SAMPLE && this.indexes.length > 0 && (this.missing.weight || this.missing.time);
  }

  add(fields: readonly string[]): void {
    if (!this.sampling) return;
    this.rows++;
    this.indexes.forEach((column, k) => {
      const cell = (fields[column] ?? '').trim();
      if (cell !== '') this.samples[k]!.push(cell);
    });
  }

  /** One warning per column that looks like the missing weight or time, naming the flag that reads it. */
  warnings(file: string): string[] {
    const out: string[] = [];
    this.names.forEach((name, k) => {
      const looks = IDENTIFIER.test(name) ? null : this.looks(this.samples[k]!);
      // A column name of a header that was understood: no cell, no id (privacy/quote.ts).
      const quoted = JSON.stringify(name);
      if (looks === 'weight' && this.missing.weight) {
        out.push(`${file}: column ${quoted} looks like a weight (numbers) and is not read, so every row counts 1: --weight-col ${quoted} reads it`);
      }
      if (looks === 'time' && this.missing.time) {
        out.push(`${file}: column ${quoted} looks like a time and is not read, so there is no activity over time: --time-col ${quoted} reads it`);
      }
    });
    return out;
  }

  private looks(cells: readonly string[]): Looks {
    if (cells.length === 0) return null;
    const numbers = cells.map((c) => parseWeight(c, this.decimalComma));
    if (numbers.every((n) => n !== null)) return numbers.every((n) => Number.isInteger(n) && n! >= 1e8) ? 'time' : 'weight';
    return cells.every((c) => LOCAL_DATE.test(c) || (parseTimestamp(c) !== null && c.length >= 10)) ? 'time' : null;
  }
}
