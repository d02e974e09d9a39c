/**
 * The organization as every metric reads it: compressed adjacency (CSR) in typed arrays, people
 * in sorted id order, their group labels and attributes, and the rows and first/last time of
 * each tie. Ingest builds it straight from the aggregated ties (index-build.ts) — the metrics
 * never need the graphology graph, which is built only for the outputs that hand it on
 * (exports, the ties table, the HTML map). `indexGraph` also indexes a graphology graph (and
 * caches the result), so every metric accepts either.
 * The index carries the `undirected` flag (docs/input.md): it is the one place metrics learn it.
 */
import { isUndirected, type OrgGraph } from './types.js';

export interface Adjacency {
  /** Neighbours of node i are `index[offsets[i] .. offsets[i+1])`. */
  offsets: Int32Array;
  index: Int32Array;
  weight: Float64Array;
}

export interface GraphIndex {
  readonly kind: 'index';
  n: number;
  /** Directed ties. */
  m: number;
  ids: string[];
  position: Map<string, number>;
  /** Successors (out-ties). */
  out: Adjacency;
  /** Predecessors (in-ties). */
  in: Adjacency;
  /**
   * Undirected projection (docs/metrics.md#conventions): u–v when u→v or v→u, weight w(u→v) + w(v→u). For
   * undirected data it is U itself, the out-rows, whose weight is the tie's (not twice it).
   */
  und: Adjacency;
  /**
   * Undirected data, each tie held both ways (docs/input.md): out = in = und, `m` counts every tie
   * twice, and a metric counting ties must count each pair once.
   */
  undirected: boolean;
  /** Group label of each person (`null` without one); privacy pooling rewrites it in place. */
  group: (string | null)[];
  /** The other people-file columns of each person. */
  attributes: Record<string, string>[];
  /** Rows of each out-tie and its first and last time (epoch ms, NaN without), aligned with `out.index`. */
  tieRows: Float64Array;
  tieFirst: Float64Array;
  tieLast: Float64Array;
}

/** What a metric accepts: the index itself, or a graphology graph to index. */
export type GraphSource = OrgGraph | GraphIndex;

const cache = new WeakMap<OrgGraph, GraphIndex>();

/** Records that `index` describes `graph` (a graph built from that index). */
export function rememberIndex(graph: OrgGraph, index: GraphIndex): void {
  cache.set(graph, index);
}

export function indexGraph(source: GraphSource): GraphIndex {
  if ((source as GraphIndex).kind === 'index') return source as GraphIndex;
  const graph = source as OrgGraph;
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
  const rows = new Float64Array(m);
  const first = new Float64Array(m);
  const last = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_edge, attr, s, t) => {
    src[e] = position.get(s)!;
    dst[e] = position.get(t)!;
    w[e] = attr.weight;
    rows[e] = attr.count;
    first[e] = attr.first ?? NaN;
    last[e] = attr.last ?? NaN;
    e++;
  });
  const { adjacency: out, order } = toAdjacency(n, src, dst, w);
  const both = isUndirected(graph);
  const inn = both ? out : toAdjacency(n, dst, src, w).adjacency;
  const index: GraphIndex = {
    kind: 'index',
    n,
    m,
    ids,
    position,
    out,
    in: inn,
    und: both ? out : undirected(n, out, inn),
    undirected: both,
    group: ids.map((id) => graph.getNodeAttribute(id, 'group') ?? null),
    attributes: ids.map((id) => graph.getNodeAttribute(id, 'attributes') ?? {}),
    tieRows: permute(rows, order),
    tieFirst: permute(first, order),
    tieLast: permute(last, order),
  };
  cache.set(graph, index);
  return index;
}

export interface IndexPeople {
  ids: string[];
  position: Map<string, number>;
  group: (string | null)[];
  attributes: Record<string, string>[];
}

/**
 * An index from its people and its out-ties (`from[e] → to[e]`, weight and rows), in any order:
 * in-ties and the undirected projection derived, times unknown (NaN). Undirected data brings
 * each tie both ways. For the indexes made after ingest: a window's, a JSON report's.
 */
export function indexOfTies(people: IndexPeople, from: Int32Array, to: Int32Array, weight: Float64Array, rows: Float64Array, both: boolean): GraphIndex {
  const n = people.ids.length;
  const m = from.length;
  const { adjacency: out, order } = toAdjacency(n, from, to, weight);
  const inn = both ? out : toAdjacency(n, to, from, weight).adjacency;
  const tieRows = new Float64Array(m);
  for (let p = 0; p < m; p++) tieRows[p] = rows[order[p]!]!;
  return {
    kind: 'index',
    n,
    m,
    ...people,
    out,
    in: inn,
    und: both ? out : undirected(n, out, inn),
    undirected: both,
    tieRows,
    tieFirst: new Float64Array(m).fill(Number.NaN),
    tieLast: new Float64Array(m).fill(Number.NaN),
  };
}

/** `values` rearranged so that entry p is the value of tie order[p]. */
function permute(values: Float64Array, order: Int32Array): Float64Array {
  return Float64Array.from(order, (t) => values[t]!);
}

/** Ties as CSR rows sorted by neighbour; `order[p]` is the tie (input position) at entry p. */
export function toAdjacency(n: number, from: Int32Array, to: Int32Array, w: Float64Array): { adjacency: Adjacency; order: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) offsets[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const index = new Int32Array(from.length);
  const weight = new Float64Array(from.length);
  const order = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const p = fill[from[e]!]!++;
    index[p] = to[e]!;
    weight[p] = w[e]!;
    order[p] = e;
  }
  sortRows(offsets, index, weight, order);
  return { adjacency: { offsets, index, weight }, order };
}

/**
 * Sorts each row by neighbour index, so every traversal order is deterministic. Ties arrive
 * sorted by (source, target) from ingest, which leaves every row sorted already: then this
 * only checks.
 */
function sortRows(offsets: Int32Array, index: Int32Array, weight: Float64Array, order: Int32Array): void {
  const n = offsets.length - 1;
  for (let i = 0; i < n; i++) {
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    let sorted = true;
    for (let p = a + 1; p < b && sorted; p++) sorted = index[p - 1]! < index[p]!;
    if (sorted) continue;
    const entries: [number, number, number][] = [];
    for (let p = a; p < b; p++) entries.push([index[p]!, weight[p]!, order[p]!]);
    entries.sort((x, y) => x[0] - y[0]);
    entries.forEach(([j, v, t], k) => {
      index[a + k] = j;
      weight[a + k] = v;
      order[a + k] = t;
    });
  }
}

/** Merges the sorted out- and in-rows of each node into its undirected row. */
export function undirected(n: number, out: Adjacency, inn: Adjacency): Adjacency {
  const offsets = new Int32Array(n + 1);
  const capacity = out.index.length + inn.index.length;
  const index = new Int32Array(capacity);
  const weight = new Float64Array(capacity);
  let length = 0;
  const push = (j: number, w: number) => {
    index[length] = j;
    weight[length++] = w;
  };
  for (let i = 0; i < n; i++) {
    let p = out.offsets[i]!;
    const pe = out.offsets[i + 1]!;
    let q = inn.offsets[i]!;
    const qe = inn.offsets[i + 1]!;
    while (p < pe || q < qe) {
      const a = p < pe ? out.index[p]! : Infinity;
      const b = q < qe ? inn.index[q]! : Infinity;
      if (a === b) push(a, out.weight[p++]! + inn.weight[q++]!);
      else if (a < b) push(a, out.weight[p++]!);
      else push(b, inn.weight[q++]!);
    }
    offsets[i + 1] = length;
  }
  return { offsets, index: index.slice(0, length), weight: weight.slice(0, length) };
}
