/**
 * PageRank: the share of time a random walker following ties spends at a person.
 *
 * Definition: power iteration x ← α (x P + (Σ_{dangling} x) / n) + (1 − α) / n, starting from
 * x = 1/n, with P the out-weight-normalized tie matrix (P_ij = w_ij / outStrength_i) and α = 0.85.
 * A dangling person (no out-ties, isolates included) hands their score to everyone evenly.
 * Stops when the L1 change between two iterates falls below 1e-10 (docs/metrics.md#person), after at most
 * 1000 iterations (the last iterate is returned then; networkx would raise instead). The change
 * shrinks by α each iteration, so this takes about 150 iterations whatever the organization;
 * the result is then within α/(1 − α) · 1e-10 ≈ 6e-10 (L1) of the stationary vector.
 * networkx's default stop (L1 < n · 1e-6) leaves errors in the fourth digit on real networks.
 * Normalization: the scores sum to 1 (up to the stopping tolerance).
 * Weight: a strength: a walker leaves along a tie in proportion to its weight.
 * Undefined: never for n ≥ 1.
 * networkx: `pagerank(G, alpha=0.85, weight="weight", tol=1e-10 / n)` — the same update, start,
 * dangling rule and stopping test (networkx stops at L1 < n · tol) as its `_pagerank_scipy`, so
 * the iterates agree to rounding; igraph and R's PRPACK solve for the stationary vector directly.
 * Reference: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking:
 * bringing order to the Web" (1999); A. Langville and C. Meyer, "Deeper inside PageRank" (2004).
 *
 * `sourcePagerank` is the same walk on the reversed ties (networkx `pagerank(G.reverse(), ...)`,
 * same stop). A tie points the way knowledge flows, from the one who shares to the one who
 * receives, so PageRank of G rewards those who receive from people who themselves receive a lot;
 * walking the ties backwards rewards the people knowledge flows *from*, whom others turn to: the
 * go-to people. For undirected data (each tie held both ways) the two are the same.
 */
import { indexGraph, type GraphIndex, type GraphSource } from '../graph/csr.js';
import { rowSums } from './degree.js';

export interface PagerankOptions {
  alpha: number;
  tolerance: number;
  maxIterations: number;
}

/** `tolerance` bounds the L1 change of the last iteration (not per person, unlike networkx's `tol`). */
const DEFAULTS: PagerankOptions = { alpha: 0.85, tolerance: 1e-10, maxIterations: 1000 };

export function pagerank(graph: GraphSource, options: Partial<PagerankOptions> = {}): number[] {
  const { alpha, tolerance, maxIterations } = { ...DEFAULTS, ...options };
  const index = indexGraph(graph);
  const n = index.n;
  if (n === 0) return [];
  const outStrength = rowSums(index.out);
  const share = tieShares(index, outStrength);
  let x: Float64Array = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = step(index, x, share, outStrength, alpha);
    const change = l1Distance(next, x);
    x = next;
    if (change < tolerance) break;
  }
  return Array.from(x);
}

/**
 * P_ij for each in-tie of the index, w_ij · (1 / outStrength_i), worked out once rather than in
 * each of some 150 iterations: an iteration then reads one number a tie and divides nothing.
 * The product by the reciprocal is how networkx's `_pagerank_scipy` normalizes its matrix.
 */
/** PageRank of the reversed graph: the in-ties are read as out-ties and the other way round. */
export function sourcePagerank(graph: GraphSource, options: Partial<PagerankOptions> = {}): number[] {
  const index = indexGraph(graph);
  return pagerank({ ...index, out: index.in, in: index.out }, options);
}

function tieShares(index: GraphIndex, outStrength: number[]): Float64Array {
  const { n, in: inn } = index;
  const reciprocal = new Float64Array(n);
  for (let i = 0; i < n; i++) if (outStrength[i] !== 0) reciprocal[i] = 1 / outStrength[i]!;
  const share = new Float64Array(inn.index.length);
  for (let p = 0; p < share.length; p++) share[p] = inn.weight[p]! * reciprocal[inn.index[p]!]!;
  return share;
}

function step(index: GraphIndex, x: Float64Array, share: Float64Array, outStrength: number[], alpha: number): Float64Array {
  const { n, in: inn } = index;
  let dangling = 0;
  for (let i = 0; i < n; i++) if (outStrength[i] === 0) dangling += x[i]!;
  const base = (alpha * dangling) / n + (1 - alpha) / n;
  const next = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let inflow = 0;
    for (let p = inn.offsets[j]!; p < inn.offsets[j + 1]!; p++) inflow += x[inn.index[p]!]! * share[p]!;
    next[j] = alpha * inflow + base;
  }
  return next;
}

function l1Distance(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += Math.abs(a[i]! - b[i]!);
  return total;
}
