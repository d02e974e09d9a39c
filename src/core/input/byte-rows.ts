/**
 * The plainest rows read straight from their bytes. Most exports are nothing but
 * `id,id,number,2024-01-01T09:30:00Z` lines; turning each into strings (a line, its fields, the
 * trimmed cells) and looking the ids up in a Map of strings is most of the cost of reading them.
 * Here a row's fields are found by scanning its bytes, its ids are interned by their bytes (a
 * string is made once per distinct id), its weight and timestamp are read from the digits.
 *
 * Only rows whose every field is unambiguous take this way; any other row — a cell with spaces
 * around it, a weight with an exponent or a sign, a timestamp with a zone offset, a self-loop, a
 * wrong field count, anything at all unusual — is declined and read as strings exactly as before,
 * so the rules (and the messages) stay in one place. A row read here gives the same ids, weight
 * and time the string path gives: the property test in test/property/byte-rows.test.ts holds the
 * two to the same ties on any input.
 */
import { parseTimestamp } from './timestamp.js';

/** Reads one line's bytes (no line break); false when the line must be read as strings instead. */
export interface ByteRowReader {
  take(bytes: Buffer, start: number, end: number): boolean;
}

/** Where the fields of the row are, in the order of the header. */
export interface ByteLayout {
  width: number;
  source: number;
  target: number;
  /** −1 when the file has no such column. */
  weight: number;
  time: number;
  /** The delimiter's byte (an ASCII delimiter only). */
  delimiter: number;
  /** `;`-separated files accept a decimal comma in weights (weight.ts). */
  decimalComma: boolean;
}

/** One row's fields as byte offsets: field f is bytes[starts[f], ends[f]). */
export class ByteFields {
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  constructor(readonly width: number) {
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
  }

  /** Splits bytes[start, end) at the delimiter; false unless it holds exactly `width` fields. */
  split(bytes: Buffer, start: number, end: number, delimiter: number): boolean {
    let field = 0;
    this.starts[0] = start;
    for (let i = start; i < end; i++) {
      if (bytes[i] !== delimiter) continue;
      if (field + 1 === this.width) return false;
      this.ends[field] = i;
      this.starts[++field] = i + 1;
    }
    this.ends[field] = end;
    return field + 1 === this.width;
  }
}

/**
 * A cell that `trim()` leaves as it is and that is not empty: first and last bytes printable
 * ASCII. (Every whitespace character `trim()` removes is a control byte, a space, or starts or
 * ends with a byte of 0x80 or more in UTF-8.)
 */
export function isPlainId(bytes: Buffer, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = bytes[start]!;
  const last = bytes[end - 1]!;
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f;
}

export function sameBytes(bytes: Buffer, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

/** Up to 15 digits are exact in a double, so their quotient by a power of ten rounds correctly. */
const MAX_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 10 ** k);

/**
 * A weight of digits with at most one decimal point (`3`, `0.25`, `.5`, `2.`; a decimal comma
 * when allowed), > 0: the value Number() gives, since a mantissa below 2⁵³ divided by an exact
 * power of ten is the correctly rounded decimal. An empty cell is 1, the per-row default.
 * NaN for anything else (the string path then reads it, or reports it).
 */
export function byteWeight(bytes: Buffer, start: number, end: number, decimalComma: boolean): number {
  if (start === end) return 1;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if ((c === 46 || (c === 44 && decimalComma)) && decimals < 0) {
      decimals = 0;
    } else return NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || mantissa === 0) return NaN;
  return decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa;
}

/**
 * Reads `YYYY-MM-DD`, optionally followed by `T`/`t`/space and `hh:mm`, `:ss`, `.fff` (exactly
 * three digits) and `Z`/`z`, into epoch ms — what parseTimestamp gives for the same text. The date
 * is checked by parseTimestamp itself, once per distinct day. NaN for an empty cell; null for any
 * other form (zone offsets, other fractions, unix numbers, anything invalid), left to the string path.
 */
export class ByteTimes {
  private lastDay = -1;
  private lastDayMs = 0;

  read(bytes: Buffer, start: number, end: number): number | null {
    const length = end - start;
    if (length === 0) return NaN;
    if (length < 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return null;
    const year = digitsAt(bytes, start, 4);
    const month = digitsAt(bytes, start + 5, 2);
    const day = digitsAt(bytes, start + 8, 2);
    if (year < 0 || month < 0 || day < 0) return null;
    const key = year * 10_000 + month * 100 + day;
    if (key !== this.lastDay) {
      const ms = parseTimestamp(bytes.toString('latin1', start, start + 10));
      if (ms === null) return null;
      this.lastDay = key;
      this.lastDayMs = ms;
    }
    if (length === 10) return this.lastDayMs;
    const time = timeOfDay(bytes, start + 10, end);
    return time === null ? null : this.lastDayMs + time;
  }
}

/** Milliseconds since midnight for `Thh:mm[:ss[.fff]][Z]` in bytes[at, end), or null. */
function timeOfDay(bytes: Buffer, at: number, end: number): number | null {
  const sep = bytes[at];
  if (sep !== 84 && sep !== 116 && sep !== 32) return null;
  let last = end;
  if (bytes[last - 1] === 90 || bytes[last - 1] === 122) last--;
  const length = last - at;
  if (length !== 6 && length !== 9 && length !== 13) return null;
  const hh = digitsAt(bytes, at + 1, 2);
  const mm = digitsAt(bytes, at + 4, 2);
  if (bytes[at + 3] !== 58 || hh < 0 || hh > 23 || mm < 0 || mm > 59) return null;
  let ms = (hh * 60 + mm) * 60_000;
  if (length === 6) return ms;
  const ss = digitsAt(bytes, at + 7, 2);
  if (bytes[at + 6] !== 58 || ss < 0 || ss > 59) return null;
  ms += ss * 1000;
  if (length === 9) return ms;
  const fraction = digitsAt(bytes, at + 10, 3);
  if (bytes[at + 9] !== 46 || fraction < 0) return null;
  return ms + fraction;
}

/** The non-negative integer of `count` ASCII digits at `at`, or −1. */
function digitsAt(bytes: Buffer, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = bytes[i]!;
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * Person ids interned by their bytes: an open-addressing table over a byte arena, so a row's ids
 * are found without making strings. The first time an id's bytes are seen it is decoded and
 * handed to `intern` (the string interner every other row uses), whose number is kept.
 */
export class ByteIds {
  /** Slot → entry + 1 (0 = empty); kept at most half full. */
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 11);
  private offsets = new Int32Array(1 << 11);
  private lengths = new Int32Array(1 << 11);
  private persons = new Int32Array(1 << 11);
  private arena: Buffer = Buffer.allocUnsafe(1 << 16);
  private arenaSize = 0;
  private count = 0;

  constructor(private readonly intern: (id: string) => number) {}

  /** The person number of the id in bytes[start, end) (valid UTF-8). */
  get(bytes: Buffer, start: number, end: number): number {
    const h = hashBytes(bytes, start, end);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return this.add(slot, h, bytes, start, end);
      if (this.hashes[entry] !== h || this.lengths[entry] !== length) continue;
      const at = this.offsets[entry]!;
      let i = 0;
      while (i < length && this.arena[at + i] === bytes[start + i]) i++;
      if (i === length) return this.persons[entry]!;
    }
  }

  private add(slot: number, h: number, bytes: Buffer, start: number, end: number): number {
    const person = this.intern(bytes.toString('utf8', start, end));
    const entry = this.count++;
    if (entry === this.hashes.length) this.growEntries();
    const length = end - start;
    if (this.arenaSize + length > this.arena.length) {
      const arena = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.arenaSize + length));
      this.arena.copy(arena, 0, 0, this.arenaSize);
      this.arena = arena;
    }
    bytes.copy(this.arena, this.arenaSize, start, end);
    this.hashes[entry] = h;
    this.offsets[entry] = this.arenaSize;
    this.lengths[entry] = length;
    this.persons[entry] = person;
    this.arenaSize += length;
    this.slots[slot] = entry + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return person;
  }

  private growEntries(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.offsets = grow(this.offsets);
    this.lengths = grow(this.lengths);
    this.persons = grow(this.persons);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = this.hashes[entry]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

/** FNV-1a over the bytes, then the murmur3 finalizer so that low bits spread. */
function hashBytes(bytes: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h ^ (h >>> 16);
}
