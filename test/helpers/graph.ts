/**
 * Builds an OrgGraph from an edge list, the way ingest does (src/core/graph/index-build.ts): people inserted in sorted
 * id order, ties in (source, target) order, weights of repeated pairs summed, self-loops dropped.
 * Extra ids in `people` become isolates.
 */
import { DirectedGraph } from 'graphology';
import { compareIds } from '../../src/core/base/ids.js';
import type { OrgGraph, PersonAttributes, TieAttributes } from '../../src/core/graph/types.js';

/** `[source, target]` (weight 1) or `[source, target, weight]`. */
export type EdgeSpec = readonly [string, string] | readonly [string, string, number];

export function graphFromEdges(edges: readonly EdgeSpec[], people: readonly string[] = []): OrgGraph {
  const weights = new Map<string, { source: string; target: string; weight: number; count: number }>();
  const ids = new Set<string>(people);
  for (const [source, target, weight = 1] of edges) {
    ids.add(source);
    ids.add(target);
    if (source === target) continue;
    const key = JSON.stringify([source, target]);
    const tie = weights.get(key) ?? { source, target, weight: 0, count: 0 };
    tie.weight += weight;
    tie.count += 1;
    weights.set(key, tie);
  }
  const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes>({ allowSelfLoops: false });
  for (const id of [...ids].sort(compareIds)) graph.addNode(id, { group: null, attributes: {} });
  const ties = [...weights.values()].sort(
    (a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target),
  );
  for (const t of ties) {
    graph.addDirectedEdge(t.source, t.target, { weight: t.weight, count: t.count, first: null, last: null });
  }
  return graph;
}

/** Parses a `source,target,weight` CSV (header first) into an edge list. */
export function edgesFromCsv(text: string): EdgeSpec[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.slice(1).map((line) => {
    const [source = '', target = '', weight] = line.split(',').map((cell) => cell.trim());
    return weight === undefined || weight === '' ? [source, target] : [source, target, Number(weight)];
  });
}
