/**
 * Distance fragmentation (Borgatti 2006, "DF"): how far apart people are, 0 when everyone is
 * adjacent, 1 when nobody reaches anybody.
 *
 * Definition: DF = 1 − Σ_{i≠j} (1/d(i,j)) / (n(n − 1)) over ordered pairs of the n people present,
 * d the hop distance in the undirected projection, 1/∞ = 0. Σ_j 1/d(s,j) is source s's
 * harmonic sum H(s), so DF = 1 − Σ_s H(s) / (n(n − 1)).
 * Estimate: from a set of source people S, DF ≈ 1 − (1/│S│) Σ_{s∈S} H(s) / (n − 1) — the mean of
 * the sources' own DF, unbiased for S drawn uniformly; with S = everyone it is the exact value,
 * the same formula.
 * Undefined: `null` when fewer than 2 people remain, or when no source remains.
 * Weight: ignored, and so is direction.
 * networkx: 1 − `global_efficiency(U)` (which averages 1/d(i,j) over the same pairs).
 *
 * The kernel (`dfOfRange`) also answers, for each candidate c, what H(s) becomes once c leaves,
 * without a search per candidate: after one breadth-first search from s, only the people whose
 * every shortest path from s runs through c change distance, and only they are settled again
 * (df-repair.ts). The greedy key-player search asks this once per step; a task may keep its
 * sources' searches (distances and DAG parent counts) for the next step, which then only takes
 * the person chosen in between out of each search instead of searching again.
 * Cost per source: one search Θ(m) for the whole greedy search (one per step when searches are
 * not kept), plus per step and candidate Θ(Σ degree) over the people it affects — usually a
 * handful, at most one more search.
 * Removed people are masked, never deleted: `present[v] = 0` (the adjacency is shared, read-only).
 * Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
 * Computational and Mathematical Organization Theory 12 (2006) 21–34.
 */
import type { SourceRange } from '../parallel/tasks.js';
import { applyRemoval, lossWithout, REMOVED, UNREACHED, workspaceFor, type SourceView, type Workspace } from './df-repair.js';

/** What every task of one step shares: the undirected adjacency, who is present, sources, candidates. */
export interface DfShared {
  n: number;
  offsets: Int32Array;
  index: Int32Array;
  /** 1 for the people still in the network; removed people are 0. */
  present: Uint8Array;
  /** Source people (indexes); a task takes positions [from, to) of this list. */
  sources: Int32Array;
  /** People whose removal is evaluated (present ones only). */
  candidates: Int32Array;
}

/** The searches of a task's sources, source i − from at [(i − from)·n, (i − from + 1)·n). */
export interface DfSearches {
  dist: Int32Array;
  parents: Int32Array;
  /** Σ 1/d of each source. */
  harmonic: Float64Array;
}

export interface DfTask extends SourceRange {
  /** The task's searches from the step before (null: search from scratch). */
  searches: DfSearches | null;
  /** People removed since those searches were made, in order. */
  removedSince: Int32Array;
  /** Hand the searches back for the next step (memory: 8·n bytes per source). */
  keep: boolean;
}

export interface DfPartial {
  /** Σ H(s) over the task's present sources. */
  harmonic: number;
  /** Per candidate: Σ H(s) without that candidate, over the task's present sources other than it. */
  without: Float64Array;
  /** The searches, brought up to date, when the task asked to keep them (the arrays handed in, reused). */
  searches: DfSearches | null;
}

/**
 * The kernel: harmonic sums from the sources at positions [from, to), with and without each
 * candidate. Each source is searched (or brought up to date) and then evaluated at once, while
 * its distances are still in the cache.
 */
export function dfOfRange(shared: DfShared, task: DfTask): DfPartial {
  const { n, candidates, sources, present } = shared;
  const ws = workspaceFor(n);
  const count = task.to - task.from;
  const searches = task.searches ?? (task.keep ? keptSearches(n, count) : null);
  const masked = task.searches ? null : maskedDistances(present);
  const scratch = searches ? null : { dist: masked!, parents: new Int32Array(n) };
  const result: DfPartial = { harmonic: 0, without: new Float64Array(candidates.length), searches: task.keep ? searches : null };
  for (let i = 0; i < count; i++) {
    const s = sources[task.from + i]!;
    if (present[s] !== 1) continue;
    const view = scratch ?? slice(searches!, i, n);
    let h: number;
    if (task.searches) {
      h = task.searches.harmonic[i]!;
      for (const r of task.removedSince) h -= applyRemoval(shared, r, ws, view);
    } else {
      if (searches) view.dist.set(masked!);
      h = harmonicOf(view.dist, ws.order, search(shared, s, view, ws));
    }
    if (searches) searches.harmonic[i] = h;
    result.harmonic += h;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (c !== s) result.without[k]! += view.dist[c]! < 0 ? h : h - lossWithout(shared, c, ws, view);
    }
    if (scratch) clearSearch(scratch.dist, ws);
  }
  return result;
}

/**
 * Kept searches live in shared memory: the next step's task may run in another worker thread,
 * which then reads them where they are instead of receiving a copy of 8·n bytes per source.
 */
function keptSearches(n: number, count: number): DfSearches {
  const ints = (length: number) => new Int32Array(new SharedArrayBuffer(length * 4));
  return { dist: ints(n * count), parents: ints(n * count), harmonic: new Float64Array(new SharedArrayBuffer(count * 8)) };
}

function slice(searches: DfSearches, i: number, n: number): SourceView {
  return { dist: searches.dist.subarray(i * n, (i + 1) * n), parents: searches.parents.subarray(i * n, (i + 1) * n) };
}

function maskedDistances(present: Uint8Array): Int32Array {
  const dist = new Int32Array(present.length);
  for (let v = 0; v < present.length; v++) dist[v] = present[v] === 1 ? UNREACHED : REMOVED;
  return dist;
}

/** Only what the search touched goes back to UNREACHED, so a search costs O(reached), not O(n). */
function clearSearch(dist: Int32Array, ws: Workspace): void {
  for (let j = 0; j < ws.reached; j++) dist[ws.order[j]!] = UNREACHED;
}

/**
 * BFS from s over present people, level by level; counts each person's DAG parents (neighbours
 * one level nearer). A level is searched top-down — its people offer their ties — or, once it
 * outnumbers the people still unreached, bottom-up: each unreached person counts
 * their neighbours on the level (all of them, for the parent count). In a small world the last
 * levels hold most people and few remain unreached, so bottom-up reads far fewer ties there
 * (Beamer, Asanović & Patterson 2012). Distances and parent counts are the same either way;
 * within a level, `order` may differ, which nothing reads. Returns how many were reached.
 */
function search(shared: DfShared, s: number, view: SourceView, ws: Workspace): number {
  const { offsets, index, n } = shared;
  const { dist, parents } = view;
  const { order } = ws;
  dist[s] = 0;
  parents[s] = 0;
  order[0] = s;
  let levelStart = 0;
  let levelEnd = 1;
  let level = 0;
  while (levelStart < levelEnd) {
    const next = level + 1;
    let tail = levelEnd;
    // A bottom-up level reads every person's distance: only for a level of at least n / 24 people,
    // so a long thin tail after a dense core is still walked top-down (as in assembly/paths.ts).
    const size = levelEnd - levelStart;
    if (size * 24 >= n && size > n - levelEnd) {
      for (let w = 0; w < n; w++) {
        if (dist[w] !== UNREACHED) continue;
        let k = 0;
        const end = offsets[w + 1]!;
        for (let p = offsets[w]!; p < end; p++) if (dist[index[p]!] === level) k++;
        if (k === 0) continue;
        dist[w] = next;
        parents[w] = k;
        order[tail++] = w;
      }
    } else {
      for (let i = levelStart; i < levelEnd; i++) {
        const v = order[i]!;
        for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
          const w = index[p]!;
          const dw = dist[w]!;
          if (dw === UNREACHED) {
            dist[w] = next;
            parents[w] = 1;
            order[tail++] = w;
          } else if (dw === next) {
            parents[w]!++;
          }
        }
      }
    }
    levelStart = levelEnd;
    levelEnd = tail;
    level = next;
  }
  ws.reached = levelEnd;
  return levelEnd;
}

/** H(s) from the search: people are in `order` by distance, so sum count / distance level by level. */
function harmonicOf(dist: Int32Array, order: Int32Array, reached: number): number {
  let total = 0;
  let level = 0;
  let count = 0;
  for (let i = 1; i < reached; i++) {
    const d = dist[order[i]!]!;
    if (d !== level) {
      if (count > 0) total += count / level;
      level = d;
      count = 0;
    }
    count++;
  }
  return count > 0 ? total + count / level : total;
}

/** DF from a sum of harmonic sums over `sources` present sources among `people` present people. */
export function dfFromSum(harmonic: number, sources: number, people: number): number | null {
  if (people < 2 || sources === 0) return null;
  // A candidate's sum is the full sum minus what their removal takes away, so it can land a few
  // ulps below 0 when everything is taken away: DF is kept in its range [0, 1].
  return Math.min(1, Math.max(0, 1 - harmonic / (sources * (people - 1))));
}
