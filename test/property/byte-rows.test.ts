/**
 * The byte reader of the plainest rows (src/core/ingest/csv/byte-rows.ts) against csv-parse, the
 * parser of record: on random interaction files — ids with spaces, accents and digits, weights
 * with signs, exponents, decimal commas and zeros, timestamps in every accepted form and some
 * invalid ones, wrong field counts, blank lines, CRLF — cut into chunks anywhere, reading with
 * the fast paths gives the same ids, ties, timeline, counts, warnings and errors as reading every
 * row through csv-parse, strict or lenient, directed, reversed or undirected.
 */
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInteractions } from '../../src/core/ingest/layouts/interactions.js';
import { DEFAULT_OPTIONS, type InputOptions } from '../../src/core/model/options.js';

const IDS = ['a', 'b', 'A', 'é', '李', 'x y', ' a', 'a ', '1', '01', 'a\u00a0', 'Ωz'];
const WEIGHTS = ['', '1', '2.5', '.5', '5.', '0', '0.0', '+1', '1e2', '1,5', 'abc', '007', '1.2.3', '12345678901234567', ' 1', '0.1', '3.14159'];
const TIMES = [
  '', '2024-01-01', '2024-01-01T09:30', '2024-01-01T09:30:00Z', '2024-01-01 09:30:00.250', '2024-01-01t09:30:00.25z',
  '2024-02-30T00:00:00Z', '2024-02-29T23:59:59Z', '2023-02-29', '2024-01-01T24:00:00Z', '2024-01-01T09:30:00+01:00',
  '1700000000', '2024-01-01Z', '2024-13-01', ' 2024-01-01', '2024-01-01T09:60', '0099-12-31T00:00:00Z',
];
const HEADERS = [
  { names: ['source', 'target', 'weight', 'timestamp'], d: ',' },
  { names: ['from', 'to', 'weight', 'time'], d: ';' },
  { names: ['source', 'target'], d: ',' },
  { names: ['timestamp', 'weight', 'extra', 'target', 'source'], d: '\t' },
  { names: ['target', 'source', 'timestamp', 'weight'], d: '|' },
  // Forced delimiters that the weight and time cells may hold themselves.
  { names: ['source', 'target', 'weight', 'timestamp'], d: ' ', force: true },
  { names: ['source', 'target', 'timestamp'], d: ':', force: true },
  { names: ['source', 'target', 'weight'], d: '.', force: true },
  { names: ['source', 'target', 'timestamp'], d: '-', force: true },
] as { names: string[]; d: string; force?: boolean }[];

const cellOf = (name: string) => {
  if (['source', 'target', 'from', 'to'].includes(name)) return fc.constantFrom(...IDS);
  if (name === 'weight') return fc.constantFrom(...WEIGHTS);
  if (name === 'timestamp' || name === 'time') return fc.constantFrom(...TIMES);
  return fc.constantFrom('', 'x', 'é');
};

const file = fc.integer({ min: 0, max: HEADERS.length - 1 }).chain((h) => {
  const { names, d, force } = HEADERS[h]!;
  const row = fc.tuple(fc.tuple(...names.map(cellOf)), fc.constantFrom('keep', 'keep', 'keep', 'drop', 'add', 'blank'));
  return fc.record({
    header: fc.constant(names.join(d)),
    d: fc.constant(d),
    force: fc.constant(force === true),
    rows: fc.array(row, { maxLength: 40 }),
    crlf: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 5 }),
  });
});

function textOf(f: { header: string; d: string; rows: [string[], string][]; crlf: boolean }): string {
  const lines = f.rows.map(([cells, shape]) => {
    if (shape === 'blank') return '';
    if (shape === 'drop') return cells.slice(1).join(f.d);
    if (shape === 'add') return [...cells, 'x'].join(f.d);
    return cells.join(f.d);
  });
  return [f.header, ...lines].join(f.crlf ? '\r\n' : '\n') + '\n';
}

function chunks(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    if (p > at) parts.push(bytes.subarray(at, p));
    at = Math.max(at, p);
  }
  return parts;
}

async function read(parts: Buffer[], options: InputOptions, fastPath: boolean) {
  const timeline: number[][] = [];
  const rejects: unknown[] = [];
  const sink = { add: (...a: number[]) => void timeline.push(a), addEvent: () => undefined };
  try {
    const r = await readInteractions(Readable.from(parts), 'in.csv', options, { timeline: sink, onReject: (x) => void rejects.push(x), fastPath });
    const ties = r.ties;
    const tieList = Array.from({ length: ties.size }, (_, t) => [ties.source[t], ties.target[t], ties.weight[t], ties.rows[t], ties.first[t], ties.last[t]]);
    return { ids: r.ids, tieList, meta: r.meta, warnings: r.warnings, timeline, rejects, hasTime: r.hasTime };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), rejects };
  }
}

describe('byte reader = csv-parse', () => {
  it('the same ids, ties, timeline, counts and problems on any file, chunked anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), fc.boolean(), fc.boolean(), async (f, lenient, reverse, undirected) => {
        const parts = chunks(Buffer.from(textOf(f), 'utf8'), f.cuts);
        const options: InputOptions = { ...DEFAULT_OPTIONS, lenient, reverse, undirected, ...(f.force ? { delimiter: f.d } : {}) };
        expect(await read(parts, options, true)).toEqual(await read(parts, options, false));
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });

  it('plain rows are taken by the byte reader and give exactly the figures worked by hand', async () => {
    // a→b twice (weights 1 and 2.5 = 3.5, first 09:30, last 10:00:00.250), b→a once (0.5).
    const text = 'source,target,weight,timestamp\na,b,1,2024-01-01T09:30:00Z\nb,a,.5,2024-01-02\na,b,2.5,2024-01-01T10:00:00.250Z\n';
    const r = await read([Buffer.from(text)], DEFAULT_OPTIONS, true);
    const t0930 = Date.UTC(2024, 0, 1, 9, 30);
    expect('tieList' in r && r.tieList).toEqual([
      [0, 1, 3.5, 2, t0930, Date.UTC(2024, 0, 1, 10, 0, 0, 250)],
      [1, 0, 0.5, 1, Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 2)],
    ]);
  });
});
