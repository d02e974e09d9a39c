import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowBatch, TieAccumulator } from '../../../../src/core/ingest/aggregate/tie-accumulator.js';
import { seededRandom } from '../../../../src/core/base/random.js';

describe('TieAccumulator', () => {
  it('interns ids in order of first sight', () => {
    const acc = new TieAccumulator();
    expect([acc.person('b'), acc.person('a'), acc.person('b')]).toEqual([0, 1, 0]);
    expect(acc.ids).toEqual(['b', 'a']);
  });

  it('keeps first and last time, NaN without one', () => {
    const acc = new TieAccumulator();
    acc.add(0, 1, 1, NaN);
    acc.add(0, 1, 2, 50);
    acc.add(0, 1, 1, 10);
    acc.add(0, 1, 1, NaN);
    acc.add(1, 0, 1, NaN);
    const t = acc.table();
    expect([t.size, t.weight[0], t.rows[0], t.first[0], t.last[0]]).toEqual([2, 5, 4, 10, 50]);
    expect([t.first[1], t.last[1]]).toEqual([NaN, NaN]);
  });

  it('agrees with a plain Map over many ties, across table growth', () => {
    // Reference: a Map keyed by "s>t" summing weights and counting rows.
    const random = seededRandom(7);
    const acc = new TieAccumulator();
    const expected = new Map<string, { weight: number; rows: number; tie: number }>();
    for (let row = 0; row < 60_000; row++) {
      const s = Math.floor(random() * 300);
      const t = Math.floor(random() * 300);
      const w = 1 + Math.floor(random() * 4);
      const tie = acc.add(s, t, w, row);
      const e = expected.get(`${s}>${t}`) ?? { weight: 0, rows: 0, tie };
      expect(tie).toBe(e.tie);
      expected.set(`${s}>${t}`, { weight: e.weight + w, rows: e.rows + 1, tie });
    }
    const table = acc.table();
    expect(table.size).toBe(expected.size);
    for (const [key, e] of expected) {
      expect(`${table.source[e.tie]}>${table.target[e.tie]}`).toBe(key);
      expect([table.weight[e.tie], table.rows[e.tie]]).toEqual([e.weight, e.rows]);
    }
  });
});

describe('addBatch: the same ties, sums and numbers as adding the rows one by one', () => {
  type Row = [number, number, number, number];

  function oneByOne(rows: readonly Row[], undirected: boolean) {
    const acc = new TieAccumulator(undirected);
    const ties = rows.map(([s, t, w, time]) => acc.add(s, t, w, time));
    return { ties, table: acc.table() };
  }

  function batched(rows: readonly Row[], undirected: boolean, cut: number) {
    const acc = new TieAccumulator(undirected);
    const batch = new RowBatch();
    const ties: number[] = [];
    const flush = () => {
      acc.addBatch(batch);
      ties.push(...batch.tie.subarray(0, batch.count));
      batch.count = 0;
    };
    rows.forEach(([s, t, w, time], i) => {
      batch.push(s, t, w, time);
      if (batch.full || (i + 1) % cut === 0) flush();
    });
    flush();
    return { ties, table: acc.table() };
  }

  const row = fc.tuple(
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 0, max: 30 }),
    fc.constantFrom(1, 0.1, 0.7, 2.5, 1 / 3),
    fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 1e6 })),
  );

  it('on random rows, directed or not, cut into batches anywhere (fractional weights add in row order)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 400 }), fc.boolean(), fc.integer({ min: 1, max: 500 }), (rows, undirected, cut) => {
        expect(batched(rows, undirected, cut)).toEqual(oneByOne(rows, undirected));
      }),
      { numRuns: 300 },
    );
  });

  it('over several full batches that grow the table many times', () => {
    const rows: Row[] = Array.from({ length: 200_000 }, (_, i) => [(i * 7919) % 20_011, (i * 104_729 + 3) % 19_997, (i % 7) / 4 + 0.1, i]);
    // Compared as bytes: a deep comparison of arrays this long takes seconds.
    const bytes = ({ ties, table }: ReturnType<typeof oneByOne>) =>
      [Int32Array.from(ties), table.source, table.target, table.weight, table.rows, table.first, table.last].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64'));
    for (const [undirected, cut] of [[false, RowBatch.SIZE], [true, 70_000]] as const) {
      const expected = oneByOne(rows, undirected);
      expect(expected.table.size).toBeGreaterThan(100_000);
      expect(bytes(batched(rows, undirected, cut))).toEqual(bytes(expected));
    }
  });
});
