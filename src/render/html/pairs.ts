/**
 * The undirected view the map draws and lays out: one pair per two people with a tie in
 * either direction, its weight the sum of both directions (SPEC §3 "undirected projection").
 * Pairs come out sorted by (lower index, higher index), so everything built on them is
 * deterministic.
 */
import type { OrgGraph } from '../../core/graph/types.js';

export interface Pairs {
  lo: Int32Array;
  hi: Int32Array;
  weight: Float64Array;
  size: number;
}

/** `indexOf` maps a person id to their index in the page's people columns. */
export function undirectedPairs(graph: OrgGraph, indexOf: ReadonlyMap<string, number>): Pairs {
  const n = indexOf.size;
  const weights = new Map<number, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const a = indexOf.get(source);
    const b = indexOf.get(target);
    if (a === undefined || b === undefined || a === b) return;
    const key = Math.min(a, b) * n + Math.max(a, b);
    weights.set(key, (weights.get(key) ?? 0) + attributes.weight);
  });
  const keys = [...weights.keys()].sort((p, q) => p - q);
  const pairs: Pairs = { lo: new Int32Array(keys.length), hi: new Int32Array(keys.length), weight: new Float64Array(keys.length), size: keys.length };
  keys.forEach((key, i) => {
    pairs.lo[i] = Math.floor(key / n);
    pairs.hi[i] = key % n;
    pairs.weight[i] = weights.get(key)!;
  });
  return pairs;
}
