/**
 * `orgnet analyze --undirected` against networkx on the undirected weighted graph U (docs/input.md):
 * every person, org, group, mixing and activity field, as a user runs it, on the named graphs of
 * fixtures/graphs (read without direction: a,b and b,a are one tie), the group fixtures, and the
 * SocioPatterns face-to-face contacts (../shared/datasets/sociopatterns-workplace-2013), stored
 * once per pair. Reference values: scripts/golden_undirected.py → test/golden/undirected/*.json.
 * Tolerance 1e-9, PageRank 1e-6 (networkx stops its power iteration at a tolerance).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brokerage, GroupRow, KeyPlayer, MixingCell, PersonActivity, Report, Role } from '../../src/core/model/report.js';
import { ROOT, run } from '../helpers/cli.js';
import { analyzeJson, readCsv } from './analyze-helpers.js';

type Value = number | boolean | string | null;

interface Golden {
  name: string;
  origin: string;
  people: string | null;
  nodes: string[];
  edges: [string, string, number][];
  person: Record<string, Value[]> & { brokerage: (Brokerage | null)[]; roles: Role[][] | null };
  org: Record<string, Value | KeyPlayer[]>;
  groups: (Omit<GroupRow, 'activityRate'>)[];
  mixing: MixingCell[];
  activity: {
    period: string;
    periods: number;
    trend: number | null;
    people: PersonActivity[];
    series: { period: string; interactions: number; activePeople: number; newTies: number; reciprocity: null }[];
    activeShare: number;
  } | null;
}

const DIR = join(ROOT, 'test/golden/undirected');
const goldens = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Golden)
  .filter((g) => existsSync(resolve(ROOT, g.origin)));

function close(actual: unknown, expected: unknown, tolerance: number, label: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
  } else {
    expect(actual, label).toEqual(expected);
  }
}

function argsOf(golden: Golden): string[] {
  return [golden.origin, ...(golden.people ? ['--people', golden.people] : []), '--undirected', '--period', 'day', '--quiet'];
}

it('covers the SocioPatterns contacts when the data sets are present', () => {
  const names = goldens.map((g) => g.name);
  expect(names).toContain('path-p4');
  if (existsSync(join(ROOT, '../shared/datasets/sociopatterns-workplace-2013'))) expect(names).toContain('sociopatterns-workplace-2013');
});

describe.each(goldens)('$name --undirected (networkx on U)', (golden) => {
  let report: Report;
  beforeAll(async () => {
    report = await analyzeJson(argsOf(golden));
  });

  it('has the same people, marked undirected', () => {
    expect(report.people.map((p) => p.id)).toEqual(golden.nodes);
    expect(report.meta.options.undirected).toBe(true);
  });

  it('lists each tie once in the ties table, with U weight', async () => {
    const result = await run(['analyze', ...argsOf(golden), '--format', 'csv', '--table', 'ties']);
    const rows = readCsv(result.stdout).slice(1);
    expect(rows.map(([s, t]) => [s, t])).toEqual(golden.edges.map(([s, t]) => [s, t]));
    rows.forEach((row, i) => close(Number(row[2]), golden.edges[i]![2], 1e-9, `weight ${row[0]}–${row[1]}`));
  });

  it.each(['inDegree', 'outDegree', 'inStrength', 'outStrength', 'degreeCentrality', 'betweenness', 'closeness', 'pagerank',
    'reciprocity', 'giveTakeRatio', 'constraint', 'effectiveSize', 'externalShare', 'cutPoint', 'dependents'])('person %s', (field) => {
    const tolerance = field === 'pagerank' ? 1e-6 : 1e-9;
    golden.person[field]!.forEach((expected, i) => {
      close(report.people[i]![field as keyof Report['people'][number]], expected, tolerance, `${field}[${golden.nodes[i]}]`);
    });
  });

  // networkx pagerank(U.reverse()) is pagerank(U): a tie without direction reverses to itself.
  it('person sourcePagerank: networkx pagerank(U), as U reversed is U', () => {
    golden.person.pagerank!.forEach((expected, i) => close(report.people[i]!.sourcePagerank, expected, 1e-6, `sourcePagerank[${golden.nodes[i]}]`));
  });

  it('person brokerage: open paths of U once in each direction', () => {
    expect(report.people.map((p) => p.brokerage)).toEqual(golden.person.brokerage);
  });

  it.runIf(golden.person.roles !== null)('person roles, never one-way', () => {
    expect(report.people.map((p) => p.roles)).toEqual(golden.person.roles);
  });

  it('org fields', () => {
    for (const [field, expected] of Object.entries(golden.org)) {
      if (field === 'keyPlayers') {
        const players = expected as KeyPlayer[];
        expect(report.org.keyPlayers.map((p) => p.id)).toEqual(players.map((p) => p.id));
        players.forEach((p, i) => close(report.org.keyPlayers[i]?.fragmentation, p.fragmentation, 1e-9, `keyPlayers[${i}]`));
      } else {
        close(report.org[field as keyof Report['org']], expected, 1e-9, `org.${field}`);
      }
    }
  });

  it('groups: U edges inside and across, density of the induced subgraph of U, no reciprocity', () => {
    expect(report.groups.map((g) => g.group)).toEqual(golden.groups.map((g) => g.group));
    report.groups.forEach((row, i) => {
      const { activityRate: _rate, ...figures } = row;
      const expected = golden.groups[i]!;
      for (const [field, value] of Object.entries(expected)) close(figures[field as keyof typeof figures], value, 1e-9, `${row.group}.${field}`);
    });
  });

  it('mixing: both orders of two groups, the diagonal once', () => {
    expect(report.mixing.map(({ from, to, ties }) => ({ from, to, ties }))).toEqual(golden.mixing.map(({ from, to, ties }) => ({ from, to, ties })));
    report.mixing.forEach((cell, i) => close(cell.weight, golden.mixing[i]!.weight, 1e-9, `${cell.from}→${cell.to}`));
  });

  it.runIf(golden.activity !== null)('activity per day: people, series and trend', () => {
    const expected = golden.activity!;
    expect(report.activity.periods).toBe(expected.periods);
    close(report.activity.trend, expected.trend, 1e-9, 'activity.trend');
    close(report.org.activeShare, expected.activeShare, 1e-12, 'org.activeShare');
    expect(report.activity.series.map(({ period, activePeople, newTies, reciprocity }) => ({ period, activePeople, newTies, reciprocity }))).toEqual(
      expected.series.map(({ period, activePeople, newTies, reciprocity }) => ({ period, activePeople, newTies, reciprocity })),
    );
    report.activity.series.forEach((row, i) => close(row.interactions, expected.series[i]!.interactions, 1e-9, `series[${row.period}]`));
    report.people.forEach((p, i) => {
      for (const [field, value] of Object.entries(expected.people[i]!)) close(p.activity[field as keyof PersonActivity], value, 1e-9, `${p.id}.activity.${field}`);
    });
  });
});
