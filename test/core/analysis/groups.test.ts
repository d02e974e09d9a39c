import { describe, expect, it } from 'vitest';
import { encodeGroups, groupLabels, NO_GROUP } from '../../../src/core/metrics/group-codes.js';
import { groupActivityRates, groupConnectors, groupRows } from '../../../src/core/analysis/groups.js';
import { fixtureGraph, orgGraph } from '../../helpers/groups.js';

/*
 * three-groups: A = {a1, a2, a3}, B = {b1, b2}, C = {c1}, D = {d1} (isolate), x has no group.
 * Ties: a1→a2, a2→a1, a2→a3, a1→b1 (w 2.5), b1→b2, b2→a3, x→a1, c1→b1.
 *
 * A: I = a1→a2, a2→a1, a2→a3 = 3; E = a1→b1, b2→a3, x→a1 (x is outside A) = 3
 *    E-I = (3 − 3)/6 = 0; density = 3 / (3·2) = 0.5; reciprocity = 2 reciprocated / 3 = 2/3
 * B: I = b1→b2 = 1; E = a1→b1, b2→a3, c1→b1 = 3; E-I = (3 − 1)/4 = 0.5
 *    density = 1 / (2·1) = 0.5; reciprocity = 0 / 1 = 0
 * C: I = 0; E = c1→b1 = 1; E-I = 1; density null (size 1); reciprocity null (no internal tie)
 * D: I = E = 0; E-I null; density null; reciprocity null
 */
describe('groupRows on three-groups', () => {
  const graph = fixtureGraph('three-groups');
  const groups = encodeGroups(groupLabels(graph));
  const rows = groupRows(graph, groups, new Array(8).fill(0), null);

  it('lists one row per label, sorted', () => {
    expect(rows.map((r) => r.group)).toEqual(['A', 'B', 'C', 'D']);
    expect(rows.map((r) => r.size)).toEqual([3, 2, 1, 1]);
  });

  it('counts internal and external ties, ties to ungrouped people included in E', () => {
    expect(rows.map((r) => [r.internalTies, r.externalTies])).toEqual([[3, 3], [1, 3], [0, 1], [0, 0]]);
  });

  it('E-I index, null when E + I = 0', () => {
    expect(rows.map((r) => r.eiIndex)).toEqual([0, 0.5, 1, null]);
  });

  it('density, null below 2 members', () => {
    expect(rows.map((r) => r.density)).toEqual([0.5, 0.5, null, null]);
  });

  it('reciprocity of the induced subgraph, null without ties', () => {
    expect(rows[0]!.reciprocity).toBeCloseTo(2 / 3, 12);
    expect(rows.slice(1).map((r) => r.reciprocity)).toEqual([0, null, null]);
  });

  it('activityRate is null without rates, connectors empty when all betweenness is 0', () => {
    expect(rows.every((r) => r.activityRate === null && r.connectors.length === 0)).toBe(true);
  });
});

describe('groupActivityRates', () => {
  // Persons in id order: a1 a2 a3 b1 b2 c1 d1 x. A: mean(0.5, 1) = 0.75 (a2 has none);
  // B: mean(0, 0.25) = 0.125; C: 1; D: null (d1 has none); x has no group.
  it('means the members that have a rate', () => {
    const groups = encodeGroups(['A', 'A', 'A', 'B', 'B', 'C', 'D', null]);
    expect(groupActivityRates(groups, [0.5, null, 1, 0, 0.25, 1, null, 0.9])).toEqual([0.75, 0.125, 1, null]);
  });
});

describe('groupConnectors', () => {
  // Group G: g1..g5 with betweenness 0.2, 0.5, 0.2, 0, 0.3 → 0.5 (g2), 0.3 (g5), then the
  // 0.2 tie broken by id → g1. g4 (0) never counts. H: h1 has null, h2 has 0 → none.
  it('takes up to 3 members by betweenness desc, id asc, positive only', () => {
    const graph = orgGraph([], { g1: 'G', g2: 'G', g3: 'G', g4: 'G', g5: 'G', h1: 'H', h2: 'H' });
    const groups = encodeGroups(groupLabels(graph));
    expect(groupConnectors(graph, groups, [0.2, 0.5, 0.2, 0, 0.3, null, 0])).toEqual([['g2', 'g5', 'g1'], []]);
  });
});

describe('encodeGroups', () => {
  it('codes labels in compareIds order, -1 without a group', () => {
    const groups = encodeGroups(['b', null, 'B', 'a', 'b']);
    expect(groups.names).toEqual(['B', 'a', 'b']);
    expect([...groups.code]).toEqual([2, NO_GROUP, 0, 1, 2]);
  });
});
