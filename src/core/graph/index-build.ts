/**
 * The GraphIndex straight from ingest (docs/metrics.md#conventions): people from the people file and the
 * interactions in sorted id order, one tie per ordered pair with its weight, rows and first/last
 * time, ties sorted by (source, target) so every CSR row comes out sorted. No graphology graph is
 * built here: at a million ties building one takes longer than every metric together, and only
 * some outputs need it — `lazyGraph` builds it for them, once, on first use.
 * Undirected ties (docs/input.md, docs/metrics.md#conventions) are held once in each direction with the tie's weight, rows and
 * times, and the index is marked `undirected`; `--min-tie-weight` judges the tie's own weight and
 * a dropped tie counts once. The graph built from such an index carries the mark too.
 */
import { DirectedGraph } from 'graphology';
import type { Interactions, PeopleTable } from '../model/ingest.js';
import { rememberIndex, toAdjacency, undirected, type GraphIndex } from './csr.js';
import type { GraphAttributes, OrgGraph, PersonAttributes, TieAttributes } from './types.js';

export interface IndexResult {
  index: GraphIndex;
  /** Ids that appear in interactions but not in the people file (0 without a people file). */
  unknownIds: number;
  /** Ties removed by `minTieWeight`. */
  tiesDropped: number;
  /**
   * Where each ingest tie sits among the index's out-ties (its CSR position), −1 when dropped:
   * entry t for tie t, or undirected entries 2t and 2t + 1 for the tie both ways. The windows
   * (analysis/windows/) sum their rows per tie through it.
   */
  tieEntries: Int32Array;
}

export function buildIndex(interactions: Interactions, people: PeopleTable | null, minTieWeight = 0): IndexResult {
  // Everyone: the people file's ids, then the ids only the interactions name. One Map over the
  // people file and one over the sorted ids; at a million ids every extra pass costs a second.
  const all = people ? [...people.ids] : [];
  const inPeople = people ? new Set(people.ids) : null;
  let unknownIds = 0;
  for (const id of interactions.ids) {
    if (inPeople?.has(id)) continue;
    all.push(id);
    if (people) unknownIds++;
  }
  // The default sort compares strings by UTF-16 code units — compareIds's order — without calling
  // back into JavaScript for each comparison (a million ids sort in a fraction of the time).
  const ids = all.sort();
  const n = ids.length;
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++) position.set(ids[i]!, i);
  const group = new Array<string | null>(n).fill(null);
  const attributes: Record<string, string>[] = Array.from({ length: n }, () => ({}));
  people?.ids.forEach((id, k) => {
    const i = position.get(id)!;
    group[i] = people.groups[k] ?? null;
    attributes[i] = people.attributes[k] ?? {};
  });

  const { ties } = interactions;
  const both = interactions.undirected;
  const rankOf = Int32Array.from(interactions.ids, (id) => position.get(id)!);
  // Sorted by (source rank, target rank) in two stable counting passes, O(n + m): by target,
  // then by source. A comparison sort of a million ties took seconds. Every array is read in
  // order and written at random: each pass carries what the next reads (the other end, which
  // tie it is) in the slot it writes, and the tie's fields go to their sorted place last. At a
  // million ties nearly every access at random misses the cache, and a load waits for memory
  // where a store does not: reading the values back at their sorted positions cost twice as much.
  // Entry t is tie t; undirected, entry 2t is tie t as read and 2t + 1 the same tie the other way.
  const entries = both ? 2 * ties.size : ties.size;
  const byTarget = new Int32Array(n + 1);
  let tiesDropped = 0;
  for (let t = 0; t < ties.size; t++) {
    if (ties.weight[t]! < minTieWeight) {
      tiesDropped++;
      continue;
    }
    byTarget[rankOf[ties.target[t]!]! + 1]!++;
    if (both) byTarget[rankOf[ties.source[t]!]! + 1]!++;
  }
  const m = entries - (both ? 2 : 1) * tiesDropped;
  for (let k = 0; k < n; k++) byTarget[k + 1]! += byTarget[k]!;
  // First pass, by target: (source, target, entry) triples.
  const first = new Int32Array(3 * m);
  const bySource = new Int32Array(n + 1);
  const place = (a: number, b: number, entry: number) => {
    const at = 3 * byTarget[b]!++;
    first[at] = a;
    first[at + 1] = b;
    first[at + 2] = entry;
    bySource[a + 1]!++;
  };
  for (let t = 0; t < ties.size; t++) {
    if (ties.weight[t]! < minTieWeight) continue;
    const a = rankOf[ties.source[t]!]!;
    const b = rankOf[ties.target[t]!]!;
    if (!both) place(a, b, t);
    else {
      place(a, b, 2 * t);
      place(b, a, 2 * t + 1);
    }
  }
  for (let k = 0; k < n; k++) bySource[k + 1]! += bySource[k]!;
  // Second pass, by source, stable: every target in its row, in order.
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  // Where each entry ends up: the tie's fields are written there, in tie order.
  const placed = new Int32Array(entries).fill(-1);
  for (let i = 0; i < 3 * m; i += 3) {
    const a = first[i]!;
    const at = bySource[a]!++;
    from[at] = a;
    to[at] = first[i + 1]!;
    placed[first[i + 2]!] = at;
  }
  // Plain loops: a typed array's from() with a mapping function calls it per element, which at
  // a million ties and six arrays cost a second.
  const weight = new Float64Array(m);
  const tieRows = new Float64Array(m);
  const tieFirst = new Float64Array(m);
  const tieLast = new Float64Array(m);
  for (let t = 0; t < ties.size; t++) {
    if (ties.weight[t]! < minTieWeight) continue;
    const w = ties.weight[t]!;
    const rows = ties.rows[t]!;
    const firstTime = ties.first[t]!;
    const lastTime = ties.last[t]!;
    for (let e = both ? 2 * t : t, stop = both ? e + 2 : e + 1; e < stop; e++) {
      const at = placed[e]!;
      weight[at] = w;
      tieRows[at] = rows;
      tieFirst[at] = firstTime;
      tieLast[at] = lastTime;
    }
  }
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
    group,
    attributes,
    tieRows,
    tieFirst,
    tieLast,
  };
  return { index, unknownIds, tiesDropped, tieEntries: placed };
}

/** The graphology DirectedGraph of an index (docs/metrics.md#conventions), built on first call and kept. */
export function lazyGraph(index: GraphIndex): () => OrgGraph {
  let graph: OrgGraph | null = null;
  return () => (graph ??= toGraph(index));
}

function toGraph(index: GraphIndex): OrgGraph {
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
