/**
 * Hand-built Reports for the findings: only the fields a finding reads are chosen, the rest are
 * neutral. `person()` makes a connected, steady person with no role; tests override what matters.
 */
import type { CommunityRow, GroupRow, OrgSummary, PersonRow, Report } from '../../../../src/core/model/report.js';
import { sampleReport } from '../../../render/fixture.js';

export function person(id: string, group: string | null, extra: Partial<PersonRow> = {}, status: PersonRow['activity']['status'] = 'steady'): PersonRow {
  return {
    id,
    label: null,
    group,
    attributes: {},
    inDegree: 1,
    outDegree: 1,
    inStrength: 1,
    outStrength: 1,
    degreeCentrality: 0.1,
    betweenness: 0,
    closeness: 0.5,
    pagerank: 0.05,
    sourcePagerank: 0.05,
    coreNumber: 1,
    reciprocity: 1,
    giveTakeRatio: 0.5,
    constraint: 1,
    effectiveSize: 1,
    brokerage: null,
    externalShare: null,
    cutPoint: false,
    dependents: 0,
    community: 0,
    roles: [],
    activity: { interactions: 2, activePeriods: 2, activityRate: 1, firstSeen: '2026-01-01', lastSeen: '2026-03-01', trend: 0, status },
    manager: null,
    directReports: null,
    managerTie: null,
    ...extra,
  };
}

/** `eiPValue` null: no permutation test (`--permutations 0`), the silo rule reads E-I alone. */
export function group(name: string, size: number, internalTies: number, externalTies: number, reciprocity: number | null = 1, eiPValue: number | null = null): GroupRow {
  const total = internalTies + externalTies;
  const eiIndex = total === 0 ? null : (externalTies - internalTies) / total;
  const internalShare = total === 0 ? null : internalTies / total;
  return { group: name, size, internalTies, externalTies, eiIndex, eiPValue, internalShare, density: null, reciprocity, activityRate: null, connectors: [] };
}

export function community(id: number, groups: Record<string, number>, size = Object.values(groups).reduce((a, b) => a + b, 0)): CommunityRow {
  const entries = Object.entries(groups).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const grouped = entries.reduce((s, [, k]) => s + k, 0);
  const top = entries[0];
  return { id, size, groups, dominantGroup: top ? top[0] : null, dominantShare: top ? top[1] / grouped : null };
}

export function report(parts: { people: PersonRow[]; groups?: GroupRow[]; communities?: CommunityRow[]; org?: Partial<OrgSummary> }): Report {
  const base = sampleReport();
  return {
    ...base,
    org: {
      ...base.org,
      people: parts.people.length,
      ties: 10,
      reciprocity: 0.8,
      fragmentation: 0,
      keyPlayers: [],
      ...parts.org,
    },
    people: parts.people,
    groups: parts.groups ?? [],
    mixing: [],
    communities: parts.communities ?? [],
  };
}
