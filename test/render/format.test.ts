/**
 * Numbers for people (terminal and Markdown views): thousands separators, four decimals for
 * small fractions, shares as percentages, and — for anything undefined.
 */
import { describe, expect, test } from 'vitest';
import { formatCell, formatNumber, formatShare } from '../../src/render/format.js';
import { MISSING } from '../../src/render/i18n/numbers.js';

describe('formatNumber', () => {
  test.each([
    [0, '0'],
    [5, '5'],
    [-3, '−3'], // the minus sign, as in every view
    [1234, '1,234'],
    [9762, '9,762'],
    [1234.5, '1,235'], // large fractions rounded to integers
    [2.5, '2.50'],
    [0.25, '0.2500'],
    [-0.6, '−0.6000'],
    [1 / 3, '0.3333'],
    [0.00004, '0.0000'], // four decimals, as the page writes it
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  test('null, undefined, NaN and Infinity are a dash', () => {
    expect([null, undefined, Number.NaN, Infinity, -Infinity].map(formatNumber)).toEqual([MISSING, MISSING, MISSING, MISSING, MISSING]);
    expect(MISSING).toBe('—');
  });
});

describe('formatShare', () => {
  test('a share in [0, 1] as a percentage with one decimal', () => {
    expect(formatShare(0.4)).toBe('40.0%');
    expect(formatShare(2 / 3)).toBe('66.7%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatShare(0)).toBe('0.0%');
    expect(formatShare(null)).toBe(MISSING);
    expect(formatShare(Number.NaN)).toBe(MISSING);
  });
});

describe('formatCell', () => {
  test('by type', () => {
    expect(formatCell(0.25)).toBe('0.2500');
    expect(formatCell(true)).toBe('yes');
    expect(formatCell(false)).toBe('no');
    expect(formatCell(['a', 'b'])).toBe('a, b');
    expect(formatCell([])).toBe(MISSING);
    expect(formatCell(null)).toBe(MISSING);
    expect(formatCell(undefined)).toBe(MISSING);
    expect(formatCell('steady')).toBe('steady');
  });
});
