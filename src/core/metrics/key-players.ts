/**
 * Key players: the people whose joint departure would push the others furthest apart
 * (Borgatti's KPP-Neg with distance fragmentation), and the organization's own DF.
 *
 * Definition (docs/metrics.md#resilience): chosen greedily, one at a time: at each step, among the candidates
 * not yet chosen, the one whose removal (with those already chosen) leaves the highest DF of
 * the remaining people; values within 1e-12 of the highest count as equal and the smallest id
 * wins. Candidates and sources: key-player-pools.ts. DF and how one search per source serves
 * every candidate: distance-fragmentation.ts.
 * Each entry carries DF and Borgatti's component fragmentation of the people who remain after
 * that person's removal (with those before), over the remaining people, not the original n.
 * Stops after K people, when the candidates run out, or when fewer than 2 people would remain.
 * Why DF and not component fragmentation: in one connected component no single departure splits
 * the network, so fragmentation ranks everyone equal and the tie-break (the alphabet) decides;
 * DF rises exactly when the people who keep others close are gone.
 * Greedy is not optimal for the joint problem (NP-hard); it is Borgatti's suggested start and
 * is deterministic.
 * Weight: ignored, and so is direction.
 * networkx reference: none for the search; scripts/golden.py removes each candidate and
 * recomputes 1 − `global_efficiency` by brute force.
 * Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
 * Computational and Mathematical Organization Theory 12 (2006) 21–34.
 */
import { compareIds } from '../base/ids.js';
import { indexGraph, type Adjacency, type GraphSource } from '../graph/csr.js';
import type { Runner } from '../parallel/runner.js';
import { inProcessRunner } from './kernels.js';
import { breadthFirstPositions, relabel } from '../parallel/locality.js';
import { taskRanges } from '../parallel/tasks.js';
import type { KeyPlayer, KeyPlayersMethod } from '../model/report.js';
import { weakComponents } from './components.js';
import { dfFromSum, type DfPartial, type DfSearches, type DfShared, type DfTask } from './distance-fragmentation.js';
import { pools, type PoolOptions } from './key-player-pools.js';
import { fragmentationOf, pairsWithin } from './resilience.js';

/** DF values this close to the best are a tie (their sums differ only by rounding). */
const TIE = 1e-12;

export interface KeyPlayerOptions extends PoolOptions {
  /** How many key players to choose (K). */
  keyPlayers: number;
}

export interface KeyPlayerAnalysis {
  /** Org DF before anyone leaves, from the same sources. */
  distanceFragmentation: number | null;
  keyPlayers: KeyPlayer[];
  method: KeyPlayersMethod;
}

/** `betweenness` aligned with the graph's sorted ids (it ranks the candidates). */
export async function keyPlayers(
  graph: GraphSource,
  betweenness: readonly (number | null)[],
  options: KeyPlayerOptions,
  runner: Runner = inProcessRunner,
): Promise<KeyPlayerAnalysis> {
  const { n, ids, und } = indexGraph(graph);
  const { method, candidates, sources } = pools(ids, betweenness, options);
  const state = newState(n, sources);
  const step = stepper(runner, und, state.present, sources, Math.min(options.keyPlayers, candidates.length));
  const wanted = () => (state.chosen.length < options.keyPlayers && state.left - 1 >= 2 ? state.pending(candidates) : []);
  let evaluated = wanted();
  let sums = await step(evaluated, []);
  const distanceFragmentation = dfFromSum(sums.harmonic, state.sourcesLeft, state.left);
  while (evaluated.length > 0) {
    const { person, value } = best(ids, evaluated, sums.without, state);
    state.remove(person);
    const fragmentation = fragmentationOf(pairsWithin(weakComponents(und, state.present).sizes), state.left)!;
    state.chosen.push({ id: ids[person]!, distanceFragmentation: value, fragmentation });
    evaluated = wanted();
    if (evaluated.length > 0) sums = await step(evaluated, [person]);
  }
  return { distanceFragmentation, keyPlayers: state.chosen, method };
}

interface SearchState {
  present: Uint8Array;
  isSource: Uint8Array;
  left: number;
  sourcesLeft: number;
  chosen: KeyPlayer[];
  pending(candidates: readonly number[]): number[];
  remove(person: number): void;
}

function newState(n: number, sources: Int32Array): SearchState {
  const isSource = new Uint8Array(n);
  for (const s of sources) isSource[s] = 1;
  const state: SearchState = {
    present: new Uint8Array(n).fill(1),
    isSource,
    left: n,
    sourcesLeft: sources.length,
    chosen: [],
    pending: (candidates) => candidates.filter((c) => state.present[c] === 1),
    remove(person) {
      state.present[person] = 0;
      state.left--;
      state.sourcesLeft -= isSource[person]!;
    },
  };
  return state;
}

/** Sources × people above which the searches are not kept between steps (two Int32 each: 128 MiB). */
const KEEP_UP_TO = 2 ** 24;

type Step = (candidates: number[], removedSince: number[]) => Promise<DfPartial>;

/**
 * Runs the steps: each one Σ H(s) now and without each candidate, the tasks run by `runner` and
 * added in task order. Tasks keep their searches from one step to the next when there is a next
 * step and memory allows, so a step only takes the person chosen before out of each search.
 */
function stepper(runner: Runner, und: Adjacency, present: Uint8Array, sources: Int32Array, steps: number): Step {
  const ranges = taskRanges(sources.length);
  const n = present.length;
  const keep = steps > 1 && sources.length * n <= KEEP_UP_TO;
  let kept: (DfSearches | null)[] = ranges.map(() => null);
  // The searches run on people renumbered in breadth-first order, so that a person's neighbours
  // sit close together in memory (parallel/locality.ts); the sums are per source and per
  // candidate, so only what goes in is renumbered.
  const local = relabel(n, und.offsets, und.index, breadthFirstPositions(n, und.offsets, und.index));
  const at = (people: readonly number[] | Int32Array) => Int32Array.from(people, (v) => local.position[v]!);
  const localSources = at(sources);
  return async (candidates, removedSince) => {
    const localPresent = new Uint8Array(n);
    for (let v = 0; v < n; v++) localPresent[local.position[v]!] = present[v]!;
    const shared: DfShared = { n, offsets: local.offsets, index: local.index, present: localPresent, sources: localSources, candidates: at(candidates) };
    const tasks: DfTask[] = ranges.map((r, t) => ({ ...r, searches: kept[t] ?? null, removedSince: at(removedSince), keep }));
    const parts = await runner.run<DfShared, DfTask, DfPartial>('distanceFragmentation', shared, tasks);
    kept = parts.map((part) => part.searches);
    const total: DfPartial = { harmonic: 0, without: new Float64Array(candidates.length), searches: null };
    for (const part of parts) {
      total.harmonic += part.harmonic;
      for (let k = 0; k < candidates.length; k++) total.without[k]! += part.without[k]!;
    }
    return total;
  };
}

/** The candidate leaving the highest DF; within TIE of it, the smallest id. A null DF ranks last. */
function best(ids: readonly string[], evaluated: number[], without: Float64Array, state: SearchState): { person: number; value: number | null } {
  const values = evaluated.map((c, k) => dfFromSum(without[k]!, state.sourcesLeft - state.isSource[c]!, state.left - 1));
  const top = values.reduce<number>((max, v) => (v !== null && v > max ? v : max), -Infinity);
  let winner = -1;
  evaluated.forEach((c, k) => {
    const v = values[k]!;
    const tied = v === null ? top === -Infinity : v >= top - TIE;
    if (tied && (winner < 0 || compareIds(ids[c]!, ids[evaluated[winner]!]!) < 0)) winner = k;
  });
  return { person: evaluated[winner]!, value: values[winner]! };
}

