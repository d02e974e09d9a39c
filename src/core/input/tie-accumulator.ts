/**
 * Interns person ids and sums rows into ties in one pass (SPEC §2.1 "rows for the same
 * (source, target) add up"). Ties live in growable typed arrays, found through an open-addressing
 * hash table on (source, target), so memory grows with people and distinct ties, never with rows.
 * A Map keyed by source·2²⁶ + target was measured 3× slower: such keys are heap doubles, not
 * small integers, and V8 hashes them poorly.
 * Undirected (SPEC §2.4): a row a,b and a row b,a are one tie, kept under the pair ordered by
 * person index, so weights add up whatever the order the two ids came in.
 * Compensated (Neumaier's summation, for co-attendance weights 1/(k − 1)): a pair that met in six
 * meetings of four sums 1/3 six times, which plain addition makes 1.9999999999999998; carrying
 * the rounding error of each addition gives the correctly rounded 2. Row weights of the other
 * modes are counts, exact already, and skip the extra work.
 */
import type { TieTable } from './types.js';

const INITIAL_CAPACITY = 1024;
/** Fields of one tie, stored side by side so that adding a row touches one cache line. */
const SOURCE = 0;
const TARGET = 1;
const WEIGHT = 2;
const ROWS = 3;
const FIRST = 4;
const LAST = 5;
const STRIDE = 6;

export class TieAccumulator {
  readonly ids: string[] = [];
  size = 0;
  private readonly index = new Map<string, number>();
  /** Hash slots holding tie index + 1 (0 = empty); kept at most half full. */
  private slots = new Int32Array(INITIAL_CAPACITY * 2);
  private data = new Float64Array(INITIAL_CAPACITY * STRIDE);
  /** Per tie, the rounding error its weight sum has lost so far (compensated only). */
  private carry: Float64Array;

  constructor(
    readonly undirected = false,
    private readonly compensated = false,
  ) {
    this.carry = new Float64Array(compensated ? INITIAL_CAPACITY : 0);
  }

  /** The index of a person id, interning it on first sight. */
  person(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }

  /** Adds one row to the tie source → target and returns the tie's index. `time` is NaN when absent. */
  add(source: number, target: number, weight: number, time: number): number {
    const t = this.undirected && target < source ? this.find(target, source) : this.find(source, target);
    const at = t * STRIDE;
    const d = this.data;
    if (this.compensated) {
      const sum = d[at + WEIGHT]!;
      const next = sum + weight;
      this.carry[t]! += Math.abs(sum) >= Math.abs(weight) ? sum - next + weight : weight - next + sum;
      d[at + WEIGHT] = next;
    } else d[at + WEIGHT]! += weight;
    d[at + ROWS]! += 1;
    // NaN compares false, so the first timestamp replaces the NaN placeholder.
    if (time < d[at + FIRST]! || Number.isNaN(d[at + FIRST]!)) d[at + FIRST] = time;
    if (time > d[at + LAST]! || Number.isNaN(d[at + LAST]!)) d[at + LAST] = time;
    return t;
  }

  /** The aggregated ties, column-wise. */
  table(): TieTable {
    const n = this.size;
    const ties: TieTable = {
      size: n,
      source: new Int32Array(n),
      target: new Int32Array(n),
      weight: new Float64Array(n),
      rows: new Uint32Array(n),
      first: new Float64Array(n),
      last: new Float64Array(n),
    };
    for (let t = 0, at = 0; t < n; t++, at += STRIDE) {
      ties.source[t] = this.data[at + SOURCE]!;
      ties.target[t] = this.data[at + TARGET]!;
      ties.weight[t] = this.data[at + WEIGHT]! + (this.compensated ? this.carry[t]! : 0);
      ties.rows[t] = this.data[at + ROWS]!;
      ties.first[t] = this.data[at + FIRST]!;
      ties.last[t] = this.data[at + LAST]!;
    }
    return ties;
  }

  /** The tie source → target, opened when new (linear probing). */
  private find(source: number, target: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(source, target) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        if (this.size * STRIDE === this.data.length) {
          this.grow();
          return this.find(source, target);
        }
        const t = this.open(source, target);
        this.slots[slot] = t + 1;
        return t;
      }
      const at = (entry - 1) * STRIDE;
      if (this.data[at + SOURCE] === source && this.data[at + TARGET] === target) return entry - 1;
    }
  }

  private open(source: number, target: number): number {
    const t = this.size++;
    const at = t * STRIDE;
    this.data[at + SOURCE] = source;
    this.data[at + TARGET] = target;
    this.data[at + FIRST] = NaN;
    this.data[at + LAST] = NaN;
    return t;
  }

  private grow(): void {
    const data = new Float64Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
    if (this.compensated) {
      const carry = new Float64Array(this.carry.length * 2);
      carry.set(this.carry);
      this.carry = carry;
    }
    this.rehash(this.slots.length * 2);
  }

  private rehash(slotCount: number): void {
    this.slots = new Int32Array(slotCount);
    const mask = slotCount - 1;
    for (let t = 0; t < this.size; t++) {
      let slot = hash(this.data[t * STRIDE + SOURCE]!, this.data[t * STRIDE + TARGET]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = t + 1;
    }
  }
}

/** A 32-bit mix of the pair (murmur3 finalizer), so nearby ids spread over the table. */
function hash(source: number, target: number): number {
  let h = Math.imul(source, 0x9e3779b1) ^ target;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
