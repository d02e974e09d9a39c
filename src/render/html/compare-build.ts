/**
 * The page's `compare` data (compare-data.ts) from the DiffResult the CLI computed for
 * `--compare BEFORE` and this report's Analysis: the same figures `orgnet diff` shows, cut to
 * what a page shows (the orderings are the diff's own: rankMovers, mostChanged), plus the map's
 * change layer (change-ties.ts). Every id and group name comes from the DiffResult, which is
 * built from the two sides' Reports, and from this report's Analysis.
 */
import { ROLES } from '../../core/check/fields.js';
import { GROUP_TRACKED, mostChanged, RANKED_FIELDS, rankMovers } from '../../core/diff/index.js';
import { eiMovers } from '../../core/diff/attributes.js';
import { changedManager, managerTieMoved } from '../../core/diff/reporting-line.js';
import type { CommunityRef, DiffResult, PersonChange, SideMeta } from '../../core/model/diff.js';
import type { Analysis } from '../../core/analysis/analyze.js';
import { compareIds } from '../../core/base/ids.js';
import { changeLayer } from './change-ties.js';
import type { AttributeMove, CommunityMove, CommunityName, CompareData, CompareSide, GroupMove, Mover, PersonColumnsBefore, ReportingLineMove, RoleMove, Some } from './compare-data.js';
import { fileName } from '../shown-meta.js';
import { ROLE_ORDER, STATUS_ORDER } from './page-data.js';

/** Rows per table (the diff's default `--top`), and names per list before "and N more". */
const COMPARE_TOP = 10;
const COMPARE_NAMES = 100;
/** Community splits, merges, dissolutions and formations listed. */
const COMPARE_COMMUNITY_MOVES = 30;

function some<T>(items: readonly T[], limit = COMPARE_NAMES): Some<T> {
  return { items: items.slice(0, limit), total: items.length };
}

function side(meta: SideMeta): CompareSide {
  return { file: fileName(meta.file), source: meta.source, periods: meta.periods, hasTies: meta.hasTies };
}

const roleBits = (roles: readonly string[]) => roles.reduce((bits, r) => bits | (1 << ROLE_ORDER.indexOf(r as (typeof ROLE_ORDER)[number])), 0);

function byGroup(people: readonly PersonChange[]): { group: string | null; people: number }[] {
  const counts = new Map<string | null, number>();
  for (const p of people) counts.set(p.group.after, (counts.get(p.group.after) ?? 0) + 1);
  return [...counts]
    .map(([group, n]) => ({ group, people: n }))
    .sort((a, b) => b.people - a.people || (a.group === null ? 1 : b.group === null ? -1 : compareIds(a.group, b.group)));
}

function statusNow(diff: DiffResult): CompareData['statusNow'] {
  const now = (status: 'dormant' | 'fading' | 'growing') => {
    const people = diff.people.filter((p) => p.presence === 'stayed' && p.status.after === status && p.status.before !== status);
    return { ...some(people.map((p) => ({ id: p.id, group: p.group.after }))), byGroup: byGroup(people) };
  };
  return { dormant: now('dormant'), fading: now('fading'), growing: now('growing') };
}

function movers(diff: DiffResult): CompareData['movers'] {
  const row = (field: (typeof RANKED_FIELDS)[number]) => (p: PersonChange): Mover => {
    const c = p[field];
    return { id: p.id, group: p.group.after, rankBefore: c.rankBefore!, rankAfter: c.rankAfter!, move: c.move!, before: c.before, after: c.after };
  };
  const of = (field: (typeof RANKED_FIELDS)[number]) => ({
    up: rankMovers(diff.people, field, 'up', COMPARE_TOP).map(row(field)),
    down: rankMovers(diff.people, field, 'down', COMPARE_TOP).map(row(field)),
  });
  return Object.fromEntries(RANKED_FIELDS.map((f) => [f, of(f)])) as CompareData['movers'];
}

function groups(diff: DiffResult): CompareData['groups'] {
  const changed = Object.fromEntries(
    GROUP_TRACKED.map((field) => [field, mostChanged(diff.groups, field, COMPARE_TOP).map((g): GroupMove => ({ group: g.group, ...g[field] }))]),
  ) as CompareData['groups']['changed'];
  return {
    fresh: diff.groups.filter((g) => g.presence === 'new').map((g) => g.group),
    gone: diff.groups.filter((g) => g.presence === 'gone').map((g) => g.group),
    changed,
  };
}

/** The roles that changed hands, in the diff's role order. */
function roles(diff: DiffResult): RoleMove[] {
  return ROLES.flatMap((role) => {
    const gained = diff.people.filter((p) => p.roles.gained.includes(role)).map((p) => ({ id: p.id, joined: p.presence === 'joined' }));
    const lost = diff.people.filter((p) => p.roles.lost.includes(role)).map((p) => ({ id: p.id, left: p.presence === 'left' }));
    const c = diff.summary.roles[role];
    if (gained.length === 0 && lost.length === 0) return [];
    return [{ role, before: c.before ?? 0, after: c.after ?? 0, gained: some(gained), lost: some(lost) }];
  });
}

function communities(diff: DiffResult): CompareData['communities'] {
  const c = diff.communities;
  const name = (refs: readonly CommunityRef[]) => {
    const byId = new Map(refs.map((r) => [r.id, r]));
    return (id: number): CommunityName => byId.get(id) ?? { id, size: 0, dominantGroup: null };
  };
  const before = name(c.before);
  const after = name(c.after);
  const moves = c.events
    .filter((e) => e.kind !== 'continued')
    .map((e): CommunityMove => ({ kind: e.kind as CommunityMove['kind'], before: e.before.map(before), after: e.after.map(after) }));
  return {
    before: c.before.length,
    after: c.after.length,
    continued: c.events.filter((e) => e.kind === 'continued').length,
    minSize: diff.meta.communities.minSize,
    threshold: diff.meta.communities.threshold,
    moves: some(moves, COMPARE_COMMUNITY_MOVES),
  };
}

/** Per column, the values whose E-I changed most (in absolute value, ties by label), as `orgnet diff` lists them. */
function attributes(diff: DiffResult): AttributeMove[] {
  return Object.entries(diff.attributes).map(([column, a]) => ({
    column,
    presence: a.presence,
    eiIndex: a.eiIndex,
    eiPValue: a.eiPValue,
    binsDiffer: a.binsDiffer,
    fresh: a.groups.filter((g) => g.presence === 'new').map((g) => g.group),
    gone: a.groups.filter((g) => g.presence === 'gone').map((g) => g.group),
    changed: eiMovers(a.groups, COMPARE_TOP).map((g) => ({ group: g.group, size: g.size, ...g.eiIndex })),
  }));
}

function reportingLine(diff: DiffResult): ReportingLineMove | null {
  if (diff.summary.reportingLine === null) return null;
  const tie = (which: 'gained' | 'lost') => some(diff.people.filter((p) => managerTieMoved(p, which)).map((p) => ({ id: p.id, manager: p.manager.after! })));
  return {
    changedManager: some(diff.people.filter(changedManager).map((p) => ({ id: p.id, ...p.manager }))),
    tieGained: tie('gained'),
    tieLost: tie('lost'),
  };
}

/** What the hover card says changed for each person of this report, in the page's people order. */
function peopleBefore(diff: DiffResult, ids: readonly string[]): PersonColumnsBefore {
  const byId = new Map(diff.people.map((p) => [p.id, p]));
  const rows = ids.map((id) => byId.get(id));
  const stayed = (p: PersonChange | undefined) => p !== undefined && p.presence === 'stayed';
  const rank = (field: (typeof RANKED_FIELDS)[number]) => ({
    before: rows.map((p) => (stayed(p) ? p![field].rankBefore : null)),
    after: rows.map((p) => (stayed(p) ? p![field].rankAfter : null)),
  });
  return {
    joined: rows.map((p) => p?.presence === 'joined'),
    roles: rows.map((p) => (stayed(p) ? roleBits(p!.roles.before) : 0)),
    status: rows.map((p) => (stayed(p) && p!.status.before !== null ? STATUS_ORDER.indexOf(p!.status.before) : null)),
    rank: Object.fromEntries(RANKED_FIELDS.map((f) => [f, rank(f)])) as PersonColumnsBefore['rank'],
  };
}

export interface CompareInput {
  diff: DiffResult;
  analysis: Analysis;
  /** This report's people: page index by id, and their map positions. */
  indexOf: ReadonlyMap<string, number>;
  positions: { x: ArrayLike<number>; y: ArrayLike<number> };
}

export function buildCompareData({ diff, analysis, indexOf, positions }: CompareInput): CompareData {
  const ref = (p: PersonChange, at: 'before' | 'after') => ({ id: p.id, group: p.group[at], roles: [...p.roles[at]] });
  const ties = diff.ties;
  const changed = diff.people.filter((p) => p.presence === 'stayed' && (p.roles.gained.length > 0 || p.roles.lost.length > 0));
  return {
    before: side(diff.meta.before),
    after: side(diff.meta.after),
    warnings: diff.meta.warnings,
    summary: diff.summary,
    org: diff.org,
    joined: some(diff.people.filter((p) => p.presence === 'joined').map((p) => ref(p, 'after'))),
    left: some(diff.people.filter((p) => p.presence === 'left').map((p) => ref(p, 'before'))),
    statusNow: statusNow(diff),
    movers: movers(diff),
    groups: groups(diff),
    roles: roles(diff),
    roleChanges: some(changed.map((p) => ({ id: p.id, group: p.group.after, before: [...p.roles.before], after: [...p.roles.after] }))),
    communities: communities(diff),
    attributes: attributes(diff),
    reportingLine: reportingLine(diff),
    ties: ties
      ? { gained: ties.filter((t) => t.change === 'gained').slice(0, COMPARE_TOP), lost: ties.filter((t) => t.change === 'lost').slice(0, COMPARE_TOP) }
      : null,
    map: ties
      ? changeLayer({ ties, people: diff.people, after: analysis.index, indexOf, positions: { x: Array.from(positions.x), y: Array.from(positions.y) } })
      : null,
    people: peopleBefore(diff, analysis.report.people.map((p) => p.id)),
  };
}
