/**
 * Brandes' algorithm in plain TypeScript: the readable reference the WebAssembly kernel
 * (assembly/paths.ts) is held to, double for double, over the same range of sources. One
 * breadth-first search per source along out-ties, level by level — top-down, or bottom-up once
 * the level's ties outnumber `factor` to one the in-ties of the people still unreached and the
 * level holds at least n / 24 people; the unreached are then taken in index order — writing down each tie of the shortest-path DAG as it is found;
 * then, when asked, the dependencies pushed back along those ties, deepest level first and the
 * ties of a level last found first: δ(u) += σ(u) · (1 + δ(w)) / σ(w).
 * Reference: U. Brandes, "A faster algorithm for betweenness centrality",
 * J. Math. Sociol. 25(2) (2001) 163–177; S. Beamer, K. Asanović, D. Patterson,
 * "Direction-optimizing breadth-first search", SC 2012.
 */
import type { Adjacency } from '../../src/core/graph/csr.js';

export interface PathSums {
  dependency: Float64Array;
  reached: Int32Array;
  distanceSum: Float64Array;
}

interface Search {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  /** Visit order, level by level; level l at [levelStart[l], levelStart[l + 1]). */
  order: number[];
  levelStart: number[];
  /** DAG ties u → w in the order found; those out of level l at [levelTie[l], levelTie[l + 1]). */
  from: number[];
  to: number[];
  levelTie: number[];
}

/** Searches from `sources[from..to)` as the kernel does; `inn` (the in-ties) with `factor` > 0 lets levels go bottom-up. */
export function referenceBrandes(
  out: Adjacency,
  n: number,
  sources: ArrayLike<number>,
  from: number,
  to: number,
  accumulate: boolean,
  inn: Adjacency | null = null,
  factor = 0,
): PathSums {
  const sums: PathSums = { dependency: new Float64Array(n), reached: new Int32Array(n), distanceSum: new Float64Array(n) };
  for (let k = from; k < to; k++) {
    const s = sources[k]!;
    const search = searchFrom(out, inn ?? out, inn === null ? 0 : factor, n, s);
    const count = search.order.length;
    sums.reached[s] = count;
    let total = 0;
    for (let i = 1; i < count; i++) total += search.dist[search.order[i]!]!;
    sums.distanceSum[s] = total;
    if (accumulate) {
      pushBack(search);
      for (let i = 1; i < count; i++) sums.dependency[search.order[i]!]! += search.delta[search.order[i]!]!;
    }
  }
  return sums;
}

function searchFrom(out: Adjacency, inn: Adjacency, factor: number, n: number, s: number): Search {
  const degree = (a: Adjacency, v: number) => a.offsets[v + 1]! - a.offsets[v]!;
  const search: Search = {
    dist: new Int32Array(n).fill(-1), sigma: new Float64Array(n), delta: new Float64Array(n),
    order: [s], levelStart: [], from: [], to: [], levelTie: [],
  };
  const { dist, sigma, order, from, to } = search;
  dist[s] = 0;
  sigma[s] = 1;
  let frontierTies = degree(out, s);
  let unreachedTies = inn.index.length - degree(inn, s);
  for (let level = 0, first = 0; ; level++) {
    const end = order.length;
    search.levelStart.push(first);
    search.levelTie.push(from.length);
    if (first === end) break;
    let nextTies = 0;
    const reach = (w: number) => {
      dist[w] = level + 1;
      order.push(w);
      nextTies += degree(out, w);
      unreachedTies -= degree(inn, w);
    };
    if ((end - first) * 24 >= n && frontierTies * factor > unreachedTies) {
      for (let w = 0; w < n; w++) {
        if (dist[w]! >= 0) continue;
        let sw = 0;
        const before = from.length;
        for (let p = inn.offsets[w]!; p < inn.offsets[w + 1]!; p++) {
          const u = inn.index[p]!;
          if (dist[u] !== level) continue;
          sw += sigma[u]!;
          from.push(u);
          to.push(w);
        }
        if (from.length === before) continue;
        sigma[w] = sw;
        reach(w);
      }
    } else {
      for (let i = first; i < end; i++) {
        const v = order[i]!;
        for (let p = out.offsets[v]!; p < out.offsets[v + 1]!; p++) {
          const w = out.index[p]!;
          if (dist[w]! < 0) reach(w);
          if (dist[w] !== level + 1) continue;
          sigma[w]! += sigma[v]!;
          from.push(v);
          to.push(w);
        }
      }
    }
    first = end;
    frontierTies = nextTies;
  }
  return search;
}

/** Deepest level first: the level's shares, then the DAG ties out of the level above, last found first. */
function pushBack(search: Search): void {
  const { sigma, delta, order, levelStart, levelTie, from, to } = search;
  const share = new Float64Array(sigma.length);
  const levels = levelStart.length - 1;
  for (let l = levels - 2; l >= 0; l--) {
    for (let i = levelStart[l + 1]!; i < levelStart[l + 2]!; i++) share[order[i]!] = (1 + delta[order[i]!]!) / sigma[order[i]!]!;
    for (let e = levelTie[l + 1]! - 1; e >= levelTie[l]!; e--) delta[from[e]!]! += sigma[from[e]!]! * share[to[e]!]!;
  }
}
