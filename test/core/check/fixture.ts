/**
 * The report the check rules are tested on: six people in three groups (e has none), built from
 * their ties and people file by the real analysis (test/helpers/report-builder.ts), then given
 * chosen per-person and per-group values, so every aggregate a rule takes can be worked by hand:
 *
 *   id  group  betweenness reciprocity dependents liaison  activityRate status   roles
 *   a   eng    0.75        1           3          1        1            growing  broker, critical
 *   b   eng    0.5         0.5         0          0        0.5          fading   central-connector
 *   c   sales  0           0           0          3        0.5          steady   one-way, peripheral
 *   d   sales  0           null        0          0        0            dormant  isolate
 *   e   —      0.25        0.5         0          null     1            steady   peripheral
 *   f   ops    0           null        0          0        0            dormant  isolate
 *
 *   group  size eiIndex reciprocity activityRate
 *   eng    2    -1      1           0.75
 *   ops    1    null    null        0
 *   sales  2    1       null        0.25
 *
 * Computed by the analysis: `meta`, `org`'s counts (people, ties, interactions, weight,
 * components, isolates, cut points), density, transitivity, E-I index, core size and
 * fragmentation, `mixing`, `communities`, `activity` and the findings. Chosen on top: the rows
 * above (a spread no six-person tie list gives together: three kinds of activity status, a
 * critical person with three dependents, a group without reciprocity), and the org figures
 * the rules are tested on, set to round values that follow from those rows.
 */
import type { GroupRow, PersonRow, Report, Role } from '../../../src/core/model/report.js';
import { buildReport } from '../../helpers/report-builder.js';

interface PersonSpec {
  id: string;
  group: string | null;
  betweenness: number;
  reciprocity: number | null;
  dependents: number;
  liaison: number | null;
  activityRate: number;
  status: 'dormant' | 'fading' | 'growing' | 'steady';
  roles: Role[];
}

function person(s: PersonSpec): PersonRow {
  const isolate = s.roles.includes('isolate');
  return {
    id: s.id,
    label: null,
    group: s.group,
    attributes: {},
    inDegree: isolate ? 0 : 1,
    outDegree: isolate ? 0 : 1,
    inStrength: isolate ? 0 : 2,
    outStrength: isolate ? 0 : 2,
    degreeCentrality: isolate ? 0 : 0.4,
    betweenness: s.betweenness,
    closeness: isolate ? 0 : 0.5,
    pagerank: 1 / 6,
    sourcePagerank: 1 / 6,
    coreNumber: isolate ? 0 : 1,
    reciprocity: s.reciprocity,
    giveTakeRatio: isolate ? null : 0.5,
    constraint: isolate ? null : 1,
    effectiveSize: isolate ? null : 1,
    brokerage:
      s.liaison === null ? null : { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: s.liaison },
    externalShare: isolate || s.group === null ? null : 0.5,
    cutPoint: s.dependents > 0,
    dependents: s.dependents,
    community: 0,
    roles: s.roles,
    manager: null,
    directReports: null,
    managerTie: null,
    activity: {
      interactions: isolate ? 0 : 4,
      activePeriods: s.activityRate * 4,
      activityRate: s.activityRate,
      firstSeen: isolate ? null : '2026-01-05',
      lastSeen: isolate ? null : '2026-04-20',
      trend: isolate ? null : 0,
      status: s.status,
    },
  };
}

function group(name: string, size: number, eiIndex: number | null, reciprocity: number | null, activityRate: number): GroupRow {
  return { group: name, size, internalTies: 0, externalTies: 0, eiIndex, eiPValue: null, internalShare: null, density: null, reciprocity, activityRate, connectors: [] };
}

/** The chosen values on top of the real report (see above). */
function chosen(report: Report): Report {
  return {
    ...report,
    org: {
      ...report.org,
      reciprocity: 0.5,
      dyadReciprocity: 1 / 3,
      degreeCentralization: 0.3,
      eiPValue: 0.9,
      // outStrength 0, 0, 2, 2, 2, 2: Σ(2i − n − 1)x₍ᵢ₎ / (nΣx) = 2·(−1 + 1 + 3 + 5) / (6·8) = 1/3;
      // the top ⌈0.06⌉ = ⌈0.3⌉ = 1 person gives 2 of 8, the top ⌈1.2⌉ = 2 give 4 of 8.
      overload: { gini: 1 / 3, top1Share: 0.25, top5Share: 0.25, top20Share: 0.5 },
      communities: 2,
      modularity: 0.25,
      groupAlignment: 0.5,
      activeShare: 4 / 6,
      keyPlayers: [{ id: 'a', distanceFragmentation: 0.9, fragmentation: 0.8 }],
      reachPlayers: [{ id: 'a', reach: 0.5 }],
    },
    people: [
      person({ id: 'a', group: 'eng', betweenness: 0.75, reciprocity: 1, dependents: 3, liaison: 1, activityRate: 1, status: 'growing', roles: ['broker', 'critical'] }),
      person({ id: 'b', group: 'eng', betweenness: 0.5, reciprocity: 0.5, dependents: 0, liaison: 0, activityRate: 0.5, status: 'fading', roles: ['central-connector'] }),
      person({ id: 'c', group: 'sales', betweenness: 0, reciprocity: 0, dependents: 0, liaison: 3, activityRate: 0.5, status: 'steady', roles: ['one-way', 'peripheral'] }),
      person({ id: 'd', group: 'sales', betweenness: 0, reciprocity: null, dependents: 0, liaison: 0, activityRate: 0, status: 'dormant', roles: ['isolate'] }),
      person({ id: 'e', group: null, betweenness: 0.25, reciprocity: 0.5, dependents: 0, liaison: null, activityRate: 1, status: 'steady', roles: ['peripheral'] }),
      person({ id: 'f', group: 'ops', betweenness: 0, reciprocity: null, dependents: 0, liaison: 0, activityRate: 0, status: 'dormant', roles: ['isolate'] }),
    ],
    groups: [group('eng', 2, -1, 1, 0.75), group('ops', 1, null, null, 0), group('sales', 2, 1, null, 0.25)],
  };
}

// a↔b, a↔c, a↔e: ten rows, two of weight 2, from January to April; d and f only in the people file.
const SAMPLE: Report = await buildReport({
  ties: [
    { source: 'a', target: 'b', weight: 2, time: '2026-01-05' },
    { source: 'a', target: 'b', time: '2026-02-10' },
    { source: 'b', target: 'a', time: '2026-01-12' },
    { source: 'b', target: 'a', weight: 2, time: '2026-03-02' },
    { source: 'a', target: 'c', time: '2026-02-03' },
    { source: 'a', target: 'c', time: '2026-03-16' },
    { source: 'a', target: 'e', time: '2026-04-20' },
    { source: 'a', target: 'e', time: '2026-02-17' },
    { source: 'e', target: 'a', time: '2026-04-06' },
    { source: 'c', target: 'a', time: '2026-01-19' },
  ],
  columns: { time: 'date' },
  people: [
    { id: 'a', department: 'eng' },
    { id: 'b', department: 'eng' },
    { id: 'c', department: 'sales' },
    { id: 'd', department: 'sales' },
    { id: 'e', department: '' },
    { id: 'f', department: 'ops' },
  ],
  options: { groupBy: 'department' },
  override: chosen,
});

/** The sample report: a copy of its own, for the test to change. */
export function sampleReport(): Report {
  return structuredClone(SAMPLE);
}

/** The same organization read without timestamps: every activity figure but `interactions` is null. */
export function withoutTimestamps(report: Report = sampleReport()): Report {
  return {
    ...report,
    meta: { ...report.meta, input: { ...report.meta.input, columns: { ...report.meta.input.columns, timestamp: null } } },
    org: { ...report.org, activeShare: null },
    people: report.people.map((p) => ({
      ...p,
      activity: { interactions: p.activity.interactions, activePeriods: null, activityRate: null, firstSeen: null, lastSeen: null, trend: null, status: null },
    })),
    groups: report.groups.map((g) => ({ ...g, activityRate: null })),
    activity: { ...report.activity, periods: 0, trend: null, series: [] },
  };
}

/** The same organization read without a people file: no groups, no group-based figures. */
export function withoutGroups(report: Report = sampleReport()): Report {
  return {
    ...report,
    meta: { ...report.meta, people: null },
    org: { ...report.org, eiIndex: null, groupAlignment: null },
    people: report.people.map((p) => ({ ...p, group: null, brokerage: null, externalShare: null })),
    groups: [],
  };
}
