import { describe, expect, it } from 'vitest';
import { encodeGroups } from '../../../src/core/metrics/group-codes.js';
import { groupRows } from '../../../src/core/analysis/groups.js';
import { mixing, orgEiIndex } from '../../../src/core/metrics/mixing.js';
import { poolSmallGroups, SMALL_GROUPS } from '../../../src/core/analysis/small-groups.js';
import { orgGraph } from '../../helpers/groups.js';

const LABELS = ['A', 'A', 'A', 'B', 'B', 'C', null];

describe('poolSmallGroups', () => {
  it('is off at K = 1 (and below)', () => {
    for (const k of [0, 1]) {
      const pooled = poolSmallGroups(LABELS, k);
      expect(pooled.labels).toEqual(LABELS);
      expect(pooled.warnings).toEqual([]);
    }
  });

  it('leaves groups alone when none is below K', () => {
    expect(poolSmallGroups(['A', 'A', 'B', 'B'], 2).labels).toEqual(['A', 'A', 'B', 'B']);
  });

  // K = 3: B (2) and C (1) are small; the pool has 2 + 1 = 3 ≥ 3 members → one group.
  it('pools groups below K into "(small groups)"', () => {
    const pooled = poolSmallGroups(LABELS, 3);
    expect(pooled.labels).toEqual(['A', 'A', 'A', SMALL_GROUPS, SMALL_GROUPS, SMALL_GROUPS, null]);
    expect(pooled).toMatchObject({ pooledGroups: 2, pooledPeople: 3, suppressed: false });
    expect(pooled.warnings).toEqual(['--min-group-size 3: 2 groups with fewer than 3 members (3 people) reported together as "(small groups)"']);
  });

  // K = 4: A (3), B (2), C (1) all small; pool 6 ≥ 4 → everyone with a group is pooled.
  it('may pool every group', () => {
    expect(poolSmallGroups(LABELS, 4).labels).toEqual([...new Array<string>(6).fill(SMALL_GROUPS), null]);
  });

  // K = 2 on A A A B: B (1) is small and the pool (1) is still below 2 → B's member loses the group.
  it('drops a pool that is itself below K, with a warning', () => {
    const pooled = poolSmallGroups(['A', 'A', 'A', 'B', null], 2);
    expect(pooled.labels).toEqual(['A', 'A', 'A', null, null]);
    expect(pooled.suppressed).toBe(true);
    expect(pooled.warnings[0]).toMatch(/1 group with fewer than 2 members \(1 person\) reported without a group/);
  });
});

describe('pooling before group analysis', () => {
  // People a1 a2 a3 (A), b1 b2 (B), c1 (C). Ties a1→b1, b1→c1, c1→b2, b2→a2.
  // K = 3 pools B and C (3 people): b1→c1 and c1→b2 become internal to "(small groups)",
  // a1→b1 and b2→a2 external. Groups: A (I 0, E 2), (small groups) (I 2, E 2, E-I 0).
  const graph = orgGraph([['a1', 'b1'], ['b1', 'c1'], ['c1', 'b2'], ['b2', 'a2']], { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B', c1: 'C' });
  const labels = ['A', 'A', 'A', 'B', 'B', 'C'];

  it('feeds groups, mixing and E-I the pooled labels', () => {
    const groups = encodeGroups(poolSmallGroups(labels, 3).labels);
    const rows = groupRows(graph, groups, new Array(6).fill(null));
    expect(rows.map((r) => [r.group, r.size, r.internalTies, r.externalTies, r.eiIndex])).toEqual([
      ['(small groups)', 3, 2, 2, 0],
      ['A', 3, 0, 2, 1],
    ]);
    expect(orgEiIndex(mixing(graph, groups))).toBe(0); // I = 2, E = 2
  });

  // K = 7: every group is below 7 and so is the pool (6 people) → nobody keeps a group:
  // no group row, no mixing cell, org E-I null.
  it('gives no group figure for a pool below K', () => {
    const groups = encodeGroups(poolSmallGroups(labels, 7).labels);
    expect(groupRows(graph, groups, new Array(6).fill(null))).toEqual([]);
    expect(mixing(graph, groups)).toEqual([]);
    expect(orgEiIndex(mixing(graph, groups))).toBeNull();
  });
});
