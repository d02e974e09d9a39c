/**
 * Compressed adjacency (CSR) of an OrgGraph in typed arrays, for the path-based kernels
 * (betweenness, closeness, articulation points) that visit every edge n times.
 * Node i is the i-th node of the graph (sorted id order). Built once per graph and cached.
 * The index carries the graph's `undirected` flag: it is the one place metrics learn it.
 */
import { isUndirected, type OrgGraph } from './types.js';

export interface Adjacency {
  /** Neighbours of node i are `index[offsets[i] .. offsets[i+1])`. */
  offsets: Int32Array;
  index: Int32Array;
  weight: Float64Array;
}

export interface GraphIndex {
  n: number;
  ids: string[];
  position: Map<string, number>;
  /** Successors (out-ties). */
  out: Adjacency;
  /** Predecessors (in-ties). */
  in: Adjacency;
  /**
   * Undirected projection (SPEC §3): u–v when u→v or v→u, weight w(u→v) + w(v→u). For
   * undirected data it is U itself, the out-rows, whose weight is the tie's (not twice it).
   */
  und: Adjacency;
  /**
   * The graph holds undirected data, each tie both ways (SPEC §2.4): out = in = und, every tie is
   * in two rows, and a metric counting ties must count each pair once.
   */
  undirected: boolean;
}

const cache = new WeakMap<OrgGraph, GraphIndex>();

export function indexGraph(graph: OrgGraph): GraphIndex {
  const cached = cache.get(graph);
  if (cached) return cached;
  const ids = graph.nodes();
  const n = ids.length;
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));

  const m = graph.size;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const w = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_edge, attr, s, t) => {
    src[e] = position.get(s)!;
    dst[e] = position.get(t)!;
    w[e] = attr.weight;
    e++;
  });

  const out = toAdjacency(n, src, dst, w);
  const both = isUndirected(graph);
  const inn = both ? out : toAdjacency(n, dst, src, w);
  const und = both ? out : undirected(n, out, inn);
  const index: GraphIndex = { n, ids, position, out, in: inn, und, undirected: both };
  cache.set(graph, index);
  return index;
}

function toAdjacency(n: number, from: Int32Array, to: Int32Array, w: Float64Array): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) offsets[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const index = new Int32Array(from.length);
  const weight = new Float64Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const p = fill[from[e]!]!++;
    index[p] = to[e]!;
    weight[p] = w[e]!;
  }
  sortRows(offsets, index, weight);
  return { offsets, index, weight };
}

/** Sorts each row by neighbour index, so every traversal order is deterministic. */
function sortRows(offsets: Int32Array, index: Int32Array, weight: Float64Array): void {
  const n = offsets.length - 1;
  for (let i = 0; i < n; i++) {
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    if (b - a < 2) continue;
    const pairs: [number, number][] = [];
    for (let p = a; p < b; p++) pairs.push([index[p]!, weight[p]!]);
    pairs.sort((x, y) => x[0] - y[0]);
    pairs.forEach(([j, v], k) => {
      index[a + k] = j;
      weight[a + k] = v;
    });
  }
}

/** Merges the sorted out- and in-rows of each node into its undirected row. */
function undirected(n: number, out: Adjacency, inn: Adjacency): Adjacency {
  const offsets = new Int32Array(n + 1);
  const index: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    let p = out.offsets[i]!;
    const pe = out.offsets[i + 1]!;
    let q = inn.offsets[i]!;
    const qe = inn.offsets[i + 1]!;
    while (p < pe || q < qe) {
      const a = p < pe ? out.index[p]! : Infinity;
      const b = q < qe ? inn.index[q]! : Infinity;
      if (a === b) {
        index.push(a);
        weight.push(out.weight[p++]! + inn.weight[q++]!);
      } else if (a < b) {
        index.push(a);
        weight.push(out.weight[p++]!);
      } else {
        index.push(b);
        weight.push(inn.weight[q++]!);
      }
    }
    offsets[i + 1] = index.length;
  }
  return { offsets, index: Int32Array.from(index), weight: Float64Array.from(weight) };
}
