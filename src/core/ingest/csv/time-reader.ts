/**
 * The timestamp column of one file, read as docs/input.md#interactions-required---reads-standard-input says.
 *
 * - `--time-format FMT`: every cell in that layout (strftime fields `%Y %y %m %d %H %M %S %b`, `%%`
 *   for a percent sign, anything else literal), no zone = UTC. Day, month, hour, minute and second
 *   take one or two digits, as Python's strptime does; `%y` is 1969–2068 (69–99 → 19xx, POSIX);
 *   `%b` an English or Spanish month abbreviation (`Jan`, `ene`, `Sept`, `sep.`), any case.
 * - Otherwise ISO-8601 or unix time (timestamp.ts), and the dates spreadsheets write in a locale's
 *   order: `D/M/Y` or `M/D/Y` with `/`, `-` or `.` between, a four-digit year, then optionally
 *   ` H:MM` or ` H:MM:SS`. The file decides the order: the first date whose first field is above
 *   12 makes it day first, one whose second field is above 12 month first; a date read the other
 *   way after that is a bad timestamp. Until a date decides, a date both ways could be is
 *   `UNDECIDED`, and its row waits (interactions.ts); a file where every such date is ambiguous
 *   is an error naming `--time-format`.
 *
 * Messages quote a cell through the reader's `quote` (privacy/quote.ts: with --pseudonymize a
 * cell is never shown, its column is named), and point at other rows by their line.
 */

/** How the file's reader quotes a cell of its time column in a message. */
export type QuoteCell = (text: string) => string;
import { InputError } from '../../base/errors.js';
import { daysFromCivil, isIsoText, parseTimestamp } from './timestamp.js';

export type DateOrder = 'day-first' | 'month-first';

/** A date that reads day first and month first alike, in a file that has not said which it uses. */
export const UNDECIDED = Symbol('undecided');

const LOCAL_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Numbers that all fall before this are a clock counting from the start of a recording (sensor and
 * research exports: SocioPatterns, SNAP), not unix time: no organization's e-mail or chat export
 * has its first interaction in the 1970s, and a placeholder 0 among real unix times leaves the
 * range reaching past it. README "Relative clocks" says why 1980 rather than 1971.
 */
export const RELATIVE_CLOCK_BEFORE = Date.UTC(1980, 0, 1);

export class TimeReader {
  /** The order the file's `D/M/Y`-like dates were found in; null until one decides (or with --time-format). */
  order: DateOrder | null = null;
  /** Cells read as unix numbers, and the latest of them; cells read as dates. */
  numbers = 0;
  latestNumber = -Infinity;
  dates = 0;
  /** The line whose date decided the order, for messages. */
  decidedOn: number | null = null;
  private readonly format: CompiledFormat | null;

  constructor(
    private readonly timeFormat: string | null,
    private readonly quote: QuoteCell,
  ) {
    this.format = timeFormat === null ? null : compileFormat(timeFormat);
  }

  /** Epoch ms; or a problem's message; or UNDECIDED. `line`: where the cell is. */
  read(text: string, line: number): number | string | typeof UNDECIDED {
    if (this.format !== null) {
      this.dates++;
      return this.format(text) ?? `bad timestamp ${this.quote(text)}: expected --time-format ${JSON.stringify(this.timeFormat)}`;
    }
    const standard = parseTimestamp(text);
    if (standard !== null) {
      if (isIsoText(text)) this.dates++;
      else {
        this.numbers++;
        if (standard > this.latestNumber) this.latestNumber = standard;
      }
      return standard;
    }
    this.dates++;
    const local = LOCAL_DATE.exec(text.trim());
    if (local === null) return `bad timestamp ${this.quote(text)}: expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)`;
    return this.local(text, local, line);
  }

  private local(text: string, m: RegExpExecArray, line: number): number | string | typeof UNDECIDED {
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const time = [Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0)] as const;
    if (this.order === null) {
      if (first > 12 && second <= 12) this.decide('day-first', line);
      else if (second > 12 && first <= 12) this.decide('month-first', line);
      else if (first <= 12 && second <= 12) return UNDECIDED;
    }
    const [day, month] = this.order === 'day-first' ? [first, second] : [second, first];
    const ms = civilMs(year, month, day, ...time);
    if (ms !== null) return ms;
    const layout = this.order === 'day-first' ? 'day first (D/M/Y)' : 'month first (M/D/Y)';
    const why = this.order === null ? 'no such date either way' : `the file's dates are ${layout}, as line ${this.decidedOn} says`;
    return `bad timestamp ${this.quote(text)}: ${why}; check the cell, or give --time-format`;
  }

  /** `relative` when every time read was a number and all of them fall before RELATIVE_CLOCK_BEFORE (`calendar` otherwise). */
  clock(otherDates: boolean): 'relative' | 'calendar' {
    return !otherDates && this.dates === 0 && this.numbers > 0 && this.latestNumber < RELATIVE_CLOCK_BEFORE ? 'relative' : 'calendar';
  }

  /** The warning a relative clock gets (docs/input.md#interactions-required---reads-standard-input), or null. */
  clockWarning(file: string, otherDates: boolean): string | null {
    if (this.clock(otherDates) !== 'relative') return null;
    const seconds = Math.round(this.latestNumber / 1000).toLocaleString('en-US');
    return (
      `${file}: every timestamp is a number of at most ${seconds} seconds: read as elapsed time from the start of a recording, ` +
      'not as dates — periods are numbered (day 1, week 1…) and times are durations (P3DT4H)'
    );
  }

  private decide(order: DateOrder, line: number): void {
    this.order = order;
    this.decidedOn = line;
  }
}

interface HeldRow {
  fields: string[];
  line: number;
  raw: string | undefined;
  /** The date cell that could not be read yet. */
  date: string;
}

/**
 * Rows whose date waits for the file to say its order, replayed (in file order) once a date has:
 * in a day-first export the 13th of the first month comes within two weeks of rows, so few wait.
 */
export class HeldRows {
  private rows: HeldRow[] = [];

  hold(fields: string[], line: number, raw: string | undefined, date: string): void {
    this.rows.push({ fields, line, raw, date });
  }

  /** Hands the held rows over once `time` knows the order. */
  replay(time: TimeReader, take: (fields: string[], line: number, raw: string | undefined) => void): void {
    if (this.rows.length === 0 || time.order === null) return;
    const rows = this.rows;
    this.rows = [];
    for (const r of rows) take(r.fields, r.line, r.raw);
  }

  /** At the end of the file: rows still waiting mean no date ever said the order. */
  finish(file: string, quote: QuoteCell): void {
    const first = this.rows[0];
    if (first === undefined) return;
    const message =
      `every date reads both day first and month first (${quote(first.date)} on this line), and no date says which: ` +
      'give --time-format "%d/%m/%Y %H:%M" (day first) or --time-format "%m/%d/%Y %H:%M" (month first)';
    throw new InputError(file, message, [{ line: first.line, message }]);
  }
}

/** Epoch ms of a UTC civil time, or null when it does not exist. */
function civilMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

type CompiledFormat = (text: string) => number | null;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  ene: 1, abr: 4, ago: 8, set: 9, dic: 12,
};

const FIELDS: Record<string, { pattern: string; field: 'Y' | 'y' | 'm' | 'd' | 'H' | 'M' | 'S' | 'b' }> = {
  Y: { pattern: '(\\d{4})', field: 'Y' },
  y: { pattern: '(\\d{2})', field: 'y' },
  m: { pattern: '(\\d{1,2})', field: 'm' },
  d: { pattern: '(\\d{1,2})', field: 'd' },
  H: { pattern: '(\\d{1,2})', field: 'H' },
  M: { pattern: '(\\d{1,2})', field: 'M' },
  S: { pattern: '(\\d{1,2})', field: 'S' },
  b: { pattern: '([A-Za-z]{3,4})\\.?', field: 'b' },
};

/** `--time-format` text → a parser; a format without a year, month and day, or with an unknown field, is refused. */
export function compileFormat(format: string): CompiledFormat {
  let pattern = '';
  const order: (keyof typeof FIELDS)[] = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const next = format[++i];
    if (next === '%') pattern += '%';
    else if (next !== undefined && FIELDS[next]) {
      pattern += FIELDS[next].pattern;
      order.push(next as keyof typeof FIELDS);
    } else throw new TimeFormatError(`unknown field %${next ?? ''} (known: %Y %y %m %d %H %M %S %b and %%)`);
  }
  const has = (...fields: string[]) => fields.some((f) => order.includes(f as keyof typeof FIELDS));
  if (!has('Y', 'y') || !has('m', 'b') || !has('d')) throw new TimeFormatError('needs a year (%Y or %y), a month (%m or %b) and a day (%d)');
  const re = new RegExp(`^${pattern}$`, 'i');
  return (text) => {
    const m = re.exec(text.trim());
    if (m === null) return null;
    const v: Partial<Record<string, number>> = {};
    for (let k = 0; k < order.length; k++) {
      const f = order[k]!;
      const cell = m[k + 1]!;
      if (f === 'b') {
        const month = MONTHS[cell.toLowerCase()];
        if (month === undefined) return null;
        v.m = month;
      } else if (f === 'y') v.Y = Number(cell) + (Number(cell) >= 69 ? 1900 : 2000);
      else v[f] = Number(cell);
    }
    return civilMs(v.Y!, v.m!, v.d!, v.H ?? 0, v.M ?? 0, v.S ?? 0);
  };
}

/** A `--time-format` the parser cannot use (the CLI reports it as a usage error). */
export class TimeFormatError extends Error {}
