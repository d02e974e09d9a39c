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

/**
 * Reads lines straight from their bytes, a run at a time: a call per line was a fifth of the
 * time of reading one, so the loop over lines lives in the reader.
 */
export interface ByteRowReader {
  /**
   * Takes the lines of bytes[start, end), each ended by LF (so is bytes[end − 1]), from the first
   * on, up to the first it declines (to be read as strings instead) or one longer than
   * `maxBytes`; returns where that line starts, or `end`. `taken` is then how many it took.
   */
  takeLines(bytes: Buffer, start: number, end: number, maxBytes: number): number;
  readonly taken: number;
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
  /** The last valid date's ten bytes, as words: rows in time order mostly repeat it. */
  private date0 = 0;
  private date1 = 0;
  private date2 = -1;

  read(bytes: Buffer, start: number, end: number): number | null {
    const length = end - start;
    if (length === 0) return NaN;
    if (length < 10) return null;
    const w0 = bytes[start]! | (bytes[start + 1]! << 8) | (bytes[start + 2]! << 16) | (bytes[start + 3]! << 24);
    const w1 = bytes[start + 4]! | (bytes[start + 5]! << 8) | (bytes[start + 6]! << 16) | (bytes[start + 7]! << 24);
    const w2 = bytes[start + 8]! | (bytes[start + 9]! << 8);
    if (w0 !== this.date0 || w1 !== this.date1 || w2 !== this.date2) {
      if (bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return null;
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
      this.date0 = w0;
      this.date1 = w1;
      this.date2 = w2;
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
  const hh = twoDigits(bytes, at + 1);
  const mm = twoDigits(bytes, at + 4);
  if (bytes[at + 3] !== 58 || hh < 0 || hh > 23 || mm < 0 || mm > 59) return null;
  let ms = (hh * 60 + mm) * 60_000;
  if (length === 6) return ms;
  const ss = twoDigits(bytes, at + 7);
  if (bytes[at + 6] !== 58 || ss < 0 || ss > 59) return null;
  ms += ss * 1000;
  if (length === 9) return ms;
  const f = bytes[at + 10]! - 48;
  const fraction = twoDigits(bytes, at + 11);
  if (bytes[at + 9] !== 46 || f < 0 || f > 9 || fraction < 0) return null;
  return ms + f * 100 + fraction;
}

/** The two ASCII digits at `at` as a number, or −1 (digitsAt for two digits, unrolled: a time has four such pairs). */
function twoDigits(bytes: Buffer, at: number): number {
  const a = bytes[at]! - 48;
  const b = bytes[at + 1]! - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
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
 * A slot is 16 bytes holding what a lookup reads: a check word, the person and the first eight
 * bytes, so an id of up to eight bytes is found in one cache line, and only a longer one reads
 * the arena. While a file is read the tie table pushes these tables out of cache, so each array
 * a lookup read was a miss of its own.
 * The check word is the hash's upper 24 bits (which also place the slot) and a length tag: 1–8, the exact length of a short
 * id, or 9–255 for a longer one. Equal tags of 1–8 and equal first eight bytes (zero past the
 * end) mean equal ids; a longer id is compared in the arena.
 */
const CHECK = 0;
/** The person + 1; 0 marks an empty slot. */
const PERSON = 1;
/** Bytes 0–3 and 4–7 of the id, little-endian, zero past its end. */
const HEAD = 2;
const STRIDE = 4;
const INLINE_BYTES = 8;

function lengthTag(length: number): number {
  return length <= INLINE_BYTES ? length : INLINE_BYTES + 1 + ((length - INLINE_BYTES - 1) % (255 - INLINE_BYTES));
}

export class ByteIds {
  /** STRIDE int32s a slot; kept at most three quarters full: a smaller table stays in cache while the file streams past. */
  private slots = new Int32Array((1 << 12) * STRIDE);
  private mask = (1 << 12) - 1;
  /** Per person, where a long id's bytes sit in the arena and how many there are. */
  private offsets = new Int32Array(1 << 11);
  private lengths = new Int32Array(1 << 11);
  private arena: Buffer = Buffer.allocUnsafe(1 << 16);
  private arenaSize = 0;
  private count = 0;

  constructor(private readonly intern: (id: string) => number) {}

  /** The person number of the id in bytes[start, end) (valid UTF-8). */
  get(bytes: Buffer, start: number, end: number): number {
    const length = end - start;
    const head0 = wordAt(bytes, start, end);
    const head1 = wordAt(bytes, start + 4, end);
    const h = hashId(bytes, start, end, head0, head1);
    const check = (h & ~0xff) | lengthTag(length);
    const s = this.slots;
    for (let slot = (h >>> 8) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const person = s[at + PERSON]!;
      if (person === 0) return this.add(at, check, head0, head1, bytes, start, end);
      if (s[at + CHECK] !== check || s[at + HEAD] !== head0 || s[at + HEAD + 1] !== head1) continue;
      if (length <= INLINE_BYTES || this.restEqual(person - 1, bytes, start, end)) return person - 1;
    }
  }

  private restEqual(person: number, bytes: Buffer, start: number, end: number): boolean {
    const length = end - start;
    if (this.lengths[person] !== length) return false;
    const arena = this.arena;
    const offset = this.offsets[person]!;
    for (let i = INLINE_BYTES; i < length; i++) if (arena[offset + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(at: number, check: number, head0: number, head1: number, bytes: Buffer, start: number, end: number): number {
    const person = this.intern(bytes.toString('utf8', start, end));
    const length = end - start;
    if (length > INLINE_BYTES) this.keepLong(person, bytes, start, end);
    const s = this.slots;
    s[at + CHECK] = check;
    s[at + PERSON] = person + 1;
    s[at + HEAD] = head0;
    s[at + HEAD + 1] = head1;
    if (++this.count * 4 > (this.mask + 1) * 3) this.rehash();
    return person;
  }

  /** A long id's bytes into the arena, found by its person number. */
  private keepLong(person: number, bytes: Buffer, start: number, end: number): void {
    const length = end - start;
    if (this.arenaSize + length > this.arena.length) {
      const arena = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.arenaSize + length));
      this.arena.copy(arena, 0, 0, this.arenaSize);
      this.arena = arena;
    }
    if (person >= this.offsets.length) {
      let size = this.offsets.length;
      while (size <= person) size *= 2;
      const offsets = new Int32Array(size);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const lengths = new Int32Array(size);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    bytes.copy(this.arena, this.arenaSize, start, end);
    this.offsets[person] = this.arenaSize;
    this.lengths[person] = length;
    this.arenaSize += length;
  }

  /** Slots are placed by the hash's upper bits, which the check word keeps. */
  private rehash(): void {
    const old = this.slots;
    const count = (this.mask + 1) * 2;
    const s = new Int32Array(count * STRIDE);
    this.slots = s;
    this.mask = count - 1;
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + PERSON] === 0) continue;
      let slot = (old[from + CHECK]! >>> 8) & this.mask;
      while (s[slot * STRIDE + PERSON] !== 0) slot = (slot + 1) & this.mask;
      const to = slot * STRIDE;
      for (let f = 0; f < STRIDE; f++) s[to + f] = old[from + f]!;
    }
  }
}

/** Bytes [at, at + 4) as a little-endian int32, zero past `end`. */
function wordAt(bytes: Buffer, at: number, end: number): number {
  if (at + 4 <= end) return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
  let word = 0;
  for (let i = at; i < end; i++) word |= bytes[i]! << ((i - at) * 8);
  return word;
}

/**
 * A hash of the id's bytes read four at a time, starting from the two words the slot keeps
 * anyway (an id of up to eight bytes costs no extra read), with its length mixed in since the
 * words are zero past the end; then the murmur3 finalizer, so that every bit spreads.
 */
function hashId(bytes: Buffer, start: number, end: number, head0: number, head1: number): number {
  let h = Math.imul(head0, 0xcc9e2d51) ^ (end - start);
  h = Math.imul(h ^ (h >>> 15), 0x1b873593) ^ head1;
  for (let at = start + 2 * 4; at < end; at += 4) h = Math.imul(h ^ (h >>> 15), 0x1b873593) ^ wordAt(bytes, at, end);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
