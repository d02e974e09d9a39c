/**
 * The fast path of the CSV reader: most exports (chat, e-mail and meeting metadata) never quote
 * a field, and for such text splitting lines at line breaks and fields at the delimiter gives
 * exactly the records csv-parse gives — csv-parse stays the parser of record for everything
 * else. The splitter takes bytes as they come and hands over complete lines; the moment a line
 * holds a double quote it stops and returns the bytes from that line on, which the caller then
 * feeds to csv-parse, so quoted fields, delimiters and line breaks inside quotes are read by
 * csv-parse alone. A property-based test (test/core/ingest/csv/quote-free.test.ts) holds the two to the
 * same records on any input, cut into chunks anywhere.
 *
 * Record delimiters are those csv-parse is given: CRLF, LF or CR. Text is decoded only up to the
 * last line break of a chunk: a line break byte never occurs inside a multi-byte UTF-8 character,
 * so no character is ever cut in two.
 */

import type { ByteRowReader } from './byte-rows.js';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** Where the splitter's lines go: as fields, or to a byte reader that may take them whole. */
export interface TakeRecord {
  line(fields: string[], raw: string): void;
  /** The byte reader for the next lines (byte-rows.ts), or null. */
  rows?(): ByteRowReader | null;
  /** Called with the number of lines the byte reader took, after each run of them. */
  taken?(count: number): void;
  /** Longest line the byte reader is offered. */
  maxBytes?: number;
}

export class QuoteFreeSplitter {
  private carry: Buffer | null = null;

  constructor(private readonly delimiter: string) {}

  /** Hands over the complete quote-free lines; returns the rest from a line with a quote, or null. */
  push(chunk: Buffer, take: TakeRecord): Buffer | null {
    // The line begun in the last chunk is finished with this chunk's first line alone, so the
    // rest of the chunk is read where it lies instead of being copied behind it. Any cut gives
    // the same lines (the property test cuts anywhere), this one included.
    const lf = this.carry === null ? -1 : chunk.indexOf(LF);
    if (lf >= 0 && lf + 1 < chunk.length) {
      const leftover = this.pushPart(chunk.subarray(0, lf + 1), take);
      if (leftover !== null) return Buffer.concat([leftover, chunk.subarray(lf + 1)]);
      return this.pushPart(chunk.subarray(lf + 1), take);
    }
    return this.pushPart(chunk, take);
  }

  private pushPart(chunk: Buffer, take: TakeRecord): Buffer | null {
    const bytes = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = null;
    const quote = bytes.indexOf(QUOTE);
    const limit = quote < 0 ? bytes.length : lineStart(bytes, quote);
    const end = lastBreakEnd(bytes, limit);
    if (end > 0) this.complete(bytes, end, take);
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

  /**
   * The complete lines in bytes[0, end): offered to the byte reader once the header is read
   * (LF-ended lines only: a chunk with a CR goes as text), the lines it declines decoded and split.
   */
  private complete(bytes: Buffer, end: number, take: TakeRecord): void {
    if (take.rows === undefined || bytes.lastIndexOf(CR, end - 1) >= 0) {
      this.lines(bytes.toString('utf8', 0, end), true, take);
      return;
    }
    const d = this.delimiter;
    let rows = take.rows();
    for (let at = 0; at < end; ) {
      if (rows !== null) {
        // A line over the bound is left to the string path, which refuses it by its characters.
        at = rows.takeLines(bytes, at, end, take.maxBytes!);
        take.taken!(rows.taken);
        if (at === end) break;
      }
      const lf = bytes.indexOf(LF, at);
      const line = bytes.toString('utf8', at, lf);
      take.line(line.split(d), line);
      // Until the header is read there is no byte reader; from the line after it on there may be.
      rows ??= take.rows();
      at = lf + 1;
    }
  }

  private lines(text: string, endsWithBreak: boolean, take: TakeRecord): void {
    const lines = text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
    // Text that ends with a line break splits into one last empty string, which is no record.
    const count = endsWithBreak || lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
    const d = this.delimiter;
    for (let i = 0; i < count; i++) {
      const line = lines[i]!;
      take.line(line.split(d), line);
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
