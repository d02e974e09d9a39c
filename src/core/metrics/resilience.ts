/**
 * Resilience — who the organization cannot afford to lose (SPEC §4.7).
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
import { departures, type Departures } from './articulation.js';

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

export function fragmentation(graph: GraphSource): number | null {
  const { n, und } = indexGraph(graph);
  return fragmentationOf(pairsWithin(departures(und)), n);
}

/** Σ s(s − 1) over the components: the ordered pairs of people who can reach each other. */
export function pairsWithin(d: Departures): number {
  return d.componentSizes.reduce((sum, s) => sum + s * (s - 1), 0);
}

export function fragmentationOf(reachablePairs: number, n: number): number | null {
  return n < 2 ? null : 1 - reachablePairs / (n * (n - 1));
}
