/**
 * A hand-built Analysis for the renderer tests: the report values are chosen, not computed,
 * so each renderer is tested on its own. Three people in two groups plus one without a group:
 *
 *   id        group  pagerank betweenness reciprocity trend  status   roles
 *   ana       eng    0.4      0.5         1           0.5    growing  broker, central-connector
 *   =cmd      eng    0.35     0           null        −0.75  fading   one-way
 *   "Q, R"    sales  0.25     0.25        0.5         null   dormant  peripheral
 *   zoe       —      NaN      0           0           0      steady   isolate
 *
 * Ties: ana→=cmd (weight 2, 2 rows, Jan 5 – Feb 9), =cmd→"Q, R" (1, no time).
 */
import { DirectedGraph } from 'graphology';
import type { Analysis } from '../../src/core/analysis/analyze.js';
import { indexGraph } from '../../src/core/graph/csr.js';
import type { OrgGraph, PersonAttributes, TieAttributes } from '../../src/core/graph/types.js';
import type { PersonRow, Report } from '../../src/core/model/report.js';
import { computeFindings } from '../../src/core/analysis/findings/index.js';

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

/** The sample report, its `findings` computed from it as the report builder does. */
export function sampleReport(): Report {
  const report = sampleReportWithoutFindings();
  return { ...report, findings: computeFindings(report) };
}

function sampleReportWithoutFindings(): Omit<Report, 'findings'> {
  return {
    schemaVersion: 1,
    meta: {
      tool: { name: 'orgnet', version: '0.0.0' },
      generatedAt: '2026-05-01T00:00:00.000Z',
      options: { permutations: 1000 },
      warnings: [],
      betweenness: { method: 'exact' },
      closeness: { method: 'exact' },
      keyPlayers: { method: 'exact', candidates: 4 },
      input: {
        file: 'chat.csv',
        encoding: 'utf8',
        columns: { source: 'from', target: 'to', weight: null, timestamp: 'date', relation: null, event: null, person: null },
        delimiter: ',',
        rowsRead: 3,
        rowsUsed: 3,
        skippedRows: 0,
        selfLoops: 0,
        filteredRows: 0,
        tiesDropped: 0,
        relations: null,
        events: null,
        deliveries: null,
        broadcasts: null,
        selfDeliveries: null,
      },
      people: { file: 'people.csv', encoding: 'utf8', idColumn: 'id', groupBy: 'team', attributes: ['office'], rows: 4, unknownIds: 0 },
      removed: [],
    },
    org: {
      people: 4, ties: 2, interactions: 3, totalWeight: 3, density: 2 / 12, reciprocity: 0, dyadReciprocity: 0,
      components: 2, largestComponentShare: 0.75, isolates: 1, transitivity: 0, degreeCentralization: 0.5,
      eiIndex: 0, eiPValue: 0.5,
      // Everyone gives 1.5: no inequality, and the top one of four gives a quarter.
      overload: { gini: 0, top1Share: 0.25, top5Share: 0.25, top20Share: 0.25 }, coreSize: 3, communities: 2, modularity: -0.125, groupAlignment: null, activeShare: 0.75, cutPoints: 1,
      fragmentation: 0.5, distanceFragmentation: 0.75, keyPlayers: [{ id: '=cmd', distanceFragmentation: 1, fragmentation: 1 }],
      reachPlayers: [{ id: 'ana', reach: 0.75 }, { id: '"Q, R"', reach: 0.75 }],
      hierarchy: null,
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
    mixing: [
      { from: 'eng', to: 'eng', ties: 1, weight: 2 },
      { from: 'eng', to: 'sales', ties: 1, weight: 1 },
    ],
    attributes: {},
    communities: [
      { id: 0, size: 3, groups: { eng: 2, sales: 1 }, dominantGroup: 'eng', dominantShare: 2 / 3 },
      { id: 1, size: 1, groups: {}, dominantGroup: null, dominantShare: null },
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
}

function sampleGraph(): OrgGraph {
  const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes>();
  // The same groups as the report's rows.
  const groups: Record<string, string | null> = { '"Q, R"': 'sales', '=cmd': 'eng', ana: 'eng', zoe: null };
  for (const id of ['"Q, R"', '=cmd', 'ana', 'zoe']) graph.addNode(id, { group: groups[id] ?? null, attributes: {} });
  const jan5 = Date.UTC(2026, 0, 5, 9);
  const feb9 = Date.UTC(2026, 1, 9, 17, 30);
  // in id order of source, then target, as ingest orders them
  graph.addEdge('=cmd', '"Q, R"', { weight: 1, count: 1, first: null, last: null });
  graph.addEdge('ana', '=cmd', { weight: 2, count: 2, first: jan5, last: feb9 });
  return graph;
}

export function sampleAnalysis(): Analysis {
  const graph = sampleGraph();
  return { report: sampleReport(), graph, index: indexGraph(graph) };
}
