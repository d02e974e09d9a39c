/**
 * Brandes' algorithm in plain TypeScript: the readable reference the WebAssembly kernel
 * (assembly/paths.ts) is held to, double for double, over the same range of sources. One
 * breadth-first search per source along out-ties, level by level — top-down, or bottom-up once
 * the level outnumbers `factor` to one the people still unreached and holds at least n / 24
 * people; the unreached are then taken in index order — writing down each tie of the
 * shortest-path DAG as it is found;
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
  /** Whether the ties out of level l were found bottom-up. */
  levelUp: boolean[];
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
    if (accumulate) sumBack(out, search, sums.dependency);
  }
  return sums;
}

function searchFrom(out: Adjacency, inn: Adjacency, factor: number, n: number, s: number): Search {
  const search: Search = {
    dist: new Int32Array(n).fill(-1), sigma: new Float64Array(n), delta: new Float64Array(n),
    order: [s], levelStart: [], from: [], to: [], levelTie: [], levelUp: [],
  };
  const { dist, sigma, order, from, to } = search;
  dist[s] = 0;
  sigma[s] = 1;
  for (let level = 0, first = 0; ; level++) {
    const end = order.length;
    search.levelStart.push(first);
    search.levelTie.push(from.length);
    if (first === end) break;
    const reach = (w: number) => {
      dist[w] = level + 1;
      order.push(w);
    };
    const up = (end - first) * 24 >= n && (end - first) * factor > n - end;
    search.levelUp.push(up);
    if (up) {
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
  }
  return search;
}

/**
 * Deepest level first, each person's dependency d and share (1 + d) / σ once the level below is
 * done, the level's people last first. The DAG ties out of a level found top-down: d(v) = σ(v)
 * times the shares of v's out-neighbours one level below, summed in row order. Found bottom-up: first pushed back, last found first,
 * δ(u) += σ(u) · share(w), and d(v) = δ(v).
 */
function sumBack(out: Adjacency, search: Search, dependency: Float64Array): void {
  const { sigma, delta, order, levelStart, levelTie, levelUp, from, to } = search;
  const share = new Float64Array(sigma.length);
  const levels = levelStart.length - 1;
  for (let l = levels - 1; l >= 0; l--) {
    const up = l < levels - 1 && levelUp[l]!;
    if (up) for (let e = levelTie[l + 1]! - 1; e >= levelTie[l]!; e--) delta[from[e]!]! += sigma[from[e]!]! * share[to[e]!]!;
    for (let i = levelStart[l + 1]! - 1; i >= Math.max(levelStart[l]!, 1); i--) {
      const v = order[i]!;
      let d = 0;
      if (up) d = delta[v]!;
      else if (l < levels - 1) {
        let sum = 0;
        for (let p = out.offsets[v]!; p < out.offsets[v + 1]!; p++) if (search.dist[out.index[p]!] === l + 1) sum += share[out.index[p]!]!;
        d = sigma[v]! * sum;
      }
      dependency[v]! += d;
      share[v] = (1 + d) / sigma[v]!;
    }
  }
}
