/**
 * Shared kernel of the hop-count path metrics (betweenness, closeness): one breadth-first
 * search per source person along out-ties on the typed-array adjacency, followed, when asked,
 * by Brandes' dependency accumulation. Running both from one search halves the work when a
 * report needs both metrics.
 *
 * Weights are strengths, never distances: every tie is one hop and the kernel never reads them.
 * Cost: Θ(n + m) memory, Θ(m) time per source.
 * Reference: U. Brandes, "A faster algorithm for betweenness centrality",
 * J. Math. Sociol. 25(2) (2001) 163–177.
 */
import type { Adjacency } from '../graph/csr.js';
import type { Runner } from '../parallel/runner.js';
import { taskRanges, type SourceRange } from '../parallel/tasks.js';

export interface PathSums {
  /** Raw (unnormalized) betweenness summed over the sources given as `accumulateFrom`. */
  dependency: Float64Array;
  /** Per searched source: people reached (itself included) and the sum of hop distances to them. */
  reached: Int32Array;
  distanceSum: Float64Array;
}

interface Workspace {
  dist: Int32Array;
  sigma: Float64Array;
  /** (1 + δ(w)) / σ(w) once w's level is summed; 0 before. */
  share: Float64Array;
  /** δ of the people of the level being summed, by position in `order`. */
  pending: Float64Array;
  /** Visit order: the BFS queue, read backwards for the accumulation. */
  order: Int32Array;
}

export interface PathOptions {
  /** Sources whose dependencies are accumulated (flag 1); null = every person. */
  accumulateFrom: Uint8Array | null;
  /** Search from every person anyway, for the distance sums closeness needs. */
  everySource: boolean;
}

/** What every task of one computation shares: the out-adjacency and the options. */
export interface PathShared extends PathOptions {
  n: number;
  offsets: Int32Array;
  index: Int32Array;
}

/** Sums over every source, one task after another (the in-process reference). */
export function pathSums(out: Adjacency, n: number, options: PathOptions): PathSums {
  const shared: PathShared = { n, offsets: out.offsets, index: out.index, ...options };
  return mergePathSums(n, taskRanges(n).map((range) => pathSumsOfRange(shared, range)));
}

/** The same sums, the tasks handed to a runner (worker threads when there are several cores). */
export async function pathSumsWith(runner: Runner, out: Adjacency, n: number, options: PathOptions): Promise<PathSums> {
  const shared: PathShared = { n, offsets: out.offsets, index: out.index, ...options };
  return mergePathSums(n, await runner.run('pathSums', shared, taskRanges(n)));
}

/** Adds partial sums in the order given. */
export function mergePathSums(n: number, parts: readonly PathSums[]): PathSums {
  const total: PathSums = { dependency: new Float64Array(n), reached: new Int32Array(n), distanceSum: new Float64Array(n) };
  for (const part of parts) {
    for (let v = 0; v < n; v++) {
      total.dependency[v]! += part.dependency[v]!;
      total.reached[v]! += part.reached[v]!;
      total.distanceSum[v]! += part.distanceSum[v]!;
    }
  }
  return total;
}

/** The kernel: searches from the sources of one range; `reached`/`distanceSum` are set for them only. */
export function pathSumsOfRange(shared: PathShared, range: SourceRange): PathSums {
  const { n, accumulateFrom, everySource } = shared;
  const out: Adjacency = { offsets: shared.offsets, index: shared.index, weight: new Float64Array(0) };
  const ws: Workspace = {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    share: new Float64Array(n),
    pending: new Float64Array(n),
    order: new Int32Array(n),
  };
  const sums: PathSums = {
    dependency: new Float64Array(n),
    reached: new Int32Array(n),
    distanceSum: new Float64Array(n),
  };
  for (let s = range.from; s < range.to; s++) {
    const wanted = accumulateFrom === null || accumulateFrom[s] === 1;
    if (!wanted && !everySource) continue;
    const count = search(out, s, ws);
    sums.reached[s] = count;
    sums.distanceSum[s] = distanceTotal(ws, count);
    if (wanted) accumulate(out, count, ws, sums.dependency);
    reset(ws, count);
  }
  return sums;
}

/** BFS from s counting shortest paths; returns how many people were reached. */
function search(out: Adjacency, s: number, ws: Workspace): number {
  const { offsets, index } = out;
  const { dist, sigma, order } = ws;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const next = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const w = index[p]!;
      let dw = dist[w]!;
      if (dw < 0) {
        dist[w] = dw = next;
        order[tail++] = w;
      }
      if (dw === next) sigma[w]! += sv;
    }
  }
  return tail;
}

/**
 * Brandes' back-propagation, pulled from successors, one BFS level at a time from the deepest:
 * δ(v) = σ(v) Σ_{w: d(w)=d(v)+1} share(w), with share(w) = (1 + δ(w)) / σ(w).
 * A successor of v lies at most one level deeper, and share is still 0 for every level not yet
 * finished, so the per-tie loop needs no distance test: it just adds share(w). A level's shares
 * are written only after the whole level is summed, since people of one level may be tied.
 * The source itself (order[0]) takes no dependency.
 */
function accumulate(out: Adjacency, count: number, ws: Workspace, dependency: Float64Array): void {
  const { offsets, index } = out;
  const { dist, sigma, share, order, pending } = ws;
  let end = count;
  while (end > 1) {
    const level = dist[order[end - 1]!]!;
    let start = end - 1;
    while (start > 1 && dist[order[start - 1]!] === level) start--;
    for (let i = start; i < end; i++) {
      const v = order[i]!;
      let sum = 0;
      for (let p = offsets[v]!, stop = offsets[v + 1]!; p < stop; p++) sum += share[index[p]!]!;
      pending[i] = sigma[v]! * sum;
    }
    for (let i = start; i < end; i++) {
      const v = order[i]!;
      dependency[v]! += pending[i]!;
      share[v] = (1 + pending[i]!) / sigma[v]!;
    }
    end = start;
  }
}

function distanceTotal(ws: Workspace, count: number): number {
  let total = 0;
  for (let i = 1; i < count; i++) total += ws.dist[ws.order[i]!]!;
  return total;
}

/** Clears only what this search touched, so a search costs O(reached), not O(n). */
function reset(ws: Workspace, count: number): void {
  for (let i = 0; i < count; i++) {
    const v = ws.order[i]!;
    ws.dist[v] = -1;
    ws.sigma[v] = 0;
    ws.share[v] = 0;
  }
}
