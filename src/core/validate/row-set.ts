/**
 * Repeated rows (`orgnet validate`), found in bounded memory: no row text is kept, only a 64-bit
 * hash of each distinct row and the line it was first seen on, in one typed array (open
 * addressing, linear probing) — 12 bytes a slot, whatever the length of the rows.
 *
 * Two rows are the same when they have the same number of fields and every field is equal once
 * the spaces around it are removed — the way the readers see cells (`cell()` trims), so quoting
 * (`"ana"` = `ana`) and padding (`ana , ben`) do not tell rows apart, while any other difference,
 * in any column (one orgnet does not read included), does. The first row of a kind is distinct;
 * every later copy counts as one duplicate, as "rows identical to an earlier row in every column".
 *
 * The 64 bits are two independent 32-bit lanes over the same characters (an FNV-1a step and a
 * multiply-rotate step, each finished with murmur3's mixer). Two different rows share a hash with
 * probability about d²/2⁶⁵ for d distinct rows: below 1 in 200,000 at 12 million rows.
 *
 * The table grows up to MAX_SLOTS (192 MiB). A file with more distinct rows than that holds at
 * 3/4 load keeps being checked against the rows already held, but rows first seen after that
 * point are not remembered: `complete` is then false and the count is a lower bound.
 */

const INITIAL_SLOTS = 1 << 16;
const MAX_SLOTS = 1 << 24;
const STRIDE = 3;
const HI = 0;
const LO = 1;
/** First line of the row held in the slot; 0 = empty (line 1 is the header, data starts at 2). */
const LINE = 2;

export class RowSet {
  /** Distinct rows held. */
  distinct = 0;
  /** Rows identical to an earlier row. */
  duplicates = 0;
  /** False once a distinct row could not be remembered (the table was full). */
  complete = true;
  private slots: Int32Array;
  private mask: number;

  /** `maxSlots` (a power of two) bounds the memory: 12 bytes a slot. */
  constructor(private readonly maxSlots = MAX_SLOTS) {
    const size = Math.min(INITIAL_SLOTS, maxSlots);
    this.slots = new Int32Array(size * STRIDE);
    this.mask = size - 1;
  }

  /** Adds a row seen on `line`; returns the line of the earlier identical row, or 0 for a new one. */
  add(fields: readonly string[], line: number): number {
    let hi = 0x811c9dc5;
    let lo = 0x9e3779b9;
    for (const field of fields) {
      let start = 0;
      let end = field.length;
      while (start < end && isSpace(field.charCodeAt(start))) start++;
      while (end > start && isSpace(field.charCodeAt(end - 1))) end--;
      for (let i = start; i < end; i++) {
        const c = field.charCodeAt(i);
        hi = Math.imul(hi ^ c, 0x01000193);
        lo = Math.imul(lo + c, 0x85ebca77);
        lo = (lo << 13) | (lo >>> 19);
      }
      // Past the end of a field: a value no UTF-16 unit has, with the field's length in it, so
      // `ab,c` and `a,bc` differ.
      const mark = 0x10000 + end - start;
      hi = Math.imul(hi ^ mark, 0x01000193);
      lo = Math.imul(lo + mark, 0x85ebca77);
      lo = (lo << 13) | (lo >>> 19);
    }
    return this.insert(mix(hi ^ fields.length), mix(lo + fields.length), line);
  }

  private insert(hi: number, lo: number, line: number): number {
    const s = this.slots;
    for (let slot = (hi ^ lo) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const seen = s[at + LINE]!;
      if (seen === 0) {
        if (!this.room()) return 0;
        if (s !== this.slots) return this.insert(hi, lo, line);
        s[at + HI] = hi;
        s[at + LO] = lo;
        s[at + LINE] = line;
        this.distinct++;
        return 0;
      }
      if (s[at + HI] === hi && s[at + LO] === lo) {
        this.duplicates++;
        return seen;
      }
    }
  }

  /** Whether one more row fits; grows the table (a new `slots`) when it is 3/4 full. */
  private room(): boolean {
    const size = this.mask + 1;
    if (4 * (this.distinct + 1) <= 3 * size) return true;
    if (size >= this.maxSlots) {
      this.complete = false;
      return false;
    }
    this.grow(size * 2);
    return true;
  }

  private grow(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size * STRIDE);
    const mask = size - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      const line = old[at + LINE]!;
      if (line === 0) continue;
      const hi = old[at + HI]!;
      const lo = old[at + LO]!;
      let to = ((hi ^ lo) & mask) * STRIDE;
      while (slots[to + LINE] !== 0) to = to + STRIDE === slots.length ? 0 : to + STRIDE;
      slots[to + HI] = hi;
      slots[to + LO] = lo;
      slots[to + LINE] = line;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** What `String.prototype.trim` removes: ECMAScript WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** murmur3's 32-bit finalizer: every input bit affects every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
