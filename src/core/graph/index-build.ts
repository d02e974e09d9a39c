/**
 * The GraphIndex straight from ingest (SPEC §3): people from the people file and the
 * interactions in sorted id order, one tie per ordered pair with its weight, rows and first/last
 * time, ties sorted by (source, target) so every CSR row comes out sorted. No graphology graph is
 * built here: at a million ties building one takes longer than every metric together, and only
 * some outputs need it — `lazyGraph` builds it for them, once, on first use.
 * Undirected ties (SPEC §2.4, §3) are held once in each direction with the tie's weight, rows and
 * times, and the index is marked `undirected`; `--min-tie-weight` judges the tie's own weight and
 * a dropped tie counts once. The graph built from such an index carries the mark too.
 */
import { DirectedGraph } from 'graphology';
import type { Interactions, PeopleTable } from '../input/types.js';
import { rememberIndex, toAdjacency, undirected, type GraphIndex } from './csr.js';
import type { GraphAttributes, OrgGraph, PersonAttributes, TieAttributes } from './types.js';

export interface IndexResult {
  index: GraphIndex;
  /** Ids that appear in interactions but not in the people file (0 without a people file). */
  unknownIds: number;
  /** Ties removed by `minTieWeight`. */
  tiesDropped: number;
}

export function buildIndex(interactions: Interactions, people: PeopleTable | null, minTieWeight = 0): IndexResult {
  const persons = new Map<string, { group: string | null; attributes: Record<string, string> }>();
  people?.ids.forEach((id, i) => persons.set(id, { group: people.groups[i] ?? null, attributes: people.attributes[i] ?? {} }));
  let unknownIds = 0;
  for (const id of interactions.ids) {
    if (persons.has(id)) continue;
    persons.set(id, { group: null, attributes: {} });
    if (people) unknownIds++;
  }
  // The default sort compares strings by UTF-16 code units — compareIds's order — without calling
  // back into JavaScript for each comparison (a million ids sort in a fraction of the time).
  const ids = [...persons.keys()].sort();
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));

  const { ties } = interactions;
  const both = interactions.undirected;
  const rankOf = Int32Array.from(interactions.ids, (id) => position.get(id)!);
  // Entry 2t is tie t as read; 2t + 1 is the same tie the other way (undirected data only).
  const kept: number[] = [];
  let tiesDropped = 0;
  for (let t = 0; t < ties.size; t++) {
    if (ties.weight[t]! < minTieWeight) {
      tiesDropped++;
      continue;
    }
    kept.push(2 * t);
    if (both) kept.push(2 * t + 1);
  }
  const n = ids.length;
  const sourceOf = (e: number) => rankOf[(e & 1 ? ties.target : ties.source)[e >> 1]!]!;
  const targetOf = (e: number) => rankOf[(e & 1 ? ties.source : ties.target)[e >> 1]!]!;
  // Sorted by (source rank, target rank) in two stable counting passes, O(n + m): by target,
  // then by source. A comparison sort of a million ties took seconds.
  const order = countingSort(countingSort(Int32Array.from(kept), targetOf, n), sourceOf, n);
  const m = order.length;
  const from = Int32Array.from(order, sourceOf);
  const to = Int32Array.from(order, targetOf);
  const weight = Float64Array.from(order, (e) => ties.weight[e >> 1]!);
  const out = toAdjacency(n, from, to, weight).adjacency;
  // Held both ways, a tie's in-row is its out-row, and U is the out-rows with the tie's weight.
  const inn = both ? out : toAdjacency(n, to, from, weight).adjacency;
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
    group: ids.map((id) => persons.get(id)!.group),
    attributes: ids.map((id) => persons.get(id)!.attributes),
    tieRows: Float64Array.from(order, (e) => ties.rows[e >> 1]!),
    tieFirst: Float64Array.from(order, (e) => ties.first[e >> 1]!),
    tieLast: Float64Array.from(order, (e) => ties.last[e >> 1]!),
  };
  return { index, unknownIds, tiesDropped };
}

/** `entries` stably sorted by `keyOf`, whose values lie in 0..range−1. */
function countingSort(entries: Int32Array, keyOf: (e: number) => number, range: number): Int32Array {
  const start = new Int32Array(range + 1);
  const keys = Int32Array.from(entries, keyOf);
  for (const k of keys) start[k + 1]!++;
  for (let k = 0; k < range; k++) start[k + 1]! += start[k]!;
  const sorted = new Int32Array(entries.length);
  for (let i = 0; i < entries.length; i++) sorted[start[keys[i]!]!++] = entries[i]!;
  return sorted;
}

/** The graphology DirectedGraph of an index (SPEC §3), built on first call and kept. */
export function lazyGraph(index: GraphIndex): () => OrgGraph {
  let graph: OrgGraph | null = null;
  return () => (graph ??= toGraph(index));
}

export function toGraph(index: GraphIndex): OrgGraph {
  const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes, GraphAttributes>({ allowSelfLoops: false });
  if (index.undirected) graph.setAttribute('undirected', true);
  index.ids.forEach((id, i) => graph.addNode(id, { group: index.group[i] ?? null, attributes: index.attributes[i] ?? {} }));
  const { offsets, index: targets, weight } = index.out;
  for (let i = 0; i < index.n; i++) {
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const first = index.tieFirst[p]!;
      const last = index.tieLast[p]!;
      graph.addDirectedEdge(index.ids[i]!, index.ids[targets[p]!]!, {
        weight: weight[p]!,
        count: index.tieRows[p]!,
        first: Number.isNaN(first) ? null : first,
        last: Number.isNaN(last) ? null : last,
      });
    }
  }
  // This index is the graph's index: indexGraph(graph) needs no second pass over it.
  rememberIndex(graph, index);
  return graph;
}
