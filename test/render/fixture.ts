/**
 * The report the renderer tests read: four people in two groups plus one without a group, built
 * from their ties and people file by the real analysis (test/helpers/report-builder.ts), then
 * given chosen per-person values, so each renderer is tested on the cases it must show:
 *
 *   id        group  pagerank betweenness reciprocity trend  status   roles
 *   ana       eng    0.4      0.5         1           0.5    growing  broker, central-connector
 *   =cmd      eng    0.35     0           null        −0.75  fading   one-way
 *   "Q, R"    sales  0.25     0.25        0.5         null   dormant  peripheral
 *   zoe       —      NaN      0           0           0      steady   isolate
 *
 * Ties: ana→=cmd (weight 2, 2 rows, Jan 5 – Feb 9), =cmd→"Q, R" (1, no time).
 *
 * Computed by the analysis: `meta` (input, columns, people file, options, warnings), the tie and
 * component counts of `org`, its density, reciprocity, E-I index, core size, cut points,
 * fragmentation and first key player, `mixing`, `communities`, the graph and its index.
 * Chosen on top (no four-person tie list gives them together): the person rows above (a NaN
 * PageRank a renderer must survive, a growing and a fading trend, a person with ties and no
 * reciprocity), the group rows (a silo with a significant E-I p-value), the activity series
 * (two full months), and the org figures that follow from the chosen rows (overload of equal
 * givers, degree centralization, modularity, distance fragmentation, key and reach players,
 * active share); the findings are then computed from the whole, as the analysis computes them.
 */
import type { Analysis } from '../../src/core/analysis/analyze.js';
import type { PersonRow, Report } from '../../src/core/model/report.js';
import { indexGraph } from '../../src/core/graph/csr.js';
import { computeFindings } from '../../src/core/analysis/findings/index.js';
import { buildAnalysis } from '../helpers/report-builder.js';

type PersonSpec = Pick<PersonRow, 'id' | 'group' | 'pagerank' | 'betweenness' | 'reciprocity' | 'roles'> & {
  sourcePagerank?: number | null;
  trend: number | null;
  status: PersonRow['activity']['status'];
  attributes?: Record<string, string>;
  label?: string | null;
};

export function personRow(s: PersonSpec): PersonRow {
  return {
    id: s.id,
    label: s.label ?? null,
    group: s.group,
    attributes: s.attributes ?? {},
    inDegree: 1,
    outDegree: 1,
    inStrength: 2,
    outStrength: 1.5,
    degreeCentrality: 2 / 3,
    betweenness: s.betweenness,
    closeness: 0.5,
    pagerank: s.pagerank,
    sourcePagerank: s.sourcePagerank ?? s.pagerank,
    coreNumber: s.roles.includes('isolate') ? 0 : 1,
    reciprocity: s.reciprocity,
    giveTakeRatio: 1.5 / 3.5,
    constraint: 1,
    effectiveSize: 1,
    brokerage: s.group === null ? null : { coordinator: 0, itinerant: 1, gatekeeper: 2, representative: 0, liaison: 0 },
    externalShare: s.group === null ? null : 0.5,
    cutPoint: false,
    dependents: 0,
    community: 0,
    roles: s.roles,
    manager: null,
    directReports: null,
    managerTie: null,
    activity: {
      interactions: 3.5,
      activePeriods: 2,
      activityRate: 0.5,
      firstSeen: '2026-01-05',
      lastSeen: '2026-04-20',
      trend: s.trend,
      status: s.status,
    },
  };
}

/** The chosen values on top of the real report (see above). */
function chosen(report: Report): Report {
  const withRows: Report = {
    ...report,
    org: {
      ...report.org,
      degreeCentralization: 0.5,
      eiPValue: 0.5,
      // Everyone gives 1.5: no inequality, and the top one of four gives a quarter.
      overload: { gini: 0, top1Share: 0.25, top5Share: 0.25, top20Share: 0.25 },
      modularity: -0.125,
      groupAlignment: null,
      activeShare: 0.75,
      distanceFragmentation: 0.75,
      keyPlayers: [{ id: '=cmd', distanceFragmentation: 1, fragmentation: 1 }],
      reachPlayers: [{ id: 'ana', reach: 0.75 }, { id: '"Q, R"', reach: 0.75 }],
    },
    people: [
      personRow({ id: '"Q, R"', group: 'sales', pagerank: 0.25, betweenness: 0.25, reciprocity: 0.5, trend: null, status: 'dormant', roles: ['peripheral'], attributes: { office: '+34 Madrid' } }),
      personRow({ id: '=cmd', group: 'eng', pagerank: 0.35, betweenness: 0, reciprocity: null, trend: -0.75, status: 'fading', roles: ['one-way'] }),
      personRow({ id: 'ana', group: 'eng', pagerank: 0.4, betweenness: 0.5, reciprocity: 1, trend: 0.5, status: 'growing', roles: ['broker', 'central-connector'], attributes: { office: 'Madrid' } }),
      personRow({ id: 'zoe', group: null, pagerank: Number.NaN, betweenness: 0, reciprocity: 0, trend: 0, status: 'steady', roles: ['isolate'] }),
    ],
    groups: [
      { group: 'sales', size: 1, internalTies: 0, externalTies: 1, eiIndex: 1, eiPValue: 0.9, internalShare: 0, density: null, reciprocity: null, activityRate: 0.5, connectors: ['"Q, R"'] },
      { group: 'eng', size: 2, internalTies: 1, externalTies: 1, eiIndex: -0.6, eiPValue: 0.01, internalShare: 0.5, density: 0.5, reciprocity: 0, activityRate: 0.5, connectors: ['ana', '=cmd'] },
    ],
    activity: {
      period: 'month',
      periods: 2,
      trend: -0.5,
      series: [
        { period: '2026-01', start: '2026-01-01', coverage: 1, interactions: 2, activePeople: 2, newTies: 1, reciprocity: 0 },
        { period: '2026-02', start: '2026-02-01', coverage: 1, interactions: 1, activePeople: 2, newTies: 1, reciprocity: null },
      ],
    },
  };
  return { ...withRows, findings: computeFindings(withRows) };
}

const SAMPLE: Analysis = await buildAnalysis({
  ties: [
    { source: 'ana', target: '=cmd', time: '2026-01-05T09:00:00Z' },
    { source: 'ana', target: '=cmd', time: '2026-02-09T17:30:00Z' },
    { source: '=cmd', target: '"Q, R"' },
  ],
  columns: { source: 'from', target: 'to', time: 'date' },
  people: [
    { id: '"Q, R"', team: 'sales', office: '+34 Madrid' },
    { id: '=cmd', team: 'eng', office: '' },
    { id: 'ana', team: 'eng', office: 'Madrid' },
    { id: 'zoe', team: '', office: '' },
  ],
  options: { groupBy: 'team', names: { interactions: 'chat.csv', people: 'people.csv' } },
  override: chosen,
});

/** The sample report: a copy of its own, for the test to change. */
export function sampleReport(): Report {
  return structuredClone(SAMPLE.report);
}

/** The sample report with the graph it was computed on and that graph's index: copies, for the test to change. */
export function sampleAnalysis(): Analysis {
  const graph = SAMPLE.graph.copy();
  return { report: sampleReport(), graph, index: indexGraph(graph) };
}
