/** Mapping the names a finding holds: people's ids (pseudonyms) and group names (isolated on the HTML page). */
import { describe, expect, test } from 'vitest';
import { mapFindingGroups } from '../../../../src/core/analysis/findings/ids.js';
import type { Finding } from '../../../../src/core/model/findings.js';

const upper = (g: string) => g.toUpperCase();

describe('mapFindingGroups', () => {
  test('the subject group of a group finding; the rest as it was', () => {
    const silo = { kind: 'silo-group', severity: 'high', subject: { type: 'group', group: 'Support' }, figures: { eiIndex: -0.8 } } as unknown as Finding;
    expect(mapFindingGroups(silo, upper)).toEqual({ ...silo, subject: { type: 'group', group: 'SUPPORT' } });
  });

  test("a community's dominant and largest groups", () => {
    const community = {
      kind: 'cross-group-community', severity: 'low', subject: { type: 'community', community: 2 },
      figures: { size: 5, groups: 2, dominantGroup: 'Sales', dominantShare: 0.4, largest: [{ group: 'Sales', members: 2 }, { group: 'Ops', members: 2 }] },
    } as unknown as Finding;
    const mapped = mapFindingGroups(community, upper) as unknown as { figures: { dominantGroup: string; largest: { group: string }[] } };
    expect(mapped.figures.dominantGroup).toBe('SALES');
    expect(mapped.figures.largest.map((g) => g.group)).toEqual(['SALES', 'OPS']);
  });

  test("each listed person's group, and people without one", () => {
    const people = {
      kind: 'critical-people', severity: 'high', subject: { type: 'people', ids: ['a', 'b'] },
      figures: { people: [{ id: 'a', group: 'Sales' }, { id: 'b', group: null }] },
    } as unknown as Finding;
    const mapped = mapFindingGroups(people, upper) as unknown as { figures: { people: { id: string; group: string | null }[] } };
    expect(mapped.figures.people).toEqual([{ id: 'a', group: 'SALES' }, { id: 'b', group: null }]);
  });
});
