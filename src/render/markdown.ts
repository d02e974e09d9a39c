/**
 * The whole report as Markdown (`--format md`, `-o report.md`): headings and tables that read
 * well in a pull request, an issue or a wiki — organization, findings, groups, communities,
 * roles, activity, the top `--top` people by `--sort`, resilience, and where the figures came
 * from. Every name is escaped (markdown-text.ts); numbers are shown as in the terminal view.
 * Sections without data (no groups, no timestamps) are left out. One section per chunk.
 */
import type { Analysis } from '../core/analysis/analyze.js';
import { criticalPeople, keyPlayerLines, reachPlayerLines } from '../core/analysis/resilience-view.js';
import { distanceWords, keyPlayerEffect } from './i18n/en.js';
import { compareIds } from '../core/base/ids.js';
import type { PersonRow, Report } from '../core/model/report.js';
import type { RenderContext } from './context.js';
import { formatCell, formatCentrality, formatIndex, formatNumber, formatP, formatShare } from './format.js';
import { MISSING } from './i18n/numbers.js';
import { findingSentence, stringsFor } from './i18n/index.js';
import { md, mdTable } from './markdown-text.js';
import { personValue } from './person-fields.js';
import { personName, personNamer } from './person-name.js';
import { attributeGroupsByEi, attributeLine, optionalOrgRows, REACH_LEGEND, SILO_LEGEND, siloGroupNames, sortName, sortPeople, TOP_COLUMNS } from './table.js';
import { NO_RECIPROCITY, undirectedReport } from './undirected.js';
import { partialNote } from './partial-periods.js';
import { fileName, shownMeta } from './shown-meta.js';
import { firstToLast, groupLines, lowToHigh, orgLines, partialWindows, rangeSparkline, windowsWords, type FigureLine } from './windows-lines.js';
import { windowSpecOf } from './windows-spec.js';
import { reportEn } from './i18n/report-en.js';

const words = reportEn;
const view = reportEn.markdown;

export { NO_RECIPROCITY } from './undirected.js';
/** People named in one cell of the roles and activity sections, before "… and N more". */
const LIST_LIMIT = 20;
/** Rows of the cut-point table, before "… and N more". */
const CUT_POINT_LIMIT = 25;

/** People's names, already made Markdown (person-name.ts), the first `limit` of them. */
function names(shownNames: readonly string[], limit = LIST_LIMIT): string {
  if (shownNames.length === 0) return MISSING;
  const shown = shownNames.slice(0, limit).join(', ');
  return shownNames.length > limit ? view.andMore(shown, formatNumber(shownNames.length - limit)) : shown;
}

/** id → the person's name as Markdown. */
const namerOf = (report: Report) => personNamer(report.people, 'markdown');

function header(report: Report, title: string | null): string {
  const { org, meta } = report;
  return `# ${md(title ?? view.title(fileName(meta.input.file)))}\n\n`
    + `${view.counts(formatNumber(org.people), formatNumber(org.ties), formatNumber(org.interactions), md(meta.generatedAt), md(meta.tool.version))}\n`;
}

function orgSection(report: Report, undirected: boolean): string {
  const o = report.org;
  const w = words.org;
  const v = view.org;
  const rows: string[][] = [
    [w.people, formatNumber(o.people), w.isolated(formatNumber(o.isolates))],
    [w.ties, formatNumber(o.ties), v.interactions(formatNumber(o.interactions), formatNumber(o.totalWeight))],
    [w.density, formatIndex(o.density), w.densityMeans],
    ...(undirected
      ? [[w.reciprocity, MISSING, NO_RECIPROCITY]]
      : [[w.reciprocity, formatShare(o.reciprocity), w.reciprocityMeans],
        [w.dyadReciprocity, formatShare(o.dyadReciprocity), w.dyadReciprocityMeans]]),
    [w.components, formatNumber(o.components), w.largestHolds(formatShare(o.largestComponentShare))],
    [w.transitivity, formatIndex(o.transitivity), w.transitivityMeans],
    [v.centralization, formatIndex(o.degreeCentralization), v.centralizationMeans],
  ];
  rows.push(...optionalOrgRows(report, v.groupAlignmentMeans));
  return `\n## ${v.title}\n\n${mdTable(v.heads, rows, ['left', 'right', 'left'])}`;
}

/**
 * Plain-language findings: the core's ranked list (core/analysis/findings, docs/architecture.md: findings are
 * data) worded in English by the shared tables (render/i18n), each name escaped with the rest.
 */
export function findingsOf(report: Report): string[] {
  // Names go into the sentence as they are: the whole sentence is escaped below.
  const name = personNamer(report.people, 'plain');
  return report.findings.map((f) => {
    const { title, detail } = findingSentence(f, 'en', name);
    return `**${md(title)}** — ${md(detail)} *(${f.severity})*`;
  });
}

function findingsSection(report: Report): string {
  const findings = findingsOf(report);
  return findings.length === 0 ? '' : `\n## ${view.findingsTitle}\n\n${findings.map((f) => `- ${f}\n`).join('')}`;
}

function groupsSection(report: Report, undirected: boolean): string {
  if (report.groups.length === 0) return '';
  const groups = [...report.groups].sort((a, b) => (a.eiIndex ?? Infinity) - (b.eiIndex ?? Infinity) || compareIds(a.group, b.group));
  const name = namerOf(report);
  const silos = siloGroupNames(report);
  const rows = groups.map((g) => [
    silos.has(g.group) ? `${md(g.group)} ${view.groups.siloMark}` : md(g.group), formatNumber(g.size), formatShare(g.internalShare), formatIndex(g.eiIndex),
    formatP(g.eiPValue), formatNumber(g.internalTies), formatNumber(g.externalTies), formatIndex(g.density),
    undirected ? MISSING : formatShare(g.reciprocity), formatShare(g.activityRate), names(g.connectors.map(name)),
  ]);
  const head = view.groups.heads;
  const note = undirected ? `\n${view.reciprocityNote(NO_RECIPROCITY)}\n` : '';
  const legend = view.groups.legend(SILO_LEGEND.replace(words.siloMark, view.groups.siloMark));
  // The first column (the group) and the last (its connectors) are text.
  return `\n## ${view.groups.title}\n\n${legend}\n\n${mdTable(head, rows, head.map((_, i) => (i === 0 || i === head.length - 1 ? 'left' : 'right')))}${note}`;
}

function attributesSection(report: Report, undirected: boolean): string {
  const entries = Object.entries(report.attributes ?? {});
  if (entries.length === 0) return '';
  const head = view.attributes.heads;
  const blocks = entries.map(([attribute, a]) => {
    const rows = attributeGroupsByEi(a.groups).map((g) => [
      md(g.group), formatNumber(g.size), formatShare(g.internalShare), formatIndex(g.eiIndex), formatP(g.eiPValue),
      formatNumber(g.internalTies), formatNumber(g.externalTies), formatIndex(g.density), undirected ? MISSING : formatShare(g.reciprocity),
    ]);
    return `\n### ${md(attribute)}\n\n${md(attributeLine(attribute, a))}.\n\n${mdTable(head, rows, head.map((_, i) => (i === 0 ? 'left' : 'right')))}`;
  });
  return `\n## ${view.attributes.title}\n\n${view.attributes.intro}\n${blocks.join('')}`;
}

function communitiesSection(report: Report): string {
  const shown = report.communities.filter((c) => c.size > 1);
  if (shown.length === 0) return '';
  const rows = shown.map((c) => {
    const groups = Object.entries(c.groups).sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
    return [String(c.id), formatNumber(c.size), c.dominantGroup === null ? MISSING : md(c.dominantGroup), formatShare(c.dominantShare),
      groups.map(([g, k]) => `${md(g)} ${formatNumber(k)}`).join(', ') || MISSING];
  });
  const singles = report.communities.length - shown.length;
  const v = view.communities;
  const note = singles === 0 ? '' : `\n${v.singles(singles, formatNumber(singles))}\n`;
  return `\n## ${v.title}\n\n${v.intro}\n\n${mdTable(v.heads, rows, ['right', 'right', 'left', 'right', 'left'])}${note}`;
}

function rolesSection(report: Report): string {
  const rows: string[][] = [];
  for (const [role, meaning] of words.roles) {
    const ids = report.people.filter((p) => p.roles.includes(role)).map((p) => personName(p, 'markdown'));
    if (ids.length > 0) rows.push([`\`${role}\``, meaning, formatNumber(ids.length), names(ids)]);
  }
  return rows.length === 0 ? '' : `\n## ${view.roles.title}\n\n${mdTable(view.roles.heads, rows, ['left', 'left', 'right', 'left'])}`;
}

function activitySection(report: Report, undirected: boolean): string {
  const { series, period, trend } = report.activity;
  if (series.length === 0) return '';
  const rows = series.map((s) => [s.period, s.start, formatShare(s.coverage ?? 1), formatNumber(s.interactions), formatNumber(s.activePeople), formatNumber(s.newTies), undirected ? MISSING : formatShare(s.reciprocity)]);
  const statuses = (['dormant', 'fading', 'growing', 'steady', 'absent'] as const).map((status) => {
    const ids = report.people.filter((p) => p.activity.status === status).map((p) => personName(p, 'markdown'));
    return [`\`${status}\``, formatNumber(ids.length), status === 'steady' ? '' : names(ids)];
  });
  const partial = partialNote(series);
  // Listed and never seen: apart from the statuses judged on activity (the absent-people finding says why).
  const v = view.activity;
  const absent = report.people.some((p) => p.activity.status === 'absent') ? v.absent : '';
  const trendText = trend === null ? MISSING : `${trend > 0 ? '+' : ''}${formatShare(trend)}`;
  const note = undirected ? `\n${view.reciprocityNote(NO_RECIPROCITY)}\n` : '';
  return `\n## ${v.title}\n\n${v.intro(period, series[0]!.period, series[series.length - 1]!.period, trendText)}`
    + `${partial === null ? '' : ` ${md(partial)}.`}${absent}\n\n`
    + mdTable(v.statusHeads, statuses, ['left', 'right', 'left'])
    + `\n${mdTable(v.heads, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right'])}${note}`;
}

/**
 * The network over time (`--windows`): each figure's line (first → last, a sparkline drawn from its
 * lowest to its highest value, and those values), each group's E-I the same way, then every
 * window's organization figures.
 */
function windowsSection(report: Report, undirected: boolean): string {
  const windows = report.windows;
  if (!windows || windows.length === 0) return '';
  const line = (l: FigureLine) => [md(l.label), firstToLast(l), `\`${rangeSparkline(l.values).replace(/ /g, '·')}\``, lowToHigh(l) || MISSING];
  const v = view.windows;
  const figures = mdTable(v.figureHeads, orgLines(windows, undirected).map(line), ['left', 'right', 'left', 'right']);
  const groups = groupLines(windows);
  const groupTable = groups.length === 0 ? '' : `\n${v.groupsIntro}\n\n${mdTable(v.groupHeads, groups.map(line), ['left', 'right', 'left', 'right'])}`;
  const rows = windows.map((w) => [
    w.start, w.end, formatShare(w.coverage), formatNumber(w.org.people), formatNumber(w.org.ties), formatIndex(w.org.density),
    undirected ? MISSING : formatShare(w.org.reciprocity), formatIndex(w.org.eiIndex), formatIndex(w.org.modularity), formatIndex(w.org.transitivity), formatIndex(w.org.distanceFragmentation),
  ]);
  const partial = partialWindows(windows);
  const spec = windowSpecOf(report);
  const laid = spec === null ? words.windowsCount(windows.length) : windowsWords(windows.length, spec.span, spec.step);
  return `\n## ${v.title}\n\n${v.intro(laid)}`
    + `${partial === null ? '' : ` ${md(partial.charAt(0).toUpperCase() + partial.slice(1))}.`}\n\n${figures}${groupTable}\n${mdTable(v.heads, rows, ['left', 'left', ...Array<'right'>(9).fill('right')])}`;
}

function peopleSection(report: Report, ctx: RenderContext, undirected: boolean): string {
  const top = sortPeople(report.people, ctx.sort).slice(0, ctx.top);
  const extra = TOP_COLUMNS.includes(ctx.sort) ? [] : [ctx.sort];
  const head = [...view.people.heads, ...extra, view.people.roles];
  const rows = top.map((p, i) => [
    String(i + 1), personName(p, 'markdown'), p.group === null ? MISSING : md(p.group), formatCentrality(p.sourcePagerank), formatCentrality(p.pagerank), formatCentrality(p.betweenness),
    formatCentrality(p.closeness), formatNumber(p.inDegree), formatNumber(p.outDegree), undirected ? MISSING : formatShare(p.reciprocity),
    formatIndex(p.constraint), ...extra.map((k) => formatCell(personValue(p, k))), p.roles.join(', ') || MISSING,
  ]);
  // The person, the group and the roles are text; a --sort column is a number (person-fields.ts).
  const align = head.map((_, i) => (i === 1 || i === 2 || i === head.length - 1 ? 'left' : 'right') as 'left' | 'right');
  return `\n## ${view.people.title(top.length, md(sortName(ctx.sort)))}\n\n${md(stringsFor('en').top.measures)}\n\n${mdTable(head, rows, align)}`;
}


function keyPlayersTable(report: Report): string {
  const lines = keyPlayerLines(report);
  if (lines.length === 0) return '';
  const name = namerOf(report);
  const v = view.keyPlayers;
  const rows = lines.map((k) => [
    String(k.rank), name(k.id), k.group === null ? MISSING : md(k.group), formatIndex(k.distanceFragmentation), formatIndex(k.fragmentation), md(keyPlayerEffect(k)),
  ]);
  const { candidates } = report.meta.keyPlayers;
  return `\n### ${v.title}\n\n${v.intro(formatNumber(candidates))}\n\n${mdTable(v.heads, rows, ['right', 'left', 'left', 'right', 'right', 'left'])}`;
}

function reachPlayersTable(report: Report): string {
  const lines = reachPlayerLines(report);
  if (lines.length === 0) return '';
  const name = namerOf(report);
  const rows = lines.map((r) => [String(r.rank), name(r.id), r.group === null ? MISSING : md(r.group), formatNumber(r.added), formatShare(r.reach)]);
  const legend = REACH_LEGEND.charAt(0).toUpperCase() + REACH_LEGEND.slice(1);
  return `\n### ${view.reachPlayers.title}\n\n${md(legend)}.\n\n${mdTable(view.reachPlayers.heads, rows, ['right', 'left', 'left', 'right', 'right'])}`;
}

function criticalTable(analysis: Analysis): string {
  const critical = criticalPeople(analysis, CUT_POINT_LIMIT);
  if (critical.length === 0) return '';
  const name = namerOf(analysis.report);
  const rows = critical.map((c) => [
    name(c.id), c.group === null ? MISSING : md(c.group), formatNumber(c.dependents),
    c.cutOffGroups.map((g) => `${g.group === null ? words.noGroup : md(g.group)} (${formatNumber(g.people)})`).join(', ') || MISSING,
  ]);
  const v = view.critical;
  return `\n### ${v.title}\n\n${v.intro}\n\n${mdTable(v.heads, rows, ['left', 'left', 'right', 'left'])}`;
}

function cutPointsTable(report: Report): string {
  const cut = report.people.filter((p) => p.cutPoint).sort((a, b) => b.dependents - a.dependents || compareIds(a.id, b.id));
  if (cut.length === 0) return '';
  const v = view.cutPoints;
  const rows = cut.slice(0, CUT_POINT_LIMIT).map((p: PersonRow) => [personName(p, 'markdown'), p.group === null ? MISSING : md(p.group), formatNumber(p.dependents), p.roles.includes('critical') ? v.yes : v.no]);
  const more = cut.length > CUT_POINT_LIMIT ? `\n${v.more(formatNumber(cut.length - CUT_POINT_LIMIT))}\n` : '';
  return `\n### ${v.title}\n\n${v.intro}\n\n${mdTable(v.heads, rows, ['left', 'left', 'right', 'left'])}${more}`;
}

function resilienceSection(analysis: Analysis, report: Report): string {
  const o = report.org;
  const method = report.meta.keyPlayers;
  const how = words.keyPlayersHow(method.method === 'exact', method.method === 'exact' ? '' : formatNumber(method.samples));
  const v = view.resilience;
  const rows: string[][] = [
    [v.cutPoints, formatNumber(o.cutPoints), v.cutPointsMeans],
    [v.fragmentation, formatIndex(o.fragmentation), v.fragmentationMeans],
    [v.distanceFragmentation, formatIndex(o.distanceFragmentation), v.distanceMeans(md(distanceWords(o.distanceFragmentation)), how)],
  ];
  return `\n## ${v.title}\n\n${mdTable(view.org.heads, rows, ['left', 'right', 'left'])}${keyPlayersTable(report)}${reachPlayersTable(report)}${criticalTable(analysis)}${cutPointsTable(report)}`;
}

function aboutSection(report: Report): string {
  const { input, people, betweenness, removed, warnings } = shownMeta(report.meta);
  const c = input.columns;
  const v = view.about;
  const r = v.columnRoles;
  const found: [string, string | null][] = [
    [r.source, c.source], [r.target, c.target], [r.event, c.event], [r.person, c.person], [r.weight, c.weight], [r.timestamp, c.timestamp], [r.relation, c.relation],
  ];
  const columns = found.filter(([, name]) => name !== null).map(([role, name]) => `${role} = ${md(name!)}`);
  const rows: string[][] = [
    [v.interactionsFile, v.file(md(input.file), v.delimiters[input.delimiter] ?? md(input.delimiter), columns.join(', '))],
    [v.rows, v.rowCounts(formatNumber(input.rowsRead), formatNumber(input.rowsUsed), formatNumber(input.skippedRows), formatNumber(input.selfLoops), formatNumber(input.filteredRows), formatNumber(input.tiesDropped))],
  ];
  if (input.events) {
    const e = input.events;
    rows.push([v.events, v.eventCounts(formatNumber(e.read), formatNumber(e.used), formatNumber(e.tooSmall), formatNumber(e.tooLarge))]);
  }
  if (input.deliveries !== null) {
    rows.push([v.deliveries, v.deliveryCounts(formatNumber(input.deliveries), formatNumber(input.broadcasts ?? 0), formatNumber(input.selfDeliveries ?? 0))]);
  }
  if (people) rows.push([v.peopleFile, v.people(md(people.file), formatNumber(people.rows), md(people.idColumn), people.groupBy === null ? MISSING : md(people.groupBy), formatNumber(people.unknownIds))]);
  rows.push([v.betweenness, betweenness.method === 'exact' ? v.betweennessHow(true, '', '') : v.betweennessHow(false, formatNumber(betweenness.k), String(betweenness.seed))]);
  if (removed.length > 0) rows.push([v.removed, names(removed.map(md))]);
  const list = warnings.length === 0 ? '' : `\n${v.warnings}\n\n${warnings.map((w) => `- ${md(w)}\n`).join('')}`;
  return `\n## ${v.title}\n\n${mdTable(v.heads, rows, ['left', 'left'])}${list}`;
}

export function* renderMarkdown(analysis: Analysis, ctx: RenderContext): Generator<string> {
  const { report } = analysis;
  const undirected = undirectedReport(report);
  yield header(report, ctx.title);
  yield orgSection(report, undirected);
  yield findingsSection(report);
  yield groupsSection(report, undirected);
  yield attributesSection(report, undirected);
  yield communitiesSection(report);
  yield rolesSection(report);
  yield activitySection(report, undirected);
  yield windowsSection(report, undirected);
  yield peopleSection(report, ctx, undirected);
  yield resilienceSection(analysis, report);
  yield aboutSection(report);
}
