import { describe, expect, it } from 'vitest';
import { TieAccumulator } from '../../../src/core/input/tie-accumulator.js';
import { seededRandom } from '../../../src/core/random.js';

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
