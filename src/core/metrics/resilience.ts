/**
 * Resilience — who the organization cannot afford to lose (docs/metrics.md#resilience).
 *
 * cutPoint: the person is an articulation point of the undirected projection: without them
 * their component falls into two or more pieces. networkx `articulation_points(U)`.
 * dependents: how many other people drop out of the largest component if the person leaves,
 * │LC│ − │LC′│ − 1 for a person in LC (LC′ = the largest component after the departure, which
 * may be another component), 0 for a person outside LC. When several components share the
 * largest size no single departure shrinks it, and the formula would give −1: the count is 0.
 * fragmentation (Borgatti): 1 − Σ_k s_k(s_k − 1) / (n(n − 1)) over the component sizes s_k —
 * the share of ordered pairs of people who cannot reach each other; 0 = one component,
 * 1 = all isolates. `null` when n < 2 (no pairs).
 * Weight: ignored, and so is direction: a tie either way keeps two people connected.
 * networkx reference: `articulation_points(U)`, `connected_components(U)` recomputed after
 * removing each person (scripts/golden.py does it by brute force).
 * Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
 * Computational and Mathematical Organization Theory 12 (2006) 21–34.
 */
import { indexGraph, type GraphSource } from '../graph/csr.js';
import { departures } from './articulation.js';
import { weakComponents } from './components.js';

export function cutPoints(graph: GraphSource): boolean[] {
  return Array.from(departures(indexGraph(graph).und).cut, (c) => c === 1);
}

export function dependents(graph: GraphSource): number[] {
  const d = departures(indexGraph(graph).und);
  const sizes = d.componentSizes;
  const largest = sizes.reduce((a, b) => Math.max(a, b), 0);
  const tied = sizes.filter((s) => s === largest).length > 1;
  const runnerUp = sizes.reduce((a, b) => (b < largest ? Math.max(a, b) : a), 0);
  return Array.from(d.componentOf, (c, v) => {
    if (tied || sizes[c] !== largest) return 0;
    return largest - Math.max(d.largestPiece[v]!, runnerUp) - 1;
  });
}

/**
 * Who would be cut off: the people of the largest component who, once the person has gone, are
 * no longer in the biggest piece that component falls into (between pieces of equal size, the
 * one holding the smallest id stays). Usually exactly the person's `dependents`; when another
 * component outgrows that piece, `dependents` counts fewer (docs/metrics.md#resilience compares sizes only).
 * Empty for a person outside the largest component, or when several components share the
 * largest size. Indexes in sorted id order. One component search, O(n + m): for the few people a
 * view explains, not for everyone.
 */
export function cutOffBy(graph: GraphSource, person: number): number[] {
  const { n, und } = indexGraph(graph);
  const before = weakComponents(und);
  const top = before.sizes.reduce((a, b) => Math.max(a, b), 0);
  const largest = before.sizes.indexOf(top);
  if (top === 0 || before.sizes.indexOf(top, largest + 1) !== -1 || before.componentOf[person] !== largest) return [];
  const alive = new Uint8Array(n).fill(1);
  alive[person] = 0;
  const after = weakComponents(und, alive);
  // Components are numbered by their smallest member: the first of the largest pieces stays.
  let kept = -1;
  for (let v = 0; v < n; v++) {
    const c = after.componentOf[v]!;
    if (v === person || before.componentOf[v] !== largest) continue;
    if (kept < 0 || after.sizes[c]! > after.sizes[kept]! || (after.sizes[c] === after.sizes[kept] && c < kept)) kept = c;
  }
  const out: number[] = [];
  for (let v = 0; v < n; v++) {
    if (v !== person && before.componentOf[v] === largest && after.componentOf[v] !== kept) out.push(v);
  }
  return out;
}

export function fragmentation(graph: GraphSource): number | null {
  const { n, und } = indexGraph(graph);
  return fragmentationOf(pairsWithin(departures(und).componentSizes), n);
}

/** Σ s(s − 1) over component sizes: the ordered pairs of people who can reach each other. */
export function pairsWithin(sizes: readonly number[]): number {
  return sizes.reduce((sum, s) => sum + s * (s - 1), 0);
}

export function fragmentationOf(reachablePairs: number, n: number): number | null {
  return n < 2 ? null : 1 - reachablePairs / (n * (n - 1));
}

/**
 * People cut off by several departures together (the key players): │LC│ − │LC′│ minus those of
 * the leavers who were in LC, LC the largest component and LC′ the largest piece left — the
 * `dependents` of the group. 0 when several components share the largest size (none shrinks it).
 */
export function cutOffByAll(graph: GraphSource, leavers: readonly number[]): number {
  const { n, und } = indexGraph(graph);
  const before = weakComponents(und);
  const top = before.sizes.reduce((a, b) => Math.max(a, b), 0);
  const largest = before.sizes.indexOf(top);
  if (top === 0 || before.sizes.indexOf(top, largest + 1) !== -1) return 0;
  const alive = new Uint8Array(n).fill(1);
  for (const v of leavers) alive[v] = 0;
  const after = weakComponents(und, alive);
  let remaining = 0;
  for (let v = 0; v < n; v++) if (alive[v] === 1) remaining = Math.max(remaining, after.sizes[after.componentOf[v]!]!);
  const leaversInLargest = leavers.filter((v) => before.componentOf[v] === largest).length;
  return Math.max(0, top - remaining - leaversInLargest);
}
