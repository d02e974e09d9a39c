/**
 * The diff of two snapshots (docs/options.md `diff`): two Reports, and the ties of each side when it
 * has them → a DiffResult. Pure: every figure comes from the Reports (and the tie indexes, for
 * the tie changes), never from the input files, so a JSON report and the interactions file it
 * was made from give the same diff wherever both can answer.
 */
import { ORG_FIELDS, ROLES, STATUSES } from '../check/fields.js';
import type { GraphIndex } from '../graph/csr.js';
import type { ActivityStatus, Report, Role } from '../model/report.js';
import { attributeChanges, attributeWarnings } from './attributes.js';
import { change } from './change.js';
import { COMMUNITY_MATCH, matchCommunities } from './communities.js';
import { findingChanges } from './findings.js';
import { groupChanges } from './groups.js';
import { sideWarnings } from './options.js';
import { peopleChanges } from './people.js';
import { RANK_TOLERANCE } from './rank.js';
import { reportingLineChange } from './reporting-line.js';
import { tieChanges, type TieDiff } from './ties.js';
import { DIFF_SCHEMA_VERSION, type Change, type DiffResult, type DiffSummary, type PersonChange, type SideMeta, type SideSource } from '../model/diff.js';

export interface DiffSide {
  /** The file as the user named it. */
  file: string;
  source: SideSource;
  report: Report;
  /** The side's ties (its analysis index); null for a JSON report, which holds none. */
  ties: GraphIndex | null;
}

export interface DiffEnv {
  version: string;
  now: () => Date;
}

function sideMeta(side: DiffSide): SideMeta {
  const { meta, activity } = side.report;
  const series = activity.series;
  return {
    file: side.file,
    source: side.source,
    version: meta.tool.version,
    generatedAt: meta.generatedAt,
    periods: series.length > 0 ? { first: series[0]!.period, last: series[series.length - 1]!.period } : null,
    options: meta.options,
    betweenness: meta.betweenness,
    closeness: meta.closeness,
    hasTies: side.ties !== null,
  };
}

function orgChanges(before: Report, after: Report): Record<string, Change> {
  return Object.fromEntries(Object.entries(ORG_FIELDS).map(([name, field]) => [name, change(field.get(before.org), field.get(after.org))]));
}

function roleCounts(before: Report, after: Report): Record<Role, Change> {
  const count = (r: Report, role: Role) => r.people.filter((p) => p.roles.includes(role)).length;
  return Object.fromEntries(ROLES.map((role) => [role, change(count(before, role), count(after, role))])) as Record<Role, Change>;
}

/** Null on a side where no one has a status (no timestamps). */
function statusCounts(before: Report, after: Report): Record<ActivityStatus, Change> {
  const count = (r: Report, status: ActivityStatus) =>
    r.people.some((p) => p.activity.status !== null) ? r.people.filter((p) => p.activity.status === status).length : null;
  return Object.fromEntries(STATUSES.map((s) => [s, change(count(before, s), count(after, s))])) as Record<ActivityStatus, Change>;
}

function summary(before: Report, after: Report, people: readonly PersonChange[], ties: TieDiff | null): DiffSummary {
  const joined = people.filter((p) => p.presence === 'joined').length;
  const left = people.filter((p) => p.presence === 'left').length;
  return {
    people: { before: before.people.length, after: after.people.length, joined, left, stayed: people.length - joined - left },
    ties: { before: before.org.ties, after: after.org.ties, gained: ties?.gained ?? null, lost: ties?.lost ?? null, kept: ties?.kept ?? null },
    roles: roleCounts(before, after),
    status: statusCounts(before, after),
    keyPlayers: { before: before.org.keyPlayers.map((k) => k.id), after: after.org.keyPlayers.map((k) => k.id) },
    reachPlayers: { before: reachIds(before), after: reachIds(after) },
    reportingLine: reportingLineChange(before, after, people),
  };
}

/** A report of an earlier version has no reach players. */
const reachIds = (r: Report): string[] => (r.org.reachPlayers as Report['org']['reachPlayers'] | undefined)?.map((p) => p.id) ?? [];

/** Why the sides cannot give tie changes (a side without ties), in words that say what to do instead. */
export function noTiesReason(sides: readonly { file: string; hasTies: boolean }[]): string | null {
  const reports = sides.filter((s) => !s.hasTies).map((s) => s.file);
  if (reports.length === 0) return null;
  const which =
    reports.length === 2
      ? `${reports[0]} and ${reports[1]} are JSON reports made without --with-ties, which hold no tie lists`
      : `${reports[0]} is a JSON report made without --with-ties, which holds no tie list`;
  return `tie changes need the ties of both sides: ${which}; give the interactions file instead, or write the report with orgnet analyze --format json --with-ties`;
}

export function diffReports(before: DiffSide, after: DiffSide, env: DiffEnv): DiffResult {
  const b = before.report;
  const a = after.report;
  const ties = before.ties && after.ties ? tieChanges(before.ties, after.ties) : null;
  const people = peopleChanges(b, a);
  const communities = matchCommunities(b, a);
  const reason = noTiesReason([before, after].map((s) => ({ file: s.file, hasTies: s.ties !== null })));
  const attributes = attributeChanges(b, a);
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    kind: 'diff',
    meta: {
      tool: { name: 'orgnet', version: env.version },
      generatedAt: env.now().toISOString(),
      before: sideMeta(before),
      after: sideMeta(after),
      warnings: [...sideWarnings(before, after, env.version), ...attributeWarnings(attributes, { before: before.file, after: after.file })],
      rank: { method: 'competition', tolerance: RANK_TOLERANCE },
      communities: { ...COMMUNITY_MATCH },
      ties: { available: ties !== null, reason },
    },
    summary: summary(b, a, people, ties),
    org: orgChanges(b, a),
    people,
    groups: groupChanges(b, a),
    attributes,
    communities,
    findings: findingChanges(b, a, communities.events),
    ties: ties?.changes ?? null,
    failOn: null,
  };
}
