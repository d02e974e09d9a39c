import { describe, expect, it } from 'vitest';
import { parseWeight } from '../../../../src/core/ingest/csv/weight.js';

describe('parseWeight', () => {
  it.each([
    ['1', 1],
    ['2.5', 2.5],
    ['.5', 0.5],
    ['3.', 3],
    ['+4', 4],
    ['1e3', 1000],
    ['0.001', 0.001],
  ])('reads %j', (text, expected) => {
    expect(parseWeight(text, false)).toBe(expected);
  });

  it.each(['0', '-2', 'abc', '1,5', '0x10', 'Infinity', 'NaN', '1e400', '1 000', '1.2.3', ''])(
    'refuses %j without decimal comma',
    (text) => {
      expect(parseWeight(text, false)).toBeNull();
    },
  );

  it('reads a decimal comma when the delimiter is ;', () => {
    expect(parseWeight('1,5', true)).toBe(1.5);
    expect(parseWeight(',25', true)).toBe(0.25);
    expect(parseWeight('2', true)).toBe(2);
    expect(parseWeight('1.5', true)).toBe(1.5);
    // Thousands separators are not guessed at.
    expect(parseWeight('1.234,5', true)).toBeNull();
    expect(parseWeight('1,2,3', true)).toBeNull();
  });
});
