import { describe, expect, it } from 'vitest';
import { encodeGroups } from '../../../src/core/metrics/group-codes.js';
import { groupAlignment, normalizedMutualInformation as nmi } from '../../../src/core/metrics/nmi.js';

describe('normalizedMutualInformation', () => {
  /*
   * A = 0 0 0 1 1 1, B = 0 0 1 1 2 2, N = 6.
   * Joint counts: (0,0) 2, (0,1) 1, (1,1) 1, (1,2) 2; totals A 3, 3; B 2, 2, 2.
   * I = 2/6·ln(6·2/(3·2)) + 1/6·ln(6/(3·2)) + 1/6·ln(6/(3·2)) + 2/6·ln(6·2/(3·2)) = (2/3)·ln 2
   * H(A) = ln 2, H(B) = ln 3 → NMI = (2/3)·ln 2 / ((ln 2 + ln 3)/2) = (4/3)·ln 2 / ln 6
   *      = 0.5158037429793888 (scikit-learn normalized_mutual_info_score gives the same).
   */
  it('matches the hand computation', () => {
    expect(nmi([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(((4 / 3) * Math.log(2)) / Math.log(6), 14);
    expect(nmi([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.5158037429793888, 14);
  });

  it('is symmetric and ignores label names', () => {
    // scikit-learn: nmi([0,0,1,1,2], [0,0,0,1,1]) = 0.45806528564401566
    expect(nmi([0, 0, 1, 1, 2], [0, 0, 0, 1, 1])).toBeCloseTo(0.45806528564401566, 14);
    expect(nmi([7, 7, 7, 3, 3], [5, 5, 9, 9, 1])).toBeCloseTo(0.45806528564401566, 14);
  });

  it('is 1 for identical partitions and for two single clusters', () => {
    expect(nmi([0, 1, 2], [5, 6, 7])).toBe(1);
    expect(nmi([0, 0, 1, 1], [1, 1, 0, 0])).toBeCloseTo(1, 14);
    expect(nmi([0, 0, 0], [1, 1, 1])).toBe(1);
  });

  it('is 0 when the mutual information is 0', () => {
    // Independent: every joint count n_ij = a_i·b_j/N, every log term ln 1 = 0.
    expect(nmi([0, 0, 1, 1], [0, 1, 0, 1])).toBe(0);
    // One labeling a single cluster, the other not: I = 0 → 0 (scikit-learn's rule).
    expect(nmi([0, 0, 0], [0, 1, 2])).toBe(0);
  });
});

describe('groupAlignment', () => {
  it('uses only the people who have a group', () => {
    // Groups G G H H (and two ungrouped people in community 1, ignored); communities 0 0 1 1.
    const groups = encodeGroups(['G', 'G', 'H', 'H', null, null]);
    expect(groupAlignment([0, 0, 1, 1, 1, 0], groups)).toBeCloseTo(1, 14);
  });

  it('is null when nobody has a group', () => {
    expect(groupAlignment([0, 1], encodeGroups([null, null]))).toBeNull();
  });
});
