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
const id = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('=sum', '-x', '+1', '@me', 'a,b', 'a;b', 'a\tb', 'a|b', 'say "hi"', 'line\nbreak', 'ana'));

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

describe('the ties table written directly = cell by cell', () => {
  it('on any ids, weights, times, direction and CSV style', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 8 }), fc.array(tie, { maxLength: 30 }), fc.boolean(), style, (ids, ties, undirected, csv) => {
        const graph = graphOf(ids, ties, undirected);
        const index = indexGraph(graph);
        const { columns, rows } = tableData(sampleReport(), index, 'ties');
        const line = (cells: readonly (string | number | boolean | null)[]) => cells.map((c) => csvCell(c, csv)).join(csv.delimiter) + '\r\n';
        const expected = (csv.bom ? '\ufeff' : '') + [columns, ...rows].map(line).join('');
        expect(textOf(renderCsv({ report: sampleReport(), graph, index }, renderContext({ table: 'ties', csv })))).toBe(expected);
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });
});
