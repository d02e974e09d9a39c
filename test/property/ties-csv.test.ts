/**
 * The ties table's direct CSV writer (src/render/csv.ts, tieChunks) against the general one:
 * the same cells through csvCell, joined by the delimiter, on any ids, weights, times and style.
 */
import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/core/graph/csr.js';
import type { OrgGraph, PersonAttributes, TieAttributes } from '../../src/core/graph/types.js';
import { tableData } from '../../src/render/columns.js';
import { renderContext, type CsvStyle } from '../../src/render/context.js';
import { csvCell, renderCsv } from '../../src/render/csv.js';
import { textOf } from '../../src/render/output.js';
import { sampleReport } from '../render/fixture.js';

const time = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
  fc.integer({ min: -8.64e15, max: 8.64e15 }), // years before 0 (-…) and after 9999 (+…)
);
const tie = fc.record({ s: fc.nat(7), t: fc.nat(7), weight: fc.double({ min: -1e6, max: 1e6, noNaN: true }), count: fc.nat(1000), first: time, last: time });
const style: fc.Arbitrary<CsvStyle> = fc.record({ delimiter: fc.constantFrom(',', ';', '\t', '|'), decimalComma: fc.boolean(), bom: fc.boolean() });
// Ids that need quoting or the formula guard under some delimiter, and plain ones.
const id = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('=sum', '-x', '+1', '@me', 'a,b', 'a;b', 'a\tb', 'a|b', 'say "hi"', 'line\nbreak', 'ana', 'a'.repeat(40), 'é'.repeat(20)));

type Tie = typeof tie extends fc.Arbitrary<infer T> ? T : never;

function graphOf(ids: string[], ties: Tie[], undirected: boolean): OrgGraph {
  const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes>();
  if (undirected) graph.setAttribute('undirected', true);
  for (const person of ids) graph.addNode(person, { group: null, attributes: {} });
  for (const { s, t, ...attributes } of ties) {
    const [a, b] = [ids[s % ids.length]!, ids[t % ids.length]!];
    if (a === b || graph.hasEdge(a, b)) continue;
    graph.addEdge(a, b, attributes);
    if (undirected) graph.addEdge(b, a, attributes);
  }
  return graph;
}

function expectedCsv(graph: OrgGraph, csv: CsvStyle): string {
  const index = indexGraph(graph);
  const { columns, rows } = tableData(sampleReport(), index, 'ties');
  const line = (cells: readonly (string | number | boolean | null)[]) => cells.map((c) => csvCell(c, csv)).join(csv.delimiter) + '\r\n';
  return (csv.bom ? '\ufeff' : '') + [columns, ...rows].map(line).join('');
}

function writtenCsv(graph: OrgGraph, csv: CsvStyle): string {
  return textOf(renderCsv({ report: sampleReport(), graph, index: indexGraph(graph) }, renderContext({ table: 'ties', csv })));
}

describe('the ties table written directly = cell by cell', () => {
  it('on any ids, weights, times, direction and CSV style', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 8 }), fc.array(tie, { maxLength: 30 }), fc.boolean(), style, (ids, ties, undirected, csv) => {
        const graph = graphOf(ids, ties, undirected);
        expect(writtenCsv(graph, csv)).toBe(expectedCsv(graph, csv));
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });

  it('over many chunks: lines of several-byte characters are never cut between two', () => {
    // 60 people with 40-byte ids, all 3,540 ties: about 400 KiB, several chunks of 64 KiB.
    const ids = Array.from({ length: 60 }, (_, k) => `${'é'.repeat(19)}${String(k).padStart(2, '0')}`);
    const ties: Tie[] = [];
    for (let s = 0; s < 60; s++) for (let t = 0; t < 60; t++) ties.push({ s, t, weight: (s * 7 + t) / 4, count: s + t, first: 1_700_000_000_000 + s * 1000, last: null });
    const graph = graphOf(ids, ties, false);
    const csv = { delimiter: ';', decimalComma: true, bom: true };
    const chunks = [...renderCsv({ report: sampleReport(), graph, index: indexGraph(graph) }, renderContext({ table: 'ties', csv }))];
    expect(chunks.length).toBeGreaterThan(4);
    expect(writtenCsv(graph, csv)).toBe(expectedCsv(graph, csv));
  });
});
