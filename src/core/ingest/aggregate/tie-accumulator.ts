/**
 * Interns person ids and sums rows into ties in one pass (docs/input.md#interactions-required---reads-standard-input "rows for the same
 * (source, target) add up"). Ties live in growable typed arrays, found through an open-addressing
 * hash table on (source, target), so memory grows with people and distinct ties, never with rows.
 * A Map keyed by source·2²⁶ + target was measured 3× slower: such keys are heap doubles, not
 * small integers, and V8 hashes them poorly.
 * Undirected (docs/input.md): a row a,b and a row b,a are one tie, kept under the pair ordered by
 * person index, so weights add up whatever the order the two ids came in.
 * Compensated (Neumaier's summation, for co-attendance weights 1/(k − 1)): a pair that met in six
 * meetings of four sums 1/3 six times, which plain addition makes 1.9999999999999998; carrying
 * the rounding error of each addition gives the correctly rounded 2. Row weights of the other
 * modes are counts, exact already, and skip the extra work.
 */
import type { TieTable } from '../../model/ingest.js';

/**
 * The hash table holds each tie's fields in its slot, side by side: 64 bytes, one cache line.
 * Exports come in time order, not pair order, so nearly every row lands on a tie far from the
 * last one; with the table separate from the tie fields that was two cache and page misses a
 * row, and the second one cost as much as the first (a 1,000,000-tie table is 128 MiB).
 */
const SOURCE = 0;
const TARGET = 1;
/** The tie's number + 1, in order of first appearance; 0 marks an empty slot, and −p a tie new in the batch being added (addBatch), until it is numbered. */
const TIE = 2;
const WEIGHT = 3;
const ROWS = 4;
const FIRST = 5;
const LAST = 6;
/** The rounding error the weight sum has lost so far (compensated only). */
const CARRY = 7;
const STRIDE = 8;
const INITIAL_SLOTS = 2048;
/** Grow before the table is 70 % full: linear probing stays within a slot or two. */
const MAX_LOAD = 0.7;
/** 2¹⁹ slots (32 MiB) and up grow twofold. */
const GROW_FOURFOLD_BELOW = 1 << 19;

export class TieAccumulator {
  readonly ids: string[] = [];
  size = 0;
  private readonly index = new Map<string, number>();
  private slots = new Float64Array(INITIAL_SLOTS * STRIDE);
  private mask = INITIAL_SLOTS - 1;
  /** Slots are placed by the hash's top bits (32 − shift of them), so a batch sorted by those bits visits the table front to back. */
  private shift = 32 - Math.log2(INITIAL_SLOTS);
  private limit = Math.floor(INITIAL_SLOTS * MAX_LOAD);

  constructor(
    readonly undirected = false,
    private readonly compensated = false,
  ) {}

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
    const at = this.undirected && target < source ? this.find(target, source) : this.find(source, target);
    this.accumulate(at, weight, time);
    return this.slots[at + TIE]! - 1;
  }

  /**
   * Adds a batch of rows, writing each row's tie index into `batch.tie`: the same sums and the
   * same tie numbers (in order of first appearance) as adding the rows one by one. Rows come in
   * time order, so one by one each lands on a tie far from the last — at a million ties, a cache
   * and page miss a row. Sorted first by the top bits of their hash (stably, so a tie's rows
   * still add up in row order), they visit the table front to back.
   */
  addBatch(batch: RowBatch): void {
    const { count, source, target, hashes, order, tie } = batch;
    // Room for every row to be a new tie: the table does not move while the batch is added.
    while (this.size + count > this.limit) this.grow();
    const buckets = batch.buckets.fill(0);
    // Undirected: a tie is kept under its ends ordered by person index (the rows stay as read).
    const both = this.undirected;
    for (let i = 0; i < count; i++) {
      const a = source[i]!;
      const b = target[i]!;
      const h = both && b < a ? hash(b, a) : hash(a, b);
      hashes[i] = h;
      buckets[(h >>> BUCKET_SHIFT) + 1]!++;
    }
    for (let b = 0; b < BUCKETS; b++) buckets[b + 1]! += buckets[b]!;
    // Each row's fields go to its sorted place (writes at random, which do not wait), so the
    // pass over the table below reads them in order rather than at random.
    const { weight, time, sortedSource, sortedTarget, sortedWeight, sortedTime, sortedHash } = batch;
    for (let i = 0; i < count; i++) {
      const h = hashes[i]!;
      const k = buckets[h >>> BUCKET_SHIFT]!++;
      order[k] = i;
      sortedHash[k] = h;
      sortedSource[k] = source[i]!;
      sortedTarget[k] = target[i]!;
      sortedWeight[k] = weight[i]!;
      sortedTime[k] = time[i]!;
    }
    // New ties get provisional numbers −1, −2, … in the sorted order, renumbered below in row order.
    const created = batch.created;
    let provisional = 0;
    const d = this.slots;
    for (let k = 0; k < count; k++) {
      const a = sortedSource[k]!;
      const b = sortedTarget[k]!;
      const s = both && b < a ? b : a;
      const t = both && b < a ? a : b;
      const at = this.slotOf(sortedHash[k]!, s, t);
      if (d[at + TIE] === 0) {
        this.open(at, s, t, -++provisional);
        created[provisional - 1] = at;
      }
      this.accumulate(at, sortedWeight[k]!, sortedTime[k]!);
      tie[order[k]!] = d[at + TIE]!;
    }
    const final = batch.final.fill(-1, 0, provisional);
    for (let i = 0; i < count; i++) {
      const held = tie[i]!;
      if (held > 0) {
        tie[i] = held - 1;
        continue;
      }
      const p = -held - 1;
      if (final[p] === -1) {
        final[p] = this.size++;
        d[created[p]! + TIE] = final[p]! + 1;
      }
      tie[i] = final[p]!;
    }
  }

  private accumulate(at: number, weight: number, time: number): void {
    const d = this.slots;
    if (this.compensated) {
      const sum = d[at + WEIGHT]!;
      const next = sum + weight;
      d[at + CARRY]! += Math.abs(sum) >= Math.abs(weight) ? sum - next + weight : weight - next + sum;
      d[at + WEIGHT] = next;
    } else d[at + WEIGHT]! += weight;
    d[at + ROWS]! += 1;
    // NaN compares false, so the first timestamp replaces the NaN placeholder.
    if (time < d[at + FIRST]! || Number.isNaN(d[at + FIRST]!)) d[at + FIRST] = time;
    if (time > d[at + LAST]! || Number.isNaN(d[at + LAST]!)) d[at + LAST] = time;
  }

  /** The aggregated ties, column-wise, in order of first appearance. */
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
    const d = this.slots;
    for (let at = 0; at < d.length; at += STRIDE) {
      const t = d[at + TIE]! - 1;
      if (t < 0) continue;
      ties.source[t] = d[at + SOURCE]!;
      ties.target[t] = d[at + TARGET]!;
      ties.weight[t] = d[at + WEIGHT]! + (this.compensated ? d[at + CARRY]! : 0);
      ties.rows[t] = d[at + ROWS]!;
      ties.first[t] = d[at + FIRST]!;
      ties.last[t] = d[at + LAST]!;
    }
    return ties;
  }

  /** The slot (its first field's position) of the tie source → target, opened when new. */
  private find(source: number, target: number): number {
    const h = hash(source, target);
    let at = this.slotOf(h, source, target);
    if (this.slots[at + TIE] !== 0) return at;
    if (this.size === this.limit) {
      this.grow();
      at = this.slotOf(h, source, target);
    }
    this.open(at, source, target, ++this.size);
    return at;
  }

  /** Where the tie source → target is held, or the empty slot where it would go (linear probing). */
  private slotOf(h: number, source: number, target: number): number {
    const d = this.slots;
    for (let slot = h >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      if (d[at + TIE] === 0 || (d[at + SOURCE] === source && d[at + TARGET] === target)) return at;
    }
  }

  /** A new tie in the empty slot at `at`, with the TIE field `tie` (number + 1, or provisional). */
  private open(at: number, source: number, target: number, tie: number): void {
    const d = this.slots;
    d[at + SOURCE] = source;
    d[at + TARGET] = target;
    d[at + TIE] = tie;
    d[at + FIRST] = NaN;
    d[at + LAST] = NaN;
  }

  /**
   * A small table grows fourfold, a large one twofold: each growth takes fresh memory (a page
   * fault per 4 KiB) and moves every tie, and the steps up to a few hundred thousand ties were
   * a fifth of summing them; past GROW_FOURFOLD_BELOW slots, memory is worth more.
   */
  private grow(): void {
    const old = this.slots;
    const factor = this.mask + 1 < GROW_FOURFOLD_BELOW ? 4 : 2;
    const count = (this.mask + 1) * factor;
    const d = new Float64Array(count * STRIDE);
    this.slots = d;
    this.mask = count - 1;
    this.shift -= Math.log2(factor);
    this.limit = Math.floor(count * MAX_LOAD);
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + TIE] === 0) continue;
      let slot = hash(old[from + SOURCE]!, old[from + TARGET]!) >>> this.shift;
      while (d[slot * STRIDE + TIE] !== 0) slot = (slot + 1) & this.mask;
      // Field by field: a subarray per tie was an object per tie, and most of the time of growing.
      const to = slot * STRIDE;
      for (let f = 0; f < STRIDE; f++) d[to + f] = old[from + f]!;
    }
  }
}

/** The batch is sorted by the top 8 bits of the hash: 256 runs of rows, each within a 256th of the table. */
const BUCKETS = 256;
const BUCKET_SHIFT = 24;

/** A batch's rows alone, as they go between threads (io/batch-rows.ts). */
export interface BatchRows {
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  time: Float64Array;
}

/** Rows waiting to be added (addBatch), and the workspaces of adding them. */
export class RowBatch {
  static readonly SIZE = 1 << 16;
  count = 0;
  source: Int32Array = new Int32Array(RowBatch.SIZE);
  target: Int32Array = new Int32Array(RowBatch.SIZE);
  weight: Float64Array = new Float64Array(RowBatch.SIZE);
  /** Epoch ms, NaN when the row has none. */
  time: Float64Array = new Float64Array(RowBatch.SIZE);
  /** Filled by addBatch: each row's tie index. */
  readonly tie = new Int32Array(RowBatch.SIZE);
  readonly hashes = new Uint32Array(RowBatch.SIZE);
  readonly order = new Int32Array(RowBatch.SIZE);
  readonly buckets = new Int32Array(BUCKETS + 1);
  readonly created = new Int32Array(RowBatch.SIZE);
  readonly final = new Int32Array(RowBatch.SIZE);
  /** The rows' fields and hashes in the order addBatch visits the table. */
  readonly sortedSource = new Int32Array(RowBatch.SIZE);
  readonly sortedTarget = new Int32Array(RowBatch.SIZE);
  readonly sortedWeight = new Float64Array(RowBatch.SIZE);
  readonly sortedTime = new Float64Array(RowBatch.SIZE);
  readonly sortedHash = new Uint32Array(RowBatch.SIZE);

  get full(): boolean {
    return this.count === RowBatch.SIZE;
  }

  /** The first `count` rows of arrays filled elsewhere (another thread's batch), in place of this batch's own. */
  use(rows: BatchRows, count: number): void {
    this.source = rows.source;
    this.target = rows.target;
    this.weight = rows.weight;
    this.time = rows.time;
    this.count = count;
  }

  push(source: number, target: number, weight: number, time: number): void {
    const i = this.count++;
    this.source[i] = source;
    this.target[i] = target;
    this.weight[i] = weight;
    this.time[i] = time;
  }
}

/** A 32-bit mix of the pair (murmur3 finalizer), so nearby ids spread over the table; unsigned, as slots read its top bits. */
function hash(source: number, target: number): number {
  let h = Math.imul(source, 0x9e3779b1) ^ target;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
