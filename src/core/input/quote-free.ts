/**
 * The fast path of the CSV reader: most exports (chat, e-mail and meeting metadata) never quote
 * a field, and for such text splitting lines at line breaks and fields at the delimiter gives
 * exactly the records csv-parse gives — csv-parse stays the parser of record for everything
 * else. The splitter takes bytes as they come and hands over complete lines; the moment a line
 * holds a double quote it stops and returns the bytes from that line on, which the caller then
 * feeds to csv-parse, so quoted fields, delimiters and line breaks inside quotes are read by
 * csv-parse alone. A property-based test (test/unit/input/quote-free.test.ts) holds the two to the
 * same records on any input, cut into chunks anywhere.
 *
 * Record delimiters are those csv-parse is given: CRLF, LF or CR. Text is decoded only up to the
 * last line break of a chunk: a line break byte never occurs inside a multi-byte UTF-8 character,
 * so no character is ever cut in two.
 */

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

export type TakeRecord = (fields: string[], raw: string) => void;

export class QuoteFreeSplitter {
  private carry: Buffer | null = null;

  constructor(private readonly delimiter: string) {}

  /** Hands over the complete quote-free lines; returns the rest from a line with a quote, or null. */
  push(chunk: Buffer, take: TakeRecord): Buffer | null {
    const bytes = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = null;
    const quote = bytes.indexOf(QUOTE);
    const limit = quote < 0 ? bytes.length : lineStart(bytes, quote);
    const end = lastBreakEnd(bytes, limit);
    if (end > 0) this.lines(bytes.toString('utf8', 0, end), true, take);
    if (quote >= 0) return bytes.subarray(end);
    if (end < bytes.length) this.carry = Buffer.from(bytes.subarray(end));
    return null;
  }

  /** The last line, when the input does not end with a line break. */
  end(take: TakeRecord): void {
    if (this.carry !== null && this.carry.length > 0) this.lines(this.carry.toString('utf8'), false, take);
    this.carry = null;
  }

  /** Bytes waiting for the rest of their line. */
  get pending(): number {
    return this.carry?.length ?? 0;
  }

  /** Characters waiting for the rest of their line (decodes them: ask only when `pending` is large). */
  pendingChars(): number {
    return this.carry === null ? 0 : this.carry.toString('utf8').length;
  }

  private lines(text: string, endsWithBreak: boolean, take: TakeRecord): void {
    const lines = text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
    // Text that ends with a line break splits into one last empty string, which is no record.
    const count = endsWithBreak || lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
    const d = this.delimiter;
    for (let i = 0; i < count; i++) {
      const line = lines[i]!;
      take(line.split(d), line);
    }
  }
}

/** Where the line holding byte `at` starts: just after the line break before it. */
function lineStart(bytes: Buffer, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const b = bytes[i];
    if (b === LF || b === CR) return i + 1;
  }
  return 0;
}

/**
 * The end of the last complete line before `limit`: just after its line break. A CR as the very
 * last byte may be the first half of a CRLF whose LF has not arrived yet, so it does not count.
 */
function lastBreakEnd(bytes: Buffer, limit: number): number {
  for (let i = limit - 1; i >= 0; i--) {
    const b = bytes[i];
    if (b === LF) return i + 1;
    if (b === CR && i + 1 < bytes.length) return i + 1;
  }
  return 0;
}
