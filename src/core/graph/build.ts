/**
 * Builds the OrgGraph from aggregated ties and the optional people file.
 * People are inserted in sorted id order and ties in (source, target) order, so every
 * algorithm that walks the graph sees the same order on every run and machine.
 * Undirected ties (SPEC §3) are inserted once in each direction with the tie's weight, count
 * and times, and the graph is marked `undirected`; `--min-tie-weight` judges the tie's own
 * weight and a dropped tie counts once.
 */
import { DirectedGraph } from 'graphology';
import type { Interactions, PeopleTable } from '../input/types.js';
import { compareIds } from '../ids.js';
import type { GraphAttributes, OrgGraph, PersonAttributes, TieAttributes } from './types.js';

export interface BuildResult {
  graph: OrgGraph;
  /** Ids that appear in interactions but not in the people file (0 without a people file). */
  unknownIds: number;
  /** Ties removed by `minTieWeight`. */
  tiesDropped: number;
}

export function buildGraph(interactions: Interactions, people: PeopleTable | null, minTieWeight = 0): BuildResult {
  const persons = new Map<string, PersonAttributes>();
  if (people) {
    people.ids.forEach((id, i) => {
      persons.set(id, { group: people.groups[i] ?? null, attributes: people.attributes[i] ?? {} });
    });
  }
  let unknownIds = 0;
  for (const id of interactions.ids) {
    if (!persons.has(id)) {
      persons.set(id, { group: null, attributes: {} });
      if (people) unknownIds++;
    }
  }

  const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes, GraphAttributes>({ allowSelfLoops: false });
  if (interactions.undirected) graph.setAttribute('undirected', true);
  const sorted = [...persons.keys()].sort(compareIds);
  for (const id of sorted) graph.addNode(id, persons.get(id));

  const { ties, ids } = interactions;
  const rank = new Map<string, number>();
  sorted.forEach((id, i) => rank.set(id, i));
  // Entry 2t is tie t as read, 2t + 1 the same tie the other way (undirected data only).
  const entries: number[] = [];
  let tiesDropped = 0;
  for (let t = 0; t < ties.size; t++) {
    if (ties.weight[t]! < minTieWeight) {
      tiesDropped++;
      continue;
    }
    entries.push(2 * t);
    if (interactions.undirected) entries.push(2 * t + 1);
  }
  const ends = (entry: number): [number, number] => {
    const t = entry >> 1;
    const source = rank.get(ids[ties.source[t]!]!)!;
    const target = rank.get(ids[ties.target[t]!]!)!;
    return entry & 1 ? [target, source] : [source, target];
  };
  // Keys computed once: the comparator would otherwise look up four ranks per comparison.
  const keys = Float64Array.from(entries, (entry) => {
    const [source, target] = ends(entry);
    return source * sorted.length + target;
  });
  const order = Uint32Array.from(entries, (_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  for (const i of order) {
    const entry = entries[i]!;
    const t = entry >> 1;
    const [source, target] = ends(entry);
    const first = ties.first[t]!;
    const last = ties.last[t]!;
    graph.addDirectedEdge(sorted[source]!, sorted[target]!, {
      weight: ties.weight[t]!,
      count: ties.rows[t]!,
      first: Number.isNaN(first) ? null : first,
      last: Number.isNaN(last) ? null : last,
    });
  }
  return { graph, unknownIds, tiesDropped };
}
