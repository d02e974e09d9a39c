/**
 * A table of values keyed by a pair of small integers, (person, period) or (tie, period), that
 * ingest updates once per row: open addressing over typed arrays, so a row costs a hash probe
 * and two array writes instead of a Map lookup and an object per key. Entries are numbered in
 * order of first sight and never removed. A slot holds its key beside its entry, so a probe reads
 * one cache line: at a million (tie, period) keys the entry arrays are far out of cache.
 */

export class PairTable {
  size = 0;
  first = new Int32Array(256);
  second = new Int32Array(256);
  value = new Float64Array(256);
  /** Hash slots of three: entry + 1 (0 = empty), a, b; kept at most half full. */
  private slots = new Int32Array(512 * 3);

  /** Adds `amount` to the value of (a, b), creating the entry at 0; returns the entry. */
  add(a: number, b: number, amount: number): number {
    const e = this.entry(a, b);
    this.value[e]! += amount;
    return e;
  }

  /** The entry of (a, b), created when new. */
  entry(a: number, b: number): number {
    let at = this.slotOf(a, b);
    const held = this.slots[at]!;
    if (held !== 0) return held - 1;
    if (6 * (this.size + 1) > this.slots.length) {
      this.grow();
      at = this.slotOf(a, b);
    }
    const e = this.size++;
    if (e === this.first.length) this.widen();
    this.first[e] = a;
    this.second[e] = b;
    this.slots[at] = e + 1;
    this.slots[at + 1] = a;
    this.slots[at + 2] = b;
    return e;
  }

  /** The entry of (a, b), or −1 when there is none. */
  find(a: number, b: number): number {
    return this.slots[this.slotOf(a, b)]! - 1;
  }

  /** Where (a, b) is held, or the empty slot where it would go (linear probing). */
  private slotOf(a: number, b: number): number {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let slot = mix(a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      if (slots[at] === 0 || (slots[at + 1] === a && slots[at + 2] === b)) return at;
    }
  }

  private widen(): void {
    const grow = <T extends Int32Array | Float64Array>(array: T): T => {
      const wider = new (array.constructor as new (n: number) => T)(array.length * 2);
      wider.set(array);
      return wider;
    };
    this.first = grow(this.first);
    this.second = grow(this.second);
    this.value = grow(this.value);
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length / 3 - 1;
    for (let e = 0; e < this.size; e++) {
      const a = this.first[e]!;
      const b = this.second[e]!;
      let slot = mix(a, b) & mask;
      while (slots[slot * 3] !== 0) slot = (slot + 1) & mask;
      slots[slot * 3] = e + 1;
      slots[slot * 3 + 1] = a;
      slots[slot * 3 + 2] = b;
    }
    this.slots = slots;
  }
}

/** Pairs of small integers appended in order, for keys known to be new: no hash, no probe. */
export class PairList {
  size = 0;
  private data = new Int32Array(512);

  push(a: number, b: number): void {
    if (2 * this.size + 2 > this.data.length) {
      const wider = new Int32Array(this.data.length * 2);
      wider.set(this.data);
      this.data = wider;
    }
    this.data[2 * this.size] = a;
    this.data[2 * this.size + 1] = b;
    this.size++;
  }

  first(i: number): number {
    return this.data[2 * i]!;
  }

  second(i: number): number {
    return this.data[2 * i + 1]!;
  }
}

/** A 32-bit mix of the pair (murmur3 finalizer), so neighbouring keys spread over the table. */
function mix(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
