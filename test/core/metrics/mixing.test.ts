import { describe, expect, it } from 'vitest';
import { encodeGroups, groupLabels } from '../../../src/core/metrics/group-codes.js';
import { mixing, orgEiIndex } from '../../../src/core/metrics/mixing.js';
import { fixtureGraph, orgGraph } from '../../helpers/groups.js';

/*
 * three-groups (see groups.test.ts): ties a1→a2, a2→a1, a2→a3, a1→b1 (w 2.5), b1→b2, b2→a3,
 * x→a1, c1→b1; x has no group, so x→a1 is in no cell.
 *   A→A 3 ties (w 3), A→B 1 (w 2.5), B→A 1, B→B 1, C→B 1; the other 11 of the 4×4 cells are 0
 *   and are not listed (docs/metrics.md#group: pairs without ties are left out).
 * Org E-I over grouped ties: I = 3 + 1 = 4, E = 1 + 1 + 1 = 3 → (3 − 4)/7 = −1/7.
 */
describe('mixing on three-groups', () => {
  const graph = fixtureGraph('three-groups');
  const groups = encodeGroups(groupLabels(graph));
  const cells = mixing(graph, groups);

  it('lists only the ordered pairs that have ties, sorted by from then to, with ties and weight', () => {
    const listed = cells.map((c) => [c.from, c.to, c.ties, c.weight]);
    expect(listed).toEqual([['A', 'A', 3, 3], ['A', 'B', 1, 2.5], ['B', 'A', 1, 1], ['B', 'B', 1, 1], ['C', 'B', 1, 1]]);
  });

  it('org E-I index over ties with two grouped ends', () => {
    expect(orgEiIndex(cells)).toBeCloseTo(-1 / 7, 12);
  });
});

describe('org E-I edge cases', () => {
  it('is null without groups', () => {
    const graph = orgGraph([['a', 'b'], ['b', 'c']]);
    const cells = mixing(graph, encodeGroups(groupLabels(graph)));
    expect(cells).toEqual([]);
    expect(orgEiIndex(cells)).toBeNull();
  });

  it('is null when no tie joins two grouped people, −1 and +1 at the extremes', () => {
    // a, b in G; c ungrouped: a→c only → no grouped tie → null.
    const none = orgGraph([['a', 'c']], { a: 'G', b: 'G', c: null });
    expect(orgEiIndex(mixing(none, encodeGroups(groupLabels(none))))).toBeNull();
    // a→b inside G only: E = 0, I = 1 → −1. a→c with c in H only: E = 1, I = 0 → +1.
    const silo = orgGraph([['a', 'b']], { a: 'G', b: 'G' });
    expect(orgEiIndex(mixing(silo, encodeGroups(groupLabels(silo))))).toBe(-1);
    const outward = orgGraph([['a', 'c']], { a: 'G', c: 'H' });
    expect(orgEiIndex(mixing(outward, encodeGroups(groupLabels(outward))))).toBe(1);
  });
});
