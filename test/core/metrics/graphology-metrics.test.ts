/**
 * orgnet's own kernels against graphology-metrics, an implementation written independently of
 * them (and of networkx, the reference of golden.test.ts) on the same graphology graphs: Brandes
 * betweenness, closeness, PageRank and density on every golden graph.
 *
 * Where the two libraries' conventions differ, the test says how it maps one onto the other:
 * graphology-metrics' closeness measures distances *to* a node (its inbound neighbourhood), while
 * orgnet's closeness measures distances *from* the person along out-ties (docs/metrics.md#closeness),
 * so the reference runs on the reversed graph; orgnet corrects closeness for unreachable people as
 * Wasserman and Faust do, which graphology-metrics calls `wassermanFaust`. Paths count hops, not
 * weights (docs/metrics.md#betweenness), so betweenness runs unweighted (`getEdgeWeight: null`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import graphologyCloseness from 'graphology-metrics/centrality/closeness.js';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank.js';
import { density as graphologyDensity } from 'graphology-metrics/graph/density.js';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { betweenness } from '../../../src/core/metrics/betweenness.js';
import { closeness } from '../../../src/core/metrics/closeness.js';
import { orgStructure } from '../../../src/core/analysis/org-summary.js';
import { pagerank, sourcePagerank } from '../../../src/core/metrics/pagerank.js';
import type { OrgGraph } from '../../../src/core/graph/types.js';
import { graphFromEdges } from '../../helpers/graph.js';

interface GoldenGraph {
  name: string;
  nodes: string[];
  edges: [string, string, number][];
}

const DIR = join(import.meta.dirname, '../../golden');
const graphs: GoldenGraph[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as GoldenGraph);

/** graphology-metrics returns `{ [node]: value }`; orgnet returns one value per person in index order. */
function inIndexOrder(graph: OrgGraph, values: Record<string, number>): number[] {
  return indexGraph(graph).ids.map((id) => values[id]!);
}

function reversed(graph: OrgGraph): DirectedGraph {
  const copy = new DirectedGraph();
  graph.forEachNode((node) => copy.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => copy.addDirectedEdge(target, source, { ...attributes }));
  return copy;
}

function expectAllClose(actual: readonly (number | null)[], expected: readonly number[], tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => expect(Math.abs((actual[i] ?? 0) - value), `#${i}: ${actual[i]} vs ${value}`).toBeLessThanOrEqual(tolerance));
}

describe.each(graphs)('$name (graphology-metrics)', ({ nodes, edges }) => {
  const graph = graphFromEdges(edges, nodes);

  it('betweenness: Brandes, normalized by (n−1)(n−2) on directed paths', () => {
    const expected = inIndexOrder(graph, graphologyBetweenness(graph, { normalized: true, getEdgeWeight: null }));
    expectAllClose(betweenness(graph), expected, 1e-9);
  });

  it('closeness: distances from the person = graphology-metrics on the reversed ties, Wasserman–Faust', () => {
    const expected = inIndexOrder(graph, graphologyCloseness(reversed(graph), { wassermanFaust: true }));
    expectAllClose(closeness(graph), expected, 1e-9);
  });

  it('PageRank and the go-to score (PageRank of the reversed ties), weighted, α = 0.85', () => {
    const options = { alpha: 0.85, tolerance: 1e-14, maxIterations: 10_000, getEdgeWeight: 'weight' as const };
    expectAllClose(pagerank(graph), inIndexOrder(graph, graphologyPagerank(graph, options)), 1e-8);
    expectAllClose(sourcePagerank(graph), inIndexOrder(graph, graphologyPagerank(reversed(graph), options)), 1e-8);
  });

  it('density: m / n(n−1)', () => {
    expect(orgStructure(graph).density ?? 0).toBeCloseTo(graphologyDensity(graph), 12);
  });
});
