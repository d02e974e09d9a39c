/**
 * Brandes' algorithm in plain TypeScript: the readable reference the WebAssembly kernel
 * (assembly/paths.ts) is held to, double for double, over the same range of sources. One
 * breadth-first search per source along out-ties, followed, when asked, by the dependency
 * accumulation pulled from successors one level at a time.
 * Reference: U. Brandes, "A faster algorithm for betweenness centrality",
 * J. Math. Sociol. 25(2) (2001) 163–177.
 */
import type { Adjacency } from '../../src/core/graph/csr.js';

export interface PathSums {
  dependency: Float64Array;
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

/** Searches from `sources[from..to)`, as the kernel does. */
export function referenceBrandes(out: Adjacency, n: number, sources: ArrayLike<number>, from: number, to: number, accumulate: boolean): PathSums {
  const ws: Workspace = {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    share: new Float64Array(n),
    pending: new Float64Array(n),
    order: new Int32Array(n),
  };
  const sums: PathSums = { dependency: new Float64Array(n), reached: new Int32Array(n), distanceSum: new Float64Array(n) };
  for (let k = from; k < to; k++) {
    const s = sources[k]!;
    const count = search(out, s, ws);
    sums.reached[s] = count;
    sums.distanceSum[s] = distanceTotal(ws, count);
    if (accumulate) accumulateDependencies(out, count, ws, sums.dependency);
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
function accumulateDependencies(out: Adjacency, count: number, ws: Workspace, dependency: Float64Array): void {
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
