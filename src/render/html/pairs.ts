/**
 * The undirected view the map draws and lays out: one pair per two people with a tie in
 * either direction, its weight the sum of both directions (docs/metrics.md#conventions "undirected projection"; for
 * undirected data the tie's own weight). Read from the analysis's typed-array index, so no
 * graphology graph is built for the page. Pairs come out sorted by (lower index, higher index)
 * in the page's person order, so everything built on them is deterministic.
 */
import type { GraphIndex } from '../../core/graph/csr.js';

export interface Pairs {
  lo: Int32Array;
  hi: Int32Array;
  weight: Float64Array;
  size: number;
}

/** `indexOf` maps a person id to their index in the page's people columns. */
export function undirectedPairs(graph: GraphIndex, indexOf: ReadonlyMap<string, number>): Pairs {
  const n = indexOf.size;
  const { offsets, index, weight } = graph.und;
  const page = graph.ids.map((id) => indexOf.get(id));
  const keys: number[] = [];
  const weights = new Map<number, number>();
  for (let i = 0; i < graph.n; i++) {
    const a = page[i];
    if (a === undefined) continue;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const b = page[index[k]!];
      // Each pair is held from both ends: take it once, from its lower end.
      if (b === undefined || b <= a) continue;
      const key = a * n + b;
      if (!weights.has(key)) keys.push(key);
      weights.set(key, (weights.get(key) ?? 0) + weight[k]!);
    }
  }
  keys.sort((p, q) => p - q);
  const pairs: Pairs = { lo: new Int32Array(keys.length), hi: new Int32Array(keys.length), weight: new Float64Array(keys.length), size: keys.length };
  keys.forEach((key, i) => {
    pairs.lo[i] = Math.floor(key / n);
    pairs.hi[i] = key % n;
    pairs.weight[i] = weights.get(key)!;
  });
  return pairs;
}
