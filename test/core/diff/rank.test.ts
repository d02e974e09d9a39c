// Competition ranks (1 = highest; equal values share a rank), worked by hand.
import { describe, expect, test } from 'vitest';
import { competitionRanks } from '../../../src/core/diff/rank.js';

describe('competitionRanks', () => {
  test('distinct values: 1 for the highest', () => {
    expect(competitionRanks([0.1, 0.4, 0.2])).toEqual([3, 1, 2]);
  });

  test('ties share the best rank and the next rank is skipped ("1224")', () => {
    // 0.5 is first; the two 0.3s are both second; 0.1 comes fourth, after three people.
    expect(competitionRanks([0.3, 0.5, 0.1, 0.3])).toEqual([2, 1, 4, 2]);
  });

  test('values equal up to 1e-12 are tied; a larger gap is not', () => {
    expect(competitionRanks([0.2, 0.2 + 1e-13, 0.1])).toEqual([1, 1, 3]);
    expect(competitionRanks([0.2, 0.2 + 1e-9])).toEqual([2, 1]);
    // 0.1 + 0.2 and 0.3 differ in their last bit only.
    expect(competitionRanks([0.1 + 0.2, 0.3])).toEqual([1, 1]);
  });

  test('null ranks after every number; no value, no rank but 1', () => {
    expect(competitionRanks([null, 0, 0.5, null])).toEqual([3, 2, 1, 3]);
    expect(competitionRanks([])).toEqual([]);
    expect(competitionRanks([0, 0, 0])).toEqual([1, 1, 1]);
  });
});
