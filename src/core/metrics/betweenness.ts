/**
 * Betweenness: how often a person lies on the shortest paths between two others.
 *
 * Definition: b(v) = Σ_{s≠v≠t} σ_st(v) / σ_st, where σ_st counts the shortest directed paths
 * s → t (in hops) and σ_st(v) those passing through v.
 * Normalization: × 1 / ((n − 1)(n − 2)), the number of ordered pairs that exclude v, so values
 * lie in [0, 1]; for n ≤ 2 every value is 0 (no pair can pass through anyone).
 * Sampling: with k sampled source people the sum runs over those sources only and is scaled by
 * n / k, an unbiased estimate of the exact value (Brandes & Pich 2007).
 * Weight: a strength, never a distance, so it is ignored: every tie is one hop.
 * Undefined: never; an isolate has 0.
 * networkx: `betweenness_centrality(G, normalized=True)` (and `k=…` when sampled; networkx
 * draws its k sources with its own generator, ours come from `seededRandom(seed)`).
 * Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
 * 25(2) (2001); U. Brandes and C. Pich, "Centrality estimation in large networks", IJBC 17(7) (2007).
 */
import { indexGraph } from '../graph/csr.js';
import type { OrgGraph } from '../graph/types.js';
import { seededRandom } from '../random.js';
import { closenessFromSums } from './closeness.js';
import { inProcessRunner, type Runner } from '../parallel/runner.js';
import { pathSums, pathSumsWith, type PathSums } from './shortest-paths.js';

export interface Sampling {
  /** Number of source people; at least n means exact. */
  samples: number;
  seed: number;
}

export interface PathCentralities {
  betweenness: number[];
  closeness: number[];
}

export function betweenness(graph: OrgGraph, sampling: Sampling | null = null): number[] {
  const { n } = indexGraph(graph);
  const sources = sampling && sampling.samples < n ? sampleSources(n, sampling.samples, sampling.seed) : null;
  return sources ? betweennessFromSources(graph, sources) : exact(graph).betweenness;
}

/** Betweenness from the given source people (indexes in sorted id order), scaled by n / k. */
export function betweennessFromSources(graph: OrgGraph, sources: readonly number[]): number[] {
  const { n, out } = indexGraph(graph);
  const sums = pathSums(out, n, { accumulateFrom: flags(n, sources), everySource: false });
  return scale(sums, n, new Set(sources).size);
}

/** Betweenness and closeness from one set of searches, run by `runner` (all cores). */
export async function pathCentralities(
  graph: OrgGraph,
  sampling: Sampling | null = null,
  runner: Runner = inProcessRunner,
): Promise<PathCentralities> {
  const { n, out } = indexGraph(graph);
  const sources = sampling && sampling.samples < n ? sampleSources(n, sampling.samples, sampling.seed) : null;
  const accumulateFrom = sources ? flags(n, sources) : null;
  const sums = await pathSumsWith(runner, out, n, { accumulateFrom, everySource: true });
  return { betweenness: scale(sums, n, sources ? sources.length : n), closeness: closenessFromSums(sums, n) };
}

/**
 * k distinct people drawn by a partial Fisher–Yates shuffle of 0…n−1, so the same seed picks
 * the same people on every machine. Returned in ascending order.
 */
export function sampleSources(n: number, k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const pool = Array.from({ length: n }, (_, i) => i);
  const count = Math.max(0, Math.min(k, n));
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count).sort((a, b) => a - b);
}

function exact(graph: OrgGraph): PathCentralities {
  const { n, out } = indexGraph(graph);
  const sums = pathSums(out, n, { accumulateFrom: null, everySource: true });
  return { betweenness: scale(sums, n, n), closeness: closenessFromSums(sums, n) };
}

function flags(n: number, sources: readonly number[]): Uint8Array {
  const flagged = new Uint8Array(n);
  for (const s of sources) flagged[s] = 1;
  return flagged;
}

function scale(sums: PathSums, n: number, k: number): number[] {
  if (n <= 2 || k === 0) return new Array<number>(n).fill(0);
  const factor = (1 / ((n - 1) * (n - 2))) * (n / k);
  return Array.from(sums.dependency, (b) => b * factor);
}
