/**
 * Small graph builders for the group tests: an OrgGraph from an edge list, and the shared
 * datasets read with a plain comma split (they hold no quoted field), self-loops dropped and
 * weights summed, as docs/input.md#interactions-required---reads-standard-input says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirectedGraph } from 'graphology';
import { compareIds } from '../../src/core/base/ids.js';
import type { OrgGraph, PersonAttributes, TieAttributes } from '../../src/core/graph/types.js';

export type Edge = [source: string, target: string, weight?: number];

/** People are inserted sorted (as ingest does); ties in the order given. */
export function orgGraph(edges: readonly Edge[], groups: Record<string, string | null> = {}): OrgGraph {
  const ids = new Set(Object.keys(groups));
  for (const [s, t] of edges) ids.add(s).add(t);
  const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes>({ allowSelfLoops: false });
  for (const id of [...ids].sort(compareIds)) graph.addNode(id, { group: groups[id] ?? null, attributes: {} });
  for (const [s, t, w = 1] of edges) {
    if (graph.hasEdge(s, t)) graph.updateEdgeAttribute(s, t, 'weight', (x) => (x ?? 0) + w);
    else graph.addDirectedEdge(s, t, { weight: w, count: 1, first: null, last: null });
  }
  return graph;
}

export { DATASETS, HAS_DATASETS } from './datasets.js';

function rows(file: string): string[][] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  return lines.map((l) => l.split(','));
}

export interface Dataset {
  edges: Edge[];
  people: Record<string, Record<string, string>>;
}

/** A data set's people and ties; empty when the shared data sets are absent (those tests are skipped). */
export function readDataset(folder: string): Dataset {
  if (!existsSync(folder)) return { edges: [], people: {} };
  const [header = [], ...people] = rows(join(folder, 'people.csv'));
  const byId: Record<string, Record<string, string>> = {};
  for (const cells of people) byId[cells[0]!] = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  const [head = [], ...ties] = rows(join(folder, 'interactions.csv'));
  const col = (name: string) => head.indexOf(name);
  const edges: Edge[] = ties
    .map((c): Edge => [c[col('source')]!, c[col('target')]!, col('weight') < 0 ? 1 : Number(c[col('weight')])])
    .filter(([s, t]) => s !== t);
  return { edges, people: byId };
}

/** The dataset's graph with `attribute` (default department) as the group. */
export function datasetGraph(data: Dataset, attribute = 'department', edges: readonly Edge[] = data.edges): OrgGraph {
  const groups: Record<string, string | null> = {};
  for (const [id, attrs] of Object.entries(data.people)) groups[id] = attrs[attribute] || null;
  return orgGraph(edges, groups);
}

function fixture(name: string): Dataset {
  return readDataset(fileURLToPath(new URL(`../../fixtures/graphs/groups/${name}`, import.meta.url)));
}

/** A fixture under fixtures/graphs/groups, department as the group. */
export function fixtureGraph(name: string): OrgGraph {
  return datasetGraph(fixture(name));
}
