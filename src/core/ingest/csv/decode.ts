/**
 * The decoding stage (docs/input.md#encodings-and-messy-files): the input's bytes, in whatever encoding they come, become
 * UTF-8 bytes before the CSV parser sees them, one chunk at a time — a file is never decoded
 * whole, so memory stays flat however large it is.
 *
 * The encoding is the one asked for (`--encoding`), else what a byte-order mark says (UTF-8,
 * UTF-16 LE, UTF-16 BE), else UTF-8. A BOM is stripped; a BOM that contradicts `--encoding` is
 * an error, since one of the two is wrong and guessing would garble every name.
 *
 * - UTF-8 is validated, not converted: the native `isUtf8` checks each chunk, a character cut
 *   by a chunk boundary is carried over to the next chunk. Invalid bytes stop the run naming the
 *   physical line they are on and suggesting `--encoding windows-1252` — what Excel writes on
 *   Spanish or Western-European Windows, where `José` arrives as the single byte 0xE9.
 *   Line breaks are counted as the bytes pass (LF, CRLF and a lone CR are one break each, the
 *   csv reader's rule) so the line is known without keeping anything of earlier chunks.
 * - UTF-16 is converted code unit by code unit; an odd byte or half a surrogate pair at a chunk
 *   boundary waits for the next chunk, and an unpaired surrogate is an error with its line.
 * - latin1 (ISO-8859-1: every byte is the code point of the same number) and windows-1252
 *   (latin1 with printable characters such as € “ ” – in 0x80–0x9F) cannot be invalid. Node's
 *   own TextDecoder('windows-1252') decodes 0x80–0x9F as latin1 (the C1 controls, not € or “),
 *   so windows-1252 goes through iconv-lite; its five unassigned bytes become U+FFFD.
 *
 * Detection (the people file, docs/input.md#people-optional---people-file): without a flag or a BOM, a file whose first MiB is not
 * valid UTF-8 is read as windows-1252 — a small HR export from Excel is whole in that MiB, and
 * its `é` as the byte 0xE9 is never valid UTF-8; a later invalid byte still stops the run.
 *
 * NUL bytes in the first 8 KiB are binary data, not text — or UTF-16 without a byte-order mark,
 * which is recognised by its pattern (every other byte NUL for ASCII text) and named.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { InputError } from '../../base/errors.js';
import type { Encoding } from '../../model/options.js';
import { PLAIN_IDS } from '../privacy/pseudonyms.js';
import type { IdMask } from '../../model/ingest.js';
import { quoteBytes } from '../privacy/quote.js';

export { type Encoding } from '../../model/options.js';

/** How much of the start of a file is sniffed for a BOM and NUL bytes. */
const SNIFF_BYTES = 8192;

const BINARY_DATA = 'binary data (NUL bytes): expected a CSV text file';
const tryOther = (flag: string) =>
  `try ${flag} windows-1252 (what Excel writes on Spanish or Western-European Windows) or ${flag} latin1`;
/** How much of a file whose encoding is detected is checked for UTF-8 before reading it. */
const DETECT_BYTES = 1 << 20;

const BOMS: readonly { encoding: Encoding; bytes: readonly number[] }[] = [
  { encoding: 'utf8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf16be', bytes: [0xfe, 0xff] },
];

/** Turns one chunk of the input's bytes into UTF-8; `end` flushes what a last chunk left open. */
interface Transcoder {
  chunk(bytes: Buffer): Buffer;
  end(): void;
}

/** Decodes an input stream into UTF-8 chunks; `encoding` is the one used, known once reading started. */
export interface DecodeOptions {
  /** windows-1252 when the head is not valid UTF-8 (no flag, no BOM). */
  detect: boolean;
  /** The flag that forces the encoding, for messages. */
  flag: string;
  /** With --pseudonymize, a message does not show the text before an invalid byte (privacy/quote.ts). */
  ids: IdMask;
}

export class InputDecoder {
  encoding: Encoding;
  /** True when the encoding was detected from the bytes. */
  detected = false;
  private readonly flag: string;

  constructor(
    private readonly input: AsyncIterable<unknown>,
    private readonly file: string,
    private readonly forced: Encoding | null,
    private readonly options: DecodeOptions = { detect: false, flag: '--encoding', ids: PLAIN_IDS },
  ) {
    this.encoding = forced ?? 'utf8';
    this.flag = options.flag;
  }

  async *chunks(): AsyncGenerator<Buffer> {
    const iterator = this.input[Symbol.asyncIterator]();
    try {
      const head = await readHead(iterator, this.options.detect && this.forced === null ? DETECT_BYTES : SNIFF_BYTES);
      const bom = this.resolve(head);
      // iconv-lite carries every code page it knows, half a megabyte of tables: it is loaded
      // only for the one input that needs it.
      const windows1252 = this.encoding === 'windows-1252' ? (await import('iconv-lite')).default : null;
      const transcoder = this.transcoder(windows1252);
      const body = head.subarray(bom);
      // In UTF-16 a NUL byte is half of an ASCII character; in the others it is not text.
      if (this.encoding !== 'utf16le' && this.encoding !== 'utf16be') checkNotBinary(body, this.file, this.flag);
      let out = transcoder.chunk(body);
      if (out.length > 0) yield out;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        out = transcoder.chunk(toBuffer(next.value));
        if (out.length > 0) yield out;
      }
      transcoder.end();
    } finally {
      await iterator.return?.();
    }
  }

  /** Sets the encoding from the flag and the BOM; returns the BOM's length. */
  private resolve(head: Buffer): number {
    checkNotUtf32(head, this.file);
    const bom = BOMS.find((b) => b.bytes.every((byte, i) => head[i] === byte));
    if (bom === undefined) {
      if (this.forced === null) this.encoding = this.options.detect && !isUtf8(head.subarray(0, incompleteTail(head))) ? 'windows-1252' : 'utf8';
      this.detected = this.forced === null && this.encoding !== 'utf8';
      return 0;
    }
    if (this.forced !== null && this.forced !== bom.encoding) {
      const flag = this.flag;
      throw new InputError(
        this.file,
        `the file starts with a ${label(bom.encoding)} byte-order mark, but ${flag} ${this.forced} was given; drop ${flag} or give ${flag} ${bom.encoding}`,
      );
    }
    this.encoding = bom.encoding;
    return bom.bytes.length;
  }

  private transcoder(windows1252: typeof import('iconv-lite') | null): Transcoder {
    switch (this.encoding) {
      case 'utf8':
        return new Utf8Check(this.file, this.flag, this.options.ids);
      case 'utf16le':
      case 'utf16be':
        return new Utf16Decoder(this.file, this.encoding, this.flag);
      case 'latin1':
        return singleByte((bytes) => bytes.toString('latin1'));
      case 'windows-1252':
        return singleByte((bytes) => windows1252!.decode(bytes, 'windows-1252'));
    }
  }
}

/** The first chunks, up to `bytes` or the whole input, in one buffer. */
async function readHead(iterator: AsyncIterator<unknown>, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done === true) break;
    const chunk = toBuffer(next.value);
    parts.push(chunk);
    size += chunk.length;
  }
  return Buffer.concat(parts, size);
}

export function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('input stream must yield bytes or strings');
}

const label = (encoding: Encoding): string => ({ utf8: 'UTF-8', utf16le: 'UTF-16 LE', utf16be: 'UTF-16 BE', latin1: 'latin1', 'windows-1252': 'windows-1252' })[encoding];

/**
 * NUL bytes in the head of a UTF-8 or one-byte-per-character file: UTF-16 without a BOM (named,
 * with the flag that reads it), or binary data.
 */
function checkNotBinary(head: Buffer, file: string, flag: string): void {
  const sniff = head.subarray(0, SNIFF_BYTES);
  if (!sniff.includes(0)) return;
  const utf16 = utf16Pattern(sniff);
  if (utf16 !== null) {
    throw new InputError(file, `UTF-16 ${utf16 === 'utf16le' ? 'LE' : 'BE'} text without a byte-order mark: add ${flag} ${utf16}`);
  }
  throw new InputError(file, BINARY_DATA);
}

/**
 * Latin text in UTF-16 has most high bytes NUL — the odd bytes in LE, the even ones in BE — and
 * hardly any low byte NUL; a header row is ASCII, so the first 256 characters say it.
 */
/**
 * UTF-32, with its byte-order mark (whose LE form starts like UTF-16 LE's) or by its pattern
 * (three NUL bytes of every four for ASCII text): named, since no flag reads it, rather than
 * read as UTF-16 into columns of NUL characters.
 */
function checkNotUtf32(head: Buffer, file: string): void {
  const le = head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0;
  const be = head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff;
  const units = Math.min(128, head.length >> 2);
  let leZeros = 0;
  let beZeros = 0;
  for (let i = 0; i < units; i++) {
    if (head[4 * i + 1] === 0 && head[4 * i + 2] === 0 && head[4 * i + 3] === 0) leZeros++;
    if (head[4 * i] === 0 && head[4 * i + 1] === 0 && head[4 * i + 2] === 0) beZeros++;
  }
  const which = le || (units >= 2 && leZeros >= 0.9 * units) ? 'LE' : be || (units >= 2 && beZeros >= 0.9 * units) ? 'BE' : null;
  if (which !== null) {
    throw new InputError(file, `UTF-32 ${which} text: orgnet reads UTF-8, UTF-16, latin1 and windows-1252; save the file as UTF-8`);
  }
}

function utf16Pattern(head: Buffer): Encoding | null {
  const units = Math.min(256, head.length >> 1);
  if (units < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < units; i++) {
    if (head[2 * i] === 0) evenZero++;
    if (head[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero >= 0.7 * units && evenZero <= 0.05 * units) return 'utf16le';
  if (evenZero >= 0.7 * units && oddZero <= 0.05 * units) return 'utf16be';
  return null;
}

function singleByte(decode: (bytes: Buffer) => string): Transcoder {
  return {
    chunk: (bytes) => (isAscii(bytes) ? bytes : Buffer.from(decode(bytes), 'utf8')),
    end: () => undefined,
  };
}

/** Physical line breaks seen so far: LF, CRLF and a lone CR each count once. */
class LineCount {
  private breaks = 0;
  /** The text so far ends in a CR not yet counted: a break unless the next text starts with LF. */
  private pendingCr = false;

  /** Counts the breaks of `text`, which follows everything added before. */
  add(text: Text): void {
    if (text.length === 0) return;
    this.breaks += this.pending(text) + breaksBefore(text, text.length - 1);
    const last = text.code(text.length - 1);
    if (last === 10) this.breaks++;
    this.pendingCr = last === 13;
  }

  /** The physical line (1-based) of position `at` of `text`, the text after everything added. */
  lineAt(text: Text, at: number): number {
    return this.breaks + (at > 0 ? this.pending(text) : Number(this.pendingCr)) + breaksBefore(text, at) + 1;
  }

  /** 1 when the pending CR is a lone CR, which `text`'s first character decides. */
  private pending(text: Text): number {
    return this.pendingCr && text.code(0) !== 10 ? 1 : 0;
  }
}

/**
 * Breaks that end strictly before position `at`: every LF, and every CR not followed by LF;
 * the character at `at` decides about a CR just before it.
 */
function breaksBefore(text: Text, at: number): number {
  let breaks = 0;
  for (let i = text.indexOf(10, 0); i !== -1 && i < at; i = text.indexOf(10, i + 1)) breaks++;
  for (let i = text.indexOf(13, 0); i !== -1 && i < at; i = text.indexOf(13, i + 1)) {
    if (text.code(i + 1) !== 10) breaks++;
  }
  return breaks;
}

/** What LineCount needs of a Buffer (bytes) or a string (UTF-16 code units). */
interface Text {
  length: number;
  code(i: number): number;
  indexOf(code: number, from: number): number;
}

function bytesText(bytes: Buffer): Text {
  return { length: bytes.length, code: (i) => bytes[i] ?? -1, indexOf: (code, from) => bytes.indexOf(code, from) };
}

function stringText(text: string): Text {
  return {
    length: text.length,
    code: (i) => (i < text.length ? text.charCodeAt(i) : -1),
    indexOf: (code, from) => text.indexOf(code === 10 ? '\n' : '\r', from),
  };
}

/** UTF-8 passes through unchanged once checked. */
class Utf8Check implements Transcoder {
  private readonly lines = new LineCount();
  private carry: Buffer | null = null;

  constructor(
    private readonly file: string,
    private readonly flag: string,
    private readonly ids: IdMask,
  ) {}

  chunk(input: Buffer): Buffer {
    const bytes = this.carry === null ? input : Buffer.concat([this.carry, input]);
    const cut = incompleteTail(bytes);
    this.carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : null;
    const body = bytes.subarray(0, cut);
    if (!isUtf8(body)) this.fail(body, firstInvalid(body));
    this.lines.add(bytesText(body));
    return body;
  }

  end(): void {
    if (this.carry !== null) this.fail(this.carry, 0);
  }

  private fail(body: Buffer, at: number): never {
    const line = this.lines.lineAt(bytesText(body), at);
    const byte = `0x${(body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    const lineStart = Math.max(body.lastIndexOf(10, at - 1), body.lastIndexOf(13, at - 1)) + 1;
    const before = quoteBytes(body.subarray(Math.max(lineStart, at - 24), at).toString('utf8'), this.ids);
    const where = before === null ? '' : ` after ${before}`;
    const message = `not valid UTF-8 (byte ${byte}${where}): the file is in another encoding; ${tryOther(this.flag)}`;
    throw new InputError(this.file, message, [{ line, message }]);
  }
}

/** Where an incomplete UTF-8 sequence at the end of `bytes` starts (bytes.length when none). */
function incompleteTail(bytes: Buffer): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? n - back : n;
  }
  return n;
}

/** Index of the first byte that starts an invalid UTF-8 sequence (only called when there is one). */
export function firstInvalid(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const length = validSequence(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function validSequence(bytes: Buffer, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** A surrogate that is not half of a pair (in a string, a pair reads as one astral code point). */
const LONE_SURROGATE = /\p{Cs}/u;

class Utf16Decoder implements Transcoder {
  private readonly lines = new LineCount();
  private carry: Buffer | null = null;
  private readonly littleEndian: boolean;

  constructor(
    private readonly file: string,
    private readonly encoding: 'utf16le' | 'utf16be',
    private readonly flag: string,
  ) {
    this.littleEndian = encoding === 'utf16le';
  }

  chunk(input: Buffer): Buffer {
    const bytes = this.carry === null ? input : Buffer.concat([this.carry, input]);
    let end = bytes.length & ~1;
    // A high surrogate at the end waits for its low half in the next chunk.
    if (end >= 2 && (this.unit(bytes, end - 2) & 0xfc00) === 0xd800) end -= 2;
    this.carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
    const units = this.littleEndian ? bytes.subarray(0, end) : Buffer.from(bytes.subarray(0, end)).swap16();
    const text = units.toString('utf16le');
    const bad = text.search(LONE_SURROGATE);
    if (bad >= 0) this.fail(text, bad, `an unpaired surrogate (0x${text.charCodeAt(bad).toString(16).toUpperCase()})`);
    this.lines.add(stringText(text));
    return Buffer.from(text, 'utf8');
  }

  end(): void {
    if (this.carry !== null) this.fail('', 0, 'the file ends in the middle of a character');
  }

  private unit(bytes: Buffer, at: number): number {
    return this.littleEndian ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at);
  }

  private fail(text: string, at: number, what: string): never {
    const line = this.lines.lineAt(stringText(text), at);
    const message = `not valid ${label(this.encoding)} text: ${what}; check ${this.flag}`;
    throw new InputError(this.file, message, [{ line, message }]);
  }
}
