/**
 * Builds the page's data from the Analysis: every id, group name and attribute comes from
 * `analysis.report` (people, groups, communities) and the ties from `analysis.index`, so
 * whatever transforms the Analysis upstream (pseudonymization, --min-group-size pooling) is
 * what the page shows.
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import type { DiffResult } from '../../core/model/diff.js';
import { keyPlayerSteps, orgDistanceFragmentation } from '../../core/analysis/findings/key-players.js';
import { criticalPeople, meanDistance } from '../../core/analysis/resilience-view.js';
import { compareIds } from '../../core/base/ids.js';
import type { Meta, PersonRow, Report } from '../../core/model/report.js';
import type { Lang } from '../i18n/numbers.js';
import { buildCompareData } from './compare-build.js';
import { drawnTies } from './drawn-ties.js';
import { layoutPositions } from './layout.js';
import { ROLE_ORDER, STATUS_ORDER, type PageData, type PeopleColumns, type ReportingLine } from './page-data.js';
import { undirectedPairs } from './pairs.js';
import { shownMeta } from '../shown-meta.js';

/** The heatmap shows at most this many groups (the largest), and the page lists at most this many communities. */
const HEATMAP_GROUPS = 30;
const LISTED_COMMUNITIES = 50;

/** Undirected data, read defensively from the options (`--undirected`, `--events`). */
function isUndirected(meta: Meta): boolean {
  return meta.options.undirected === true || Boolean(meta.options.events);
}

/** `compare`: the diff against the `--compare BEFORE` snapshot, whose AFTER side is this analysis. */
export function buildPageData(analysis: Analysis, lang: Lang, compare: DiffResult | null = null, title: string | null = null): PageData {
  const { report } = analysis;
  const indexOf = new Map(report.people.map((p, i) => [p.id, i]));
  const pairs = undirectedPairs(analysis.index, indexOf);
  const seed = typeof report.meta.options.seed === 'number' ? report.meta.options.seed : 42;
  const positions = layoutPositions(report.people.length, pairs, report.people.map((p) => p.community), seed);
  const groupNames = groupsBySize(report);
  return {
    lang,
    title,
    directed: !(analysis.index.undirected || isUndirected(report.meta)),
    meta: shownMeta(report.meta),
    org: report.org,
    findings: report.findings,
    groups: report.groups,
    attributes: report.attributes ?? {},
    mixing: mixingSlice(report, groupNames),
    communities: communitySlice(report),
    activity: report.activity,
    windows: report.windows ?? null,
    resilience: {
      fragmentation: report.org.fragmentation,
      distanceFragmentation: orgDistanceFragmentation(report.org),
      hops: meanDistance(orgDistanceFragmentation(report.org)),
      keyPlayers: keyPlayerSteps(report).map((k) => ({ ...k, hops: meanDistance(k.distanceFragmentation) })),
      critical: criticalPeople(analysis, CRITICAL_LISTED).map(({ id, cutOffGroups }) => ({ id, cutOffGroups })),
    },
    load: { lorenz: lorenzCurve(report.people), overloaded: overloadedPeople(report.people) },
    people: peopleColumns(report.people, groupNames, positions),
    ties: drawnTies(pairs, report.people.length),
    reportingLine: report.org.hierarchy ? reportingLine(report.people, indexOf) : null,
    compare: compare ? buildCompareData({ diff: compare, analysis, indexOf, positions }) : null,
  };
}

/** Points of the Lorenz curve at most: enough for a smooth line, whatever the organization's size. */
const LORENZ_POINTS = 200;

/** Cumulative shares of people (least giving first) and of all they give, from (0, 0) to (1, 1). */
function lorenzCurve(people: readonly PersonRow[]): PageData['load']['lorenz'] {
  const given = Float64Array.from(people, (p) => p.outStrength).sort();
  const n = given.length;
  const total = given.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return null;
  const cumulative = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cumulative[i + 1] = cumulative[i]! + given[i]!;
  const steps = Math.min(n, LORENZ_POINTS);
  const at = Array.from({ length: steps + 1 }, (_, j) => Math.round((j * n) / steps));
  return { people: at.map((k) => round(k / n)!), given: at.map((k) => round(cumulative[k]! / total)!) };
}

function overloadedPeople(people: readonly PersonRow[]): PageData['load']['overloaded'] {
  return people
    .filter((p) => p.roles.includes('overloaded'))
    .sort((a, b) => b.outStrength - a.outStrength || compareIds(a.id, b.id))
    .map((p) => ({ id: p.id, outStrength: p.outStrength, inStrength: p.inStrength }));
}

/** Critical people listed with whom they would cut off; the rest are in the people table. */
const CRITICAL_LISTED = 50;

/** Group names, the largest first, then by name: colours and the heatmap follow this order. */
function groupsBySize(report: Report): string[] {
  return [...report.groups].sort((a, b) => b.size - a.size || compareIds(a.group, b.group)).map((g) => g.group);
}

function mixingSlice(report: Report, groupNames: string[]): PageData['mixing'] {
  const shown = groupNames.slice(0, HEATMAP_GROUPS);
  const inside = new Set(shown);
  // A row's denominator is every tie of the group, in or out, I + E: the diagonal is then the
  // group's internalShare, the figure every other view shows.
  const rowTies = new Map(report.groups.map((g) => [g.group, g.internalTies + g.externalTies]));
  return {
    groups: shown,
    rowTies: shown.map((g) => rowTies.get(g) ?? 0),
    totalGroups: groupNames.length,
    cells: report.mixing.filter((c) => inside.has(c.from) && inside.has(c.to)),
  };
}

function communitySlice(report: Report): PageData['communities'] {
  const several = report.communities.filter((c) => c.size > 1);
  return { rows: several.slice(0, LISTED_COMMUNITIES), total: several.length, singles: report.communities.length - several.length };
}

/** Six significant digits: the page shows four; JSON stays a third of the full precision's size. */
const round = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : Number(v.toPrecision(6)));

function peopleColumns(people: PersonRow[], groupNames: string[], positions: { x: Float64Array; y: Float64Array }): PeopleColumns {
  const groupIndex = new Map(groupNames.map((g, i) => [g, i]));
  const attributeNames = [...new Set(people.flatMap((p) => Object.keys(p.attributes)))].sort(compareIds);
  const column = <T>(f: (p: PersonRow) => T) => people.map(f);
  return {
    count: people.length,
    id: column((p) => p.id),
    label: column((p) => p.label ?? null),
    group: column((p) => (p.group === null ? null : (groupIndex.get(p.group) ?? null))),
    groupNames,
    community: column((p) => p.community),
    x: Array.from(positions.x),
    y: Array.from(positions.y),
    pagerank: column((p) => round(p.pagerank)),
    sourcePagerank: column((p) => round(p.sourcePagerank)),
    betweenness: column((p) => round(p.betweenness)),
    closeness: column((p) => round(p.closeness)),
    degreeCentrality: column((p) => round(p.degreeCentrality)),
    reciprocity: column((p) => round(p.reciprocity)),
    inDegree: column((p) => p.inDegree),
    outDegree: column((p) => p.outDegree),
    dependents: column((p) => p.dependents),
    coreNumber: column((p) => p.coreNumber),
    interactions: column((p) => round(p.activity.interactions) ?? 0),
    status: column((p) => (p.activity.status === null ? null : STATUS_ORDER.indexOf(p.activity.status))),
    roles: column((p) => p.roles.reduce((bits, r) => bits | (1 << ROLE_ORDER.indexOf(r)), 0)),
    attributes: { names: attributeNames, values: attributeNames.map((name) => column((p) => p.attributes[name] ?? null)) },
  };
}

/** Managers by index (-1: none, or an id nobody analysed carries, which the report already makes null). */
function reportingLine(people: readonly PersonRow[], indexOf: ReadonlyMap<string, number>): ReportingLine {
  return {
    manager: people.map((p) => (p.manager === null ? -1 : (indexOf.get(p.manager) ?? -1))),
    tie: people.map((p) => (p.managerTie === true ? 1 : 0)),
  };
}
