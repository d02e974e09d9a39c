import { describe, expect, it } from 'vitest';
import { encodeGroups, groupLabels } from '../../../src/core/metrics/group-codes.js';
import { externalShare } from '../../../src/core/metrics/external-share.js';
import { fixtureGraph, orgGraph } from '../../helpers/groups.js';

/*
 * three-groups (see groups.test.ts), neighbours in either direction:
 *   a1: a2, b1, x   → outside b1, x (no group counts as outside) → 2/3
 *   a2: a1, a3      → 0
 *   a3: a2, b2      → 1/2
 *   b1: a1, b2, c1  → 2/3
 *   b2: b1, a3      → 1/2
 *   c1: b1          → 1
 *   d1: none        → null (0/0)
 *   x : no group    → null
 */
describe('externalShare', () => {
  it('is the share of distinct neighbours outside the group', () => {
    const graph = fixtureGraph('three-groups');
    const shares = externalShare(graph, encodeGroups(groupLabels(graph)));
    expect(shares).toEqual([2 / 3, 0, 1 / 2, 2 / 3, 1 / 2, 1, null, null]);
  });

  it('counts a mutual pair once', () => {
    // a↔b mutual, a→c: a has 2 distinct neighbours, c outside → 1/2 (not 1/3).
    const graph = orgGraph([['a', 'b'], ['b', 'a'], ['a', 'c']], { a: 'G', b: 'G', c: 'H' });
    expect(externalShare(graph, encodeGroups(groupLabels(graph)))[0]).toBe(0.5);
  });

  it('is null for everyone without groups', () => {
    const graph = orgGraph([['a', 'b']]);
    expect(externalShare(graph, encodeGroups(groupLabels(graph)))).toEqual([null, null]);
  });
});
