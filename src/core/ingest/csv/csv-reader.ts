/**
 * The streaming CSV reader both input files go through (docs/input.md#interactions-required---reads-standard-input–2.3).
 *
 * Bytes flow from the input through the decoding stage (decode.ts: encoding, BOM, binary data;
 * what follows sees UTF-8 only) and csv-parse's stream API into a sink, one record at a time;
 * the file is never held in one string. The delimiter is detected from the header line. Physical line numbers (header = line 1) are counted here rather than taken
 * from csv-parse, whose counter reads a CRLF inside a quoted field as two lines: csv-parse keeps
 * empty lines as `['']` records, and a record spans one line plus the line breaks inside its fields.
 * Quotes are relaxed: a stray quote inside an unquoted field (`José "Pepe" Pérez`) is kept as text,
 * the way spreadsheets read it; the one parse error left is a quote still open at the end of input.
 * A record longer than `maxFieldSize` characters stops the run at its line, on either path: past
 * that bound it is a broken file (a quote that never closes, a wrong delimiter), and buffering on
 * would not end.
 */
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { InputError, OrgnetError } from '../../base/errors.js';
import { DEFAULT_MAX_FIELD_SIZE } from '../../model/options.js';
import { InputDecoder, toBuffer, type Encoding } from './decode.js';
import { detectDelimiter, normalizeDelimiter } from './delimiter.js';
import type { ByteRowReader } from './byte-rows.js';
import { QuoteFreeSplitter } from './quote-free.js';
import type { RecordObserver } from '../../model/ingest.js';
import { PLAIN_IDS } from '../privacy/pseudonyms.js';
import type { IdMask } from '../../model/ingest.js';

/** Receives the header once, then every non-blank data record in file order. */
export interface CsvSink {
  /** Trimmed header names; may throw (a missing column) to stop reading. */
  header(names: string[], delimiter: string): void;
  /** Raw fields of a data record and its physical start line; `raw` only when asked for. */
  record(fields: string[], line: number, raw: string | undefined): void;
  /** A record csv-parse could not read (a quote that never closes). */
  malformed(line: number, message: string, raw: string | undefined): void;
  /** A reader of the plainest quote-free lines straight from their bytes, asked once after the header. */
  byteRows?(): ByteRowReader | null;
}

/** The sink with an observer in front (types.ts `RecordObserver`); the sink itself without one. */
export function observed(sink: CsvSink, observer: RecordObserver | undefined): CsvSink {
  if (observer === undefined) return sink;
  return {
    header(names, delimiter) {
      observer.header(names, delimiter);
      sink.header(names, delimiter);
    },
    record(fields, line, raw) {
      observer.record(fields, line);
      sink.record(fields, line, raw);
    },
    malformed(line, message, raw) {
      observer.malformed?.(line);
      sink.malformed(line, message, raw);
    },
  };
}

export interface CsvReadOptions {
  /** Forced delimiter (`tab` accepted); undefined = detect. */
  delimiter?: string | undefined;
  /** Keep each record's verbatim text (costs speed; only rejects need it). */
  raw?: boolean;
  /** Split quote-free lines without csv-parse (default true; tests turn it off to compare). */
  fastPath?: boolean | undefined;
  /** Forced encoding; undefined or null = what a BOM says, else UTF-8 (or detected, below). */
  encoding?: Encoding | null | undefined;
  /** Without a forced encoding or a BOM: windows-1252 when the start of the file is not valid UTF-8. */
  detectEncoding?: boolean | undefined;
  /** The flag that forces this file's encoding, for messages (default `--encoding`). */
  encodingFlag?: string | undefined;
  /** Longest record, in characters, before the file is refused (default 1 MiB). */
  maxFieldSize?: number | undefined;
  /** With --pseudonymize, messages quote nothing of the file (privacy/quote.ts). */
  ids?: IdMask | undefined;
}

export interface CsvSummary {
  delimiter: string;
  /** Data records read, malformed ones included, blank lines not. */
  records: number;
  /** The encoding the file was read in. */
  encoding: Encoding;
  /** True when it was detected from the bytes (`detectEncoding`). */
  encodingDetected: boolean;
}

/**
 * Another container of the same records (a parquet file read through DuckDB, docs/input.md#encodings-and-messy-files): it
 * hands the sink a header and then every row as text fields, numbered as lines would be
 * (header = 1), so every reader applies the same column rules to it as to a CSV file.
 */
export interface RecordSource {
  readonly kind: 'records';
  readRecords(sink: CsvSink, options: CsvReadOptions): Promise<CsvSummary>;
}

export type Input = Readable | RecordSource;

function isRecordSource(input: Input): input is RecordSource {
  return (input as RecordSource).kind === 'records';
}

/** The head read before parsing: at least this much, up to a line break. */
const SNIFF_BYTES = 8192;
/** The header line is looked for in at most this many bytes. */
const HEAD_LIMIT = 1 << 20;
const UNCLOSED_QUOTE = 'unclosed quote: the field opened on this line never closes';

/** `-` (standard input) is reported as `<stdin>`. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

export async function readCsv(input: Input, file: string, options: CsvReadOptions, sink: CsvSink): Promise<CsvSummary> {
  if (isRecordSource(input)) return input.readRecords(sink, options);
  const decoder = new InputDecoder(input, file, options.encoding ?? null, {
    detect: options.detectEncoding === true,
    flag: options.encodingFlag ?? '--encoding',
    ids: options.ids ?? PLAIN_IDS,
  });
  const chunks = new ChunkSource(decoder.chunks(), file);
  let delimiter: string;
  let head: Buffer;
  try {
    head = checkHead(await chunks.head(), chunks.ended, file);
    delimiter = options.delimiter === undefined ? detectDelimiter(firstLine(head)) : normalizeDelimiter(options.delimiter);
  } catch (error) {
    await chunks.close();
    throw error;
  }
  const maxFieldSize = options.maxFieldSize ?? DEFAULT_MAX_FIELD_SIZE;
  const records = new RecordCounter(sink, file, delimiter, maxFieldSize);
  const raw = options.raw === true;
  const rest = options.fastPath === false ? chunks.all(head) : quoteFreeFirst(chunks.all(head), delimiter, records, raw);
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    bom: false,
    raw: options.raw === true,
    max_record_size: maxFieldSize,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => records.unreadable(error, raw),
  });
  await pipeline(rest, parser, records.writable(raw));
  records.finish();
  return { delimiter, records: records.records, encoding: decoder.encoding, encodingDetected: decoder.detected };
}

/**
 * Reads quote-free lines with the fast splitter (quote-free.ts) and yields, for csv-parse, the
 * bytes from the first line that holds a quote on — nothing at all for a quote-free file.
 */
async function* quoteFreeFirst(source: AsyncGenerator<Buffer>, delimiter: string, records: RecordCounter, raw: boolean): AsyncGenerator<Buffer> {
  const splitter = new QuoteFreeSplitter(delimiter);
  const take = {
    line(fields: string[], line: string) {
      if (line.length > records.maxFieldSize) records.tooLong();
      records.takeLine(fields, raw ? line : undefined);
    },
    rows: () => records.byteRows(),
    taken: (count: number) => records.takenAsBytes(count),
    maxBytes: records.maxFieldSize,
  };
  try {
    for (let next = await source.next(); next.done !== true; next = await source.next()) {
      const leftover = splitter.push(next.value, take);
      // A line still waiting for its end once it is past the bound will not be read.
      if (splitter.pending > records.maxFieldSize && splitter.pendingChars() > records.maxFieldSize) records.tooLong();
      if (leftover === null) continue;
      if (leftover.length > 0) yield leftover;
      for (next = await source.next(); next.done !== true; next = await source.next()) yield next.value;
      return;
    }
    splitter.end(take);
  } finally {
    await source.return(undefined);
  }
}

/** The input's chunks as Buffers; read errors (EISDIR, EACCES…) become InputErrors. */
class ChunkSource {
  ended = false;
  private readonly iterator: AsyncIterator<unknown>;

  constructor(
    input: AsyncIterable<unknown>,
    private readonly file: string,
  ) {
    this.iterator = input[Symbol.asyncIterator]();
  }

  async next(): Promise<Buffer | null> {
    if (this.ended) return null;
    let result: IteratorResult<unknown>;
    try {
      result = await this.iterator.next();
    } catch (error) {
      throw asInputError(error, this.file);
    }
    if (result.done === true) {
      this.ended = true;
      return null;
    }
    return toBuffer(result.value);
  }

  /** The first chunks, up to a line break and at least SNIFF_BYTES (or the whole input). */
  async head(): Promise<Buffer> {
    const parts: Buffer[] = [];
    let size = 0;
    let sawBreak = false;
    for (;;) {
      const chunk = await this.next();
      if (chunk === null) break;
      parts.push(chunk);
      size += chunk.length;
      sawBreak ||= chunk.includes(10) || chunk.includes(13);
      if ((sawBreak && size >= SNIFF_BYTES) || size >= HEAD_LIMIT) break;
    }
    return Buffer.concat(parts, size);
  }

  /** The head, then the rest of the input; closing early releases the input. */
  async *all(head: Buffer): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) yield chunk;
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      await this.iterator.return?.();
    }
  }
}

function asInputError(error: unknown, file: string): unknown {
  if (error instanceof OrgnetError || !(error instanceof Error) || !('code' in error)) return error;
  return new InputError(file, `cannot read the file: ${error.message}`);
}

/** Refuses an empty input with one clear line (the decoder has stripped any BOM). */
function checkHead(head: Buffer, ended: boolean, file: string): Buffer {
  if (ended && head.toString('utf8').trim() === '') throw new InputError(file, emptyFileMessage());
  return head;
}

function emptyFileMessage(): string {
  return 'empty file: expected a header row and data rows';
}

/** The first non-blank line of the head, for delimiter detection. */
function firstLine(head: Buffer): string {
  const text = head.toString('utf8', 0, Math.min(head.length, HEAD_LIMIT));
  return text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
}

/** Numbers records by physical line, skips blank ones, and hands the rest to the sink. */
class RecordCounter {
  records = 0;
  private nextLine = 1;
  private headerSeen = false;
  private unread: { message: string; raw: string | undefined } | null = null;

  constructor(
    private readonly sink: CsvSink,
    private readonly file: string,
    private readonly delimiter: string,
    readonly maxFieldSize: number,
  ) {}

  writable(raw: boolean): Writable {
    return new Writable({
      objectMode: true,
      highWaterMark: 256,
      write: (chunk: unknown, _encoding, done) => {
        try {
          if (raw) {
            const ext = chunk as { record: string[]; raw: string };
            this.take(ext.record, trimLineBreak(ext.raw));
          } else {
            this.take(chunk as string[], undefined);
          }
          done();
        } catch (error) {
          done(error as Error);
        }
      },
    });
  }

  /**
   * csv-parse's only errors once quotes are relaxed: a quote still open at the end of input, and
   * a record over the size bound, after which it cannot resume — so that one stops the run here.
   */
  unreadable(error: CsvError | undefined, raw: string | undefined): undefined {
    if (error?.code === 'CSV_MAX_RECORD_SIZE') this.tooLong();
    this.unread = { message: error?.code === 'CSV_QUOTE_NOT_CLOSED' ? UNCLOSED_QUOTE : (error?.message ?? 'unreadable record'), raw };
    return undefined;
  }

  /** The record starting at the next line is over the size bound: the run stops at that line. */
  tooLong(): never {
    const message = `a field or line longer than ${this.maxFieldSize} characters (often a quote that never closes); fix the file, or raise --max-field-size`;
    throw new InputError(this.file, message, [{ line: this.nextLine, message }]);
  }

  finish(): void {
    if (this.unread !== null) {
      const { message, raw } = this.unread;
      if (!this.headerSeen) throw new InputError(this.file, message, [{ line: this.nextLine, message }]);
      this.records++;
      this.sink.malformed(this.nextLine, message, raw === undefined ? undefined : trimLineBreak(raw));
    }
    if (!this.headerSeen) throw new InputError(this.file, emptyFileMessage());
    if (this.records === 0) throw new InputError(this.file, 'header only: no data rows below the header');
  }

  private bytes: ByteRowReader | null | undefined;

  /** The sink's byte reader, once the header is read (null: every line as strings). */
  byteRows(): ByteRowReader | null {
    if (!this.headerSeen) return null;
    if (this.bytes === undefined) this.bytes = this.sink.byteRows?.() ?? null;
    return this.bytes;
  }

  /** Lines the byte reader took: a record at each of the next `count` lines. */
  takenAsBytes(count: number): void {
    this.nextLine += count;
    this.records += count;
  }

  /** A record of the quote-free fast path: no field holds a line break. */
  takeLine(fields: string[], raw: string | undefined): void {
    this.step(fields, raw, 0);
  }

  take(fields: string[], raw: string | undefined): void {
    this.step(fields, raw, lineBreaks(fields));
  }

  private step(fields: string[], raw: string | undefined, breaks: number): void {
    const line = this.nextLine;
    this.nextLine = line + 1 + breaks;
    if (isBlank(fields)) return;
    if (!this.headerSeen) {
      this.headerSeen = true;
      this.sink.header(
        fields.map((f) => f.trim()),
        this.delimiter,
      );
      return;
    }
    this.records++;
    this.sink.record(fields, line, raw);
  }
}

/** Line breaks inside quoted fields; CRLF counts once, as in the file. */
function lineBreaks(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) continue;
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      if (c === 10 || (c === 13 && field.charCodeAt(i + 1) !== 10)) count++;
    }
  }
  return count;
}

/** A line with nothing but delimiters and spaces (`,,,` from spreadsheets) counts as empty. */
function isBlank(fields: string[]): boolean {
  const first = fields[0];
  if (first !== undefined && first.length > 0 && first.charCodeAt(0) > 32) return false;
  return fields.every((f) => f.trim() === '');
}

function trimLineBreak(raw: string): string {
  return raw.replace(/(\r\n|\r|\n)$/, '');
}
