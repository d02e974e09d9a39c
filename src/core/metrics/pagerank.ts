/**
 * PageRank: the share of time a random walker following ties spends at a person.
 *
 * Definition: power iteration x ← α (x P + (Σ_{dangling} x) / n) + (1 − α) / n, starting from
 * x = 1/n, with P the out-weight-normalized tie matrix (P_ij = w_ij / outStrength_i) and α = 0.85.
 * A dangling person (no out-ties, isolates included) hands their score to everyone evenly.
 * Stops when the L1 change falls below n · 1e-6, after at most 100 iterations (the last
 * iterate is returned then; networkx would raise instead).
 * Normalization: the scores sum to 1 (up to the stopping tolerance).
 * Weight: a strength: a walker leaves along a tie in proportion to its weight.
 * Undefined: never for n ≥ 1.
 * networkx: `pagerank(G, alpha=0.85, weight="weight")` — the same update, start, dangling
 * rule and stopping test as its `_pagerank_scipy`, so the iterates agree to rounding.
 * Reference: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking:
 * bringing order to the Web" (1999); A. Langville and C. Meyer, "Deeper inside PageRank" (2004).
 */
import { indexGraph, type GraphIndex, type GraphSource } from '../graph/csr.js';
import { rowSums } from './degree.js';

export interface PagerankOptions {
  alpha: number;
  tolerance: number;
  maxIterations: number;
}

const DEFAULTS: PagerankOptions = { alpha: 0.85, tolerance: 1e-6, maxIterations: 100 };

export function pagerank(graph: GraphSource, options: Partial<PagerankOptions> = {}): number[] {
  const { alpha, tolerance, maxIterations } = { ...DEFAULTS, ...options };
  const index = indexGraph(graph);
  const n = index.n;
  if (n === 0) return [];
  const outStrength = rowSums(index.out);
  let x: Float64Array = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = step(index, x, outStrength, alpha);
    const change = l1Distance(next, x);
    x = next;
    if (change < n * tolerance) break;
  }
  return Array.from(x);
}

function step(index: GraphIndex, x: Float64Array, outStrength: number[], alpha: number): Float64Array {
  const { n, in: inn } = index;
  let dangling = 0;
  for (let i = 0; i < n; i++) if (outStrength[i] === 0) dangling += x[i]!;
  const base = (alpha * dangling) / n + (1 - alpha) / n;
  const next = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let inflow = 0;
    for (let p = inn.offsets[j]!; p < inn.offsets[j + 1]!; p++) {
      const i = inn.index[p]!;
      inflow += (x[i]! * inn.weight[p]!) / outStrength[i]!;
    }
    next[j] = alpha * inflow + base;
  }
  return next;
}

function l1Distance(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += Math.abs(a[i]! - b[i]!);
  return total;
}
