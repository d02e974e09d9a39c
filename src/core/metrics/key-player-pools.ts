/**
 * Who the key-player search evaluates and whom it searches from (docs/metrics.md#resilience).
 *
 * Candidates: the C people with the highest betweenness, ties broken by the smallest id;
 * everyone when n ≤ C. Betweenness is compared to 12 decimals: two people on symmetric
 * positions must tie even when their sums were added in a different order (the last bits of
 * a float are rounding, not rank).
 * Sources: everyone when n ≤ 500 or S ≥ n (DF is then exact); otherwise S people drawn with
 * the seed. A person is drawn by a seeded hash of their id, not of their position: the S
 * people with the smallest hash (ties by id) are the sources. So the sources do not depend on
 * who else is in the file: with `--remove X` the same people are drawn (unless X was one of
 * them), and the DF of that run equals X's key-player entry, as the greedy search skips
 * removed sources the same way.
 */
import { compareIds } from '../base/ids.js';
import { seededHash } from '../base/random.js';
import type { KeyPlayersMethod } from '../model/report.js';

/** DF is exact (every person a source) up to this many people. */
const EXACT_UP_TO = 500;

export interface Pools {
  method: KeyPlayersMethod;
  /** Candidate people (indexes), by betweenness descending, then id. */
  candidates: number[];
  /** Source people (indexes), ascending. */
  sources: Int32Array;
}

export interface PoolOptions {
  candidates: number;
  samples: number;
  seed: number;
}

export function pools(ids: readonly string[], betweenness: readonly (number | null)[], options: PoolOptions): Pools {
  const n = ids.length;
  const candidates = topByBetweenness(ids, betweenness, options.candidates);
  if (n <= EXACT_UP_TO || options.samples >= n) {
    return { method: { method: 'exact', candidates: candidates.length }, candidates, sources: Int32Array.from(ids.keys()) };
  }
  const sources = sampleByHash(ids, options.samples, options.seed);
  return { method: { method: 'sampled', candidates: candidates.length, samples: sources.length, seed: options.seed }, candidates, sources };
}

/** A missing betweenness ranks below every value. */
const rank = (b: number | null) => (b === null ? -1 : Math.round(b * 1e12));

export function topByBetweenness(ids: readonly string[], betweenness: readonly (number | null)[], count: number): number[] {
  const order = Array.from(ids.keys());
  order.sort((a, b) => rank(betweenness[b]!) - rank(betweenness[a]!) || compareIds(ids[a]!, ids[b]!));
  return order.slice(0, Math.max(0, count));
}

/** The `count` people with the smallest seeded hash of their id (ties by id), ascending by index. */
export function sampleByHash(ids: readonly string[], count: number, seed: number): Int32Array {
  const hash = ids.map((id) => seededHash(id, seed));
  const order = Array.from(ids.keys()).sort((a, b) => hash[a]! - hash[b]! || compareIds(ids[a]!, ids[b]!));
  return Int32Array.from(order.slice(0, Math.max(0, count))).sort();
}
