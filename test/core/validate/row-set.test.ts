/**
 * Repeated rows (row-set.ts): what "identical" means, the line of the first copy, growth past the
 * first table, and the bound on memory. Expected values are worked by hand from the rows.
 */
import { describe, expect, test } from 'vitest';
import { RowSet } from '../../../src/core/validate/row-set.js';

describe('RowSet', () => {
  test('a later copy of a row is a duplicate, and names the line of the first copy', () => {
    const set = new RowSet();
    expect(set.add(['ana', 'ben', '1'], 2)).toBe(0);
    expect(set.add(['ben', 'ana', '1'], 3)).toBe(0);
    expect(set.add(['ana', 'ben', '1'], 4)).toBe(2);
    expect(set.add(['ana', 'ben', '1'], 7)).toBe(2);
    // rows 2, 3 distinct; 4 and 7 repeat row 2
    expect({ distinct: set.distinct, duplicates: set.duplicates, complete: set.complete }).toEqual({ distinct: 2, duplicates: 2, complete: true });
  });

  test('fields are compared trimmed, as the readers read cells; quoting is gone once parsed', () => {
    const set = new RowSet();
    set.add(['ana', 'ben', '1'], 2);
    expect(set.add([' ana', 'ben\t', ' 1 '], 3)).toBe(2);
    expect(set.add(['\u00a0ana\u3000', '\ufeffben', '1\r'], 4)).toBe(2);
    expect(set.duplicates).toBe(2);
  });

  test('any other difference tells rows apart: a field, a split point, a field count, an empty field', () => {
    const set = new RowSet();
    const rows = [
      ['ana', 'ben', '1'],
      ['ana', 'ben', '2'],
      ['an', 'aben', '1'],
      ['anab', 'en', '1'],
      ['ana', 'ben'],
      ['ana', 'ben', '1', ''],
      ['ana', 'ben', ''],
      ['ANA', 'ben', '1'],
      ['ana', 'b en', '1'],
      [],
      [''],
      ['', ''],
    ];
    rows.forEach((fields, i) => expect(set.add(fields, i + 2)).toBe(0));
    expect(set.distinct).toBe(rows.length);
    expect(set.duplicates).toBe(0);
  });

  test('past the first table (65,536 slots) every row is still found', () => {
    const set = new RowSet();
    const n = 200_000;
    for (let i = 0; i < n; i++) set.add([`p${i}`, `q${i % 7}`], i + 2);
    // every third row again: rows 0, 3, 6, … → ⌈200000 / 3⌉ = 66,667 copies
    let found = 0;
    for (let i = 0; i < n; i += 3) if (set.add([`p${i}`, `q${i % 7}`], n + 2 + i) === i + 2) found++;
    expect(found).toBe(66_667);
    expect({ distinct: set.distinct, duplicates: set.duplicates, complete: set.complete }).toEqual({ distinct: n, duplicates: 66_667, complete: true });
  });

  test('memory is bounded: once the table is full, new rows are not remembered and complete is false', () => {
    // 1,024 slots hold 768 rows at 3/4 load.
    const set = new RowSet(1024);
    for (let i = 0; i < 1000; i++) set.add([`r${i}`], i + 2);
    expect(set.distinct).toBe(768);
    expect(set.complete).toBe(false);
    expect(set.add(['r5'], 2000)).toBe(7);
    expect(set.add(['r900'], 2001)).toBe(0);
    expect(set.duplicates).toBe(1);
  });
});
