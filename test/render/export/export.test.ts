/**
 * The graph exports on a hand-built Analysis (test/render/fixture.ts), for what no input mode
 * produces yet: undirected data (docs/input.md `--undirected` / `--events`, read from
 * `meta.options`), held as a directed graph with each tie in both directions (docs/metrics.md#conventions).
 * Each tie must be written once, with the tie's weight, and the file must say it is undirected.
 */
import Graph, { DirectedGraph, UndirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../../src/core/analysis/analyze.js';
import { indexGraph } from '../../../src/core/graph/csr.js';
import type { OrgGraph } from '../../../src/core/graph/types.js';
import { renderGexf } from '../../../src/render/export/gexf.js';
import { renderGraphml } from '../../../src/render/export/graphml.js';
import { renderGraphologyJson } from '../../../src/render/export/graphology-json.js';
import { textOf } from '../../../src/render/output.js';
import { sampleAnalysis } from '../fixture.js';

/** ana–=cmd (weight 2, 2 rows) and =cmd–"Q, R" (weight 1), each stored in both directions. */
function undirectedAnalysis(option: Record<string, unknown>): Analysis {
  const analysis = sampleAnalysis();
  analysis.report.meta.options = { ...analysis.report.meta.options, ...option };
  const graph: OrgGraph = analysis.graph;
  for (const { source, target, attributes } of [...graph.edgeEntries()]) graph.addEdge(target, source, { ...attributes });
  // The exports read the index, as every output does: made again (from a copy: an index is kept
  // per graph) from the graph with both directions, marked undirected.
  graph.setAttribute('undirected', true);
  return { ...analysis, index: indexGraph(graph.copy() as OrgGraph) };
}

const EXPORTERS = { gexf: renderGexf, graphml: renderGraphml, json: renderGraphologyJson };
const text = (format: 'gexf' | 'graphml' | 'json', analysis: Analysis) => textOf(EXPORTERS[format](analysis) as Iterable<string>);

describe('undirected data', () => {
  for (const option of [{ undirected: true }, { events: true }]) {
    test(`${JSON.stringify(option)}: each tie once, the file says undirected`, () => {
      const analysis = undirectedAnalysis(option);
      expect(analysis.graph.size).toBe(4);
      const g = text('gexf', analysis);
      expect(g).toContain('defaultedgetype="undirected"');
      expect(g).toContain('reciprocity does not apply');
      const m = text('graphml', analysis);
      expect(m).toContain('edgedefault="undirected"');
      const j = JSON.parse(text('json', analysis)) as { options: { type: string } };
      expect(j.options.type).toBe('undirected');

      const read = [
        gexf.parse(UndirectedGraph, g),
        graphml.parse(UndirectedGraph, m),
        Graph.from(j as Parameters<typeof Graph.from>[0]),
      ];
      for (const graph of read) {
        expect(graph.type).toBe('undirected');
        // written from the smaller id: "=cmd" < "ana" and "\"Q, R\"" < "=cmd" in code-unit order
        expect(graph.mapEdges((_e, a, s, t) => [s, t, a.weight, a.count])).toEqual([['"Q, R"', '=cmd', 1, 1], ['=cmd', 'ana', 2, 2]]);
      }
    });
  }

  test('directed data stays directed, every tie as stored', () => {
    const analysis = sampleAnalysis();
    const graph = gexf.parse(DirectedGraph, text('gexf', analysis));
    expect(graph.type).toBe('directed');
    expect(graph.mapEdges((_e, a, s, t) => [s, t, a.weight, a.first ?? null])).toEqual([
      ['=cmd', '"Q, R"', 1, null],
      ['ana', '=cmd', 2, '2026-01-05T09:00:00.000Z'],
    ]);
  });

  test('a NaN that slipped into the report is left out, never written as "NaN"', () => {
    // fixture.ts: zoe's pagerank is NaN
    for (const format of ['gexf', 'graphml', 'json'] as const) expect(text(format, sampleAnalysis())).not.toMatch(/NaN/);
    const zoe = gexf.parse(DirectedGraph, text('gexf', sampleAnalysis())).getNodeAttributes('zoe');
    expect(zoe.pagerank).toBeUndefined();
    expect(zoe.betweenness).toBe(0);
  });
});
