/**
 * What the table and Markdown views of a diff say, once: sections of text lines and tables
 * built from the DiffResult. Each view only formats them (cli-table3 and colour for the
 * terminal, pipe tables for Markdown), so both tell the same story with the same figures.
 * Cells hold raw text (names included); the views make them printable or escape them.
 */
import { ROLES, STATUSES } from '../../core/check/fields.js';
import { GROUP_TRACKED, mostChanged, type GroupTracked } from '../../core/diff/groups.js';
import { eiMovers } from '../../core/diff/attributes.js';
import { changedManager, managerTieMoved } from '../../core/diff/reporting-line.js';
import { rankMovers, RANKED_FIELDS, type RankedField } from '../../core/diff/people.js';
import type { AttributeChange, CommunityEvent, CommunityRef, DiffResult, FindingChange, PersonChange, SideMeta, TieChange } from '../../core/model/diff.js';
import { formatNumber, formatP } from '../format.js';
import { diffEn as w } from '../i18n/diff-en.js';
import { MISSING } from '../i18n/numbers.js';
import { arrow, byGroup, changeCells, signed, someOf } from './format.js';

type Align = 'left' | 'right';

export type Block =
  | { kind: 'text'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'table'; head: string[]; rows: string[][]; align: Align[] };

export interface Section {
  title: string;
  blocks: Block[];
}

const text = (t: string): Block => ({ kind: 'text', text: t });
const note = (t: string): Block => ({ kind: 'note', text: t });
const table = (head: string[], rows: string[][], align?: Align[]): Block => ({
  kind: 'table', head, rows, align: align ?? head.map((_, i) => (i === 0 ? 'left' : 'right')),
});

function describeSide(side: SideMeta): string {
  const periods = side.periods ? w.periods(side.periods.first, side.periods.last) : '';
  return w.side(side.file, periods, side.source === 'report');
}

/** Figures `analyze` shows as percentages: here too, with their changes in percentage points. */
const ORG_SHARES: ReadonlySet<string> = new Set([
  'reciprocity', 'dyadReciprocity', 'largestComponentShare', 'activeShare', 'overload.top1Share', 'overload.top5Share', 'overload.top20Share',
  'hierarchy.tiesOnReportingLine',
]);

/** Figures `analyze` shows as indices, at a fixed number of decimals. */
const ORG_INDICES: ReadonlySet<string> = new Set([
  'density', 'transitivity', 'degreeCentralization', 'eiIndex', 'modularity', 'groupAlignment', 'fragmentation', 'distanceFragmentation', 'overload.gini',
]);

/** A p-value as analyze prints it (0.012, < 0.001); its change is no figure to read. */
function orgCells(field: string, c: DiffResult['org'][string]): string[] {
  if (field === 'eiPValue') return [formatP(c.before), formatP(c.after), MISSING];
  return changeCells(c, ORG_SHARES.has(field) ? 'share' : ORG_INDICES.has(field) ? 'index' : 'number');
}

function orgSection(diff: DiffResult): Section {
  const rows = Object.entries(diff.org)
    .filter(([, c]) => c.before !== null || c.after !== null)
    .map(([field, c]) => [w.orgLabels[field] ?? field, ...orgCells(field, c)]);
  return { title: w.organization, blocks: [table([w.figure, w.before, w.after, w.change], rows)] };
}

const who = (p: PersonChange, side: 'before' | 'after') => (p.group[side] === null ? p.id : `${p.id} (${p.group[side]})`);

function peopleSection(diff: DiffResult, top: number): Section {
  const s = diff.summary.people;
  const joined = diff.people.filter((p) => p.presence === 'joined');
  const left = diff.people.filter((p) => p.presence === 'left');
  const withRoles = (p: PersonChange, side: 'before' | 'after') => {
    const roles = p.roles[side];
    return roles.length ? `${who(p, side)} [${roles.join(', ')}]` : who(p, side);
  };
  const blocks = [
    text(w.peopleLine(formatNumber(s.before), formatNumber(s.after), formatNumber(s.joined), formatNumber(s.left), formatNumber(s.stayed))),
    text(w.joined(someOf(joined.map((p) => withRoles(p, 'after')), top))),
    text(w.left(someOf(left.map((p) => withRoles(p, 'before')), top))),
  ];
  return { title: w.people, blocks };
}

function statusSection(diff: DiffResult, top: number): Section | null {
  const counts = diff.summary.status;
  if (STATUSES.every((s) => counts[s].before === null && counts[s].after === null)) return null;
  const rows = STATUSES.map((s) => [s, formatNumber(counts[s].before), formatNumber(counts[s].after), signed(counts[s].change)]);
  const blocks: Block[] = [table([w.status, w.before, w.after, w.change], rows)];
  for (const status of ['dormant', 'fading', 'growing'] as const) {
    const now = diff.people.filter((p) => p.presence === 'stayed' && p.status.after === status && p.status.before !== status);
    if (now.length === 0) continue;
    blocks.push(text(w.nowStatus(status, formatNumber(now.length), byGroup(now.map((p) => p.group.after)), someOf(now.map((p) => p.id), top))));
  }
  return { title: w.activityStatus, blocks };
}

const tieRow = (t: TieChange) => [`${t.source} → ${t.target}`, t.sourceGroup ?? MISSING, t.targetGroup ?? MISSING, formatNumber(t.weight), formatNumber(t.count)];

function tiesSection(diff: DiffResult, top: number): Section {
  const s = diff.summary.ties;
  const head = `${formatNumber(s.before)} → ${formatNumber(s.after)}`;
  if (diff.ties === null) return { title: w.ties, blocks: [text(head), note(diff.meta.ties.reason ?? w.noTieChanges)] };
  const blocks: Block[] = [text(w.tiesLine(head, formatNumber(s.gained), formatNumber(s.lost), formatNumber(s.kept)))];
  for (const kind of ['gained', 'lost'] as const) {
    const ties = diff.ties.filter((t) => t.change === kind).slice(0, top);
    if (ties.length === 0) continue;
    blocks.push(text(w.heaviest(kind)), table([...w.tieHead], ties.map(tieRow), ['left', 'left', 'left', 'right', 'right']));
  }
  return { title: w.ties, blocks };
}

function moversSection(diff: DiffResult, field: RankedField, top: number): Section {
  const stayed = diff.summary.people.stayed;
  const blocks: Block[] = [];
  for (const direction of ['up', 'down'] as const) {
    const movers = rankMovers(diff.people, field, direction, top);
    if (movers.length === 0) continue;
    const rows = movers.map((p) => {
      const c = p[field];
      return [p.id, p.group.after ?? MISSING, `${formatNumber(c.rankBefore)} → ${formatNumber(c.rankAfter)}`, signed(c.move), arrow(c, 'centrality')];
    });
    blocks.push(text(w.moved(direction)), table(w.moverHead(w.rankedLabel[field]), rows, ['left', 'left', 'right', 'right', 'right']));
  }
  if (blocks.length === 0) blocks.push(text(w.noRankMoved));
  return { title: w.rankTitle(w.rankedLabel[field], formatNumber(stayed)), blocks };
}

/** Group figures `analyze` shows as percentages. */
const GROUP_SHARES: ReadonlySet<GroupTracked> = new Set(['reciprocity', 'activityRate']);

function groupsSection(diff: DiffResult, top: number): Section | null {
  if (diff.groups.length === 0) return null;
  const blocks: Block[] = [];
  const fresh = diff.groups.filter((g) => g.presence === 'new').map((g) => g.group);
  const gone = diff.groups.filter((g) => g.presence === 'gone').map((g) => g.group);
  if (fresh.length) blocks.push(text(w.newGroups(someOf(fresh, top))));
  if (gone.length) blocks.push(text(w.groupsGone(someOf(gone, top))));
  for (const field of GROUP_TRACKED) {
    const changed = mostChanged(diff.groups, field, top);
    if (changed.length === 0) continue;
    const rows = changed.map((g) => [g.group, ...changeCells(g[field], GROUP_SHARES.has(field) ? 'share' : field === 'eiIndex' ? 'index' : 'number')]);
    blocks.push(text(w.changedMost(w.groupLabel[field])), table([w.group, w.before, w.after, w.change], rows));
  }
  if (blocks.length === 0) blocks.push(text(w.noGroupChanged));
  return { title: w.groups, blocks };
}

function rolesSection(diff: DiffResult, top: number): Section {
  const rows = ROLES.filter((role) => diff.summary.roles[role].change !== 0 || diff.people.some((p) => p.roles.gained.includes(role) || p.roles.lost.includes(role))).map((role) => {
    const c = diff.summary.roles[role];
    const gained = diff.people.filter((p) => p.roles.gained.includes(role)).map((p) => (p.presence === 'joined' ? w.joinedMark(p.id) : p.id));
    const lost = diff.people.filter((p) => p.roles.lost.includes(role)).map((p) => (p.presence === 'left' ? w.leftMark(p.id) : p.id));
    return [role, formatNumber(c.before), formatNumber(c.after), someOf(gained, top), someOf(lost, top)];
  });
  if (rows.length === 0) return { title: w.roles, blocks: [text(w.noRoleChanged)] };
  const changed = diff.people.filter((p) => p.presence === 'stayed' && (p.roles.gained.length > 0 || p.roles.lost.length > 0));
  const list = (roles: readonly string[]) => (roles.length ? roles.join(', ') : w.noRole);
  const blocks: Block[] = [table([...w.roleHead], rows, ['left', 'right', 'right', 'left', 'left'])];
  if (changed.length) {
    blocks.push(text(w.rolesChanged));
    for (const p of changed.slice(0, top)) blocks.push(text(`  ${who(p, 'after')}: ${list(p.roles.before)} → ${list(p.roles.after)}`));
    if (changed.length > top) blocks.push(note(w.morePeople(changed.length - top)));
  }
  return { title: w.roles, blocks };
}

function communityName(ref: CommunityRef | undefined, id: number): string {
  if (!ref) return String(id);
  return `${id} (${ref.size}${ref.dominantGroup === null ? '' : w.mostly(ref.dominantGroup)})`;
}

function communitiesSection(diff: DiffResult, top: number): Section {
  const c = diff.communities;
  const before = new Map(c.before.map((r) => [r.id, r]));
  const after = new Map(c.after.map((r) => [r.id, r]));
  const names = (ids: number[], side: Map<number, CommunityRef>) => ids.map((id) => communityName(side.get(id), id)).join(' + ');
  const jaccard = (e: CommunityEvent) => {
    const o = c.overlaps.find((x) => x.before === e.before[0] && x.after === e.after[0]);
    return o ? w.jaccard(formatNumber(o.jaccard)) : '';
  };
  const line = (e: CommunityEvent): string => {
    switch (e.kind) {
      case 'continued': return `${w.communityEvent.continued}: ${names(e.before, before)} → ${names(e.after, after)}${jaccard(e)}`;
      case 'split': return `${w.communityEvent.split}: ${names(e.before, before)} → ${names(e.after, after)}`;
      case 'merged': return `${w.communityEvent.merged}: ${names(e.before, before)} → ${names(e.after, after)}`;
      case 'dissolved': return `${w.communityEvent.dissolved}: ${names(e.before, before)}`;
      case 'formed': return `${w.communityEvent.formed}: ${names(e.after, after)}`;
    }
  };
  const { minSize, threshold } = diff.meta.communities;
  const blocks: Block[] = [text(w.communitiesLine(formatNumber(c.before.length), formatNumber(c.after.length), minSize, threshold))];
  const events = c.events.map(line);
  for (const l of events.slice(0, 3 * top)) blocks.push(text(l));
  if (events.length > 3 * top) blocks.push(note(w.moreMatches(events.length - 3 * top)));
  return { title: w.communities, blocks };
}

/** What a finding is about: a group, a community, the organization, or some people. */
export function findingSubject(f: FindingChange, top: number): string {
  switch (f.subject.type) {
    case 'organization': return w.theOrganization;
    case 'group': return f.subject.group;
    case 'community': return w.community(f.subject.community);
    // Named as people, so an id such as 8 does not read as a count beside the figures.
    case 'people': return w.peopleSubject(f.subject.ids.length, someOf(f.subject.ids, top));
  }
}

function findingsSection(diff: DiffResult, top: number): Section {
  const of = (presence: FindingChange['presence']) => diff.findings.filter((f) => f.presence === presence);
  const [appeared, gone, kept] = [of('appeared'), of('gone'), of('kept')];
  const blocks: Block[] = [text(w.findingsLine(formatNumber(appeared.length), formatNumber(gone.length), formatNumber(kept.length)))];
  const rows = [...appeared, ...gone, ...kept.filter((f) => f.severity.before !== f.severity.after)].map((f) => [
    f.presence === 'kept' ? w.severityChanged : f.presence,
    f.kind,
    findingSubject(f, top),
    f.severity.before ?? MISSING,
    f.severity.after ?? MISSING,
  ]);
  if (rows.length > 0) blocks.push(table([...w.findingHead], rows, ['left', 'left', 'left', 'left', 'left']));
  return { title: w.findings, blocks };
}

function reportingLineSection(diff: DiffResult, top: number): Section | null {
  const r = diff.summary.reportingLine;
  if (r === null) {
    // Said only when one side has a chart: without any, the section is no news.
    const has = (side: 'before' | 'after') => diff.org['hierarchy.people']?.[side] != null;
    if (has('before') === has('after')) return null;
    return { title: w.reportingLine, blocks: [note(w.noReportingLine(has('before') ? diff.meta.after.file : diff.meta.before.file))] };
  }
  const blocks: Block[] = [text(w.reportingLineLine(formatNumber(r.managerChanged), r.managerChanged, formatNumber(r.tieWithManagerGained), formatNumber(r.tieWithManagerLost)))];
  const changed = diff.people.filter(changedManager);
  if (changed.length > 0) {
    const rows = changed.slice(0, top).map((p) => [p.id, p.manager.before ?? w.noManager, p.manager.after ?? w.noManager, w.tied(p.managerTie.before), w.tied(p.managerTie.after)]);
    blocks.push(table([...w.managerHead], rows, ['left', 'left', 'left', 'left', 'left']));
    if (changed.length > top) blocks.push(note(w.moreManagers(changed.length - top)));
  }
  for (const which of ['gained', 'lost'] as const) {
    const people = diff.people.filter((p) => managerTieMoved(p, which));
    if (people.length > 0) blocks.push(text(w.tieWithManager(which, someOf(people.map((p) => w.withManager(p.id, p.manager.after!)), top))));
  }
  return { title: w.reportingLine, blocks };
}

function attributeBlocks(column: string, c: AttributeChange, top: number): Block[] {
  if (c.presence !== 'kept') return [note(w.onlyOneSide(column, c.presence === 'new' ? 'after' : 'before'))];
  const ei = `${arrow(c.eiIndex, 'index')} (${signed(c.eiIndex.change, 'index')})`;
  const blocks: Block[] = [text(w.attributeLine(column, ei, `${formatP(c.eiPValue.before)} → ${formatP(c.eiPValue.after)}`))];
  if (c.binsDiffer) blocks.push(note(w.binsDiffer(column)));
  const fresh = c.groups.filter((g) => g.presence === 'new').map((g) => g.group);
  const gone = c.groups.filter((g) => g.presence === 'gone').map((g) => g.group);
  if (fresh.length) blocks.push(text(`  ${w.newValues(someOf(fresh, top))}`));
  if (gone.length) blocks.push(text(`  ${w.valuesGone(someOf(gone, top))}`));
  const movers = eiMovers(c.groups, top);
  // Without a value on both sides (bins that all moved), there is no change to speak of.
  if (movers.length === 0 && c.groups.some((g) => g.presence === 'kept')) blocks.push(text(`  ${w.noAttributeChanged(column)}`));
  else if (movers.length > 0) blocks.push(table(w.attributeHead(column), movers.map((g) => [g.group, arrow(g.size), ...changeCells(g.eiIndex, 'index')])));
  return blocks;
}

function attributesSection(diff: DiffResult, top: number): Section | null {
  const columns = Object.entries(diff.attributes);
  if (columns.length === 0) return null;
  return { title: w.attributes, blocks: columns.flatMap(([column, c]) => attributeBlocks(column, c, top)) };
}

function reachSection(diff: DiffResult, top: number): Section | null {
  const { before, after } = diff.summary.reachPlayers;
  if (before.length === 0 && after.length === 0) return null;
  const added = after.filter((id) => !before.includes(id));
  const dropped = before.filter((id) => !after.includes(id));
  return {
    title: w.reachPlayers,
    blocks: [text(w.reachLine('before', someOf(before, top))), text(w.reachLine('after', someOf(after, top))), text(w.reachMoved(someOf(added, top), someOf(dropped, top)))],
  };
}

/** Every section, in reading order; sections without content are left out. */
export function diffSections(diff: DiffResult, top: number): { heading: string; sections: Section[] } {
  const heading = w.heading(describeSide(diff.meta.before), describeSide(diff.meta.after));
  const sections = [
    orgSection(diff),
    findingsSection(diff, top),
    peopleSection(diff, top),
    statusSection(diff, top),
    tiesSection(diff, top),
    ...RANKED_FIELDS.map((f) => moversSection(diff, f, top)),
    groupsSection(diff, top),
    attributesSection(diff, top),
    reportingLineSection(diff, top),
    reachSection(diff, top),
    rolesSection(diff, top),
    communitiesSection(diff, top),
  ].filter((s): s is Section => s !== null);
  return { heading, sections };
}
