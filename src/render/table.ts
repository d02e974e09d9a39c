/**
 * The terminal report (cli-table3 + chalk): the organization at a glance, then groups,
 * communities, roles and activity when the input has them, then the top people.
 * Colour comes from the context only, so the same call is plain text in a pipe.
 * Undirected data (`meta.options.undirected`, docs/input.md) has no reciprocity: the view says so in
 * words instead of showing empty figures, and shows one degree instead of equal in and out.
 */
import { fitTable, wrap, type FitColumn } from './fit.js';
import type { Analysis } from '../core/analysis/analyze.js';
import { FINDING_RULES, inactiveGroups } from '../core/analysis/findings/index.js';
import { compareIds } from '../core/base/ids.js';
import { criticalPeople, innerCore, keyPlayerLines, reachPlayerLines } from '../core/analysis/resilience-view.js';
import { distanceWords, keyPlayerEffect } from './i18n/en.js';
import type { AttributeComparison, AttributeGroupRow, PersonRow, Report } from '../core/model/report.js';
import type { RenderContext } from './context.js';
import { formatCell, formatCentrality, formatIndex, formatNumber, formatP, formatShare } from './format.js';
import { MISSING } from './i18n/numbers.js';
import { findingSentence, stringsFor } from './i18n/index.js';
import { personValue } from './person-fields.js';
import { personName, personNamer } from './person-name.js';
import { printable, printableReport } from './printable.js';
import { NO_RECIPROCITY, undirectedReport } from './undirected.js';
import { partialNote } from './partial-periods.js';
import { fileName } from './shown-meta.js';
import { firstToLast, groupLines, lowToHigh, orgLines, partialWindows, rangeSparkline, windowsWords } from './windows-lines.js';
import { windowSpecOf } from './windows-spec.js';
import { reportEn } from './i18n/report-en.js';

const words = reportEn;
const view = reportEn.table;

/** How the report's windows were laid out, in words. */
function windowsOf(report: Report, count: number): string {
  const spec = windowSpecOf(report);
  return spec === null ? words.windowsCount(count) : windowsWords(count, spec.span, spec.step);
}

/** A group whose E-I index is at or below this (and tested more inward than chance) is a silo. */
export const SILO_EI = FINDING_RULES.silo.eiIndex;

/** What the groups tables' columns and marks mean, in one line. */
export const SILO_LEGEND = words.siloLegend(formatNumber(SILO_EI).replace(/0+$/, ''), FINDING_RULES.silo.pValue); // −0.5, the minus as every figure has it

/** The groups the silo finding names: the tables mark the same ones. */
export function siloGroupNames(report: Report): Set<string> {
  return new Set(report.findings.flatMap((f) => (f.kind === 'silo-group' ? [f.subject.group] : [])));
}

const en = stringsFor('en');

type Chalk = RenderContext['chalk'];
/** How this view names a person from an id (person-name.ts). */
type Namer = (id: string) => string;
const namerOf = (report: Report): Namer => personNamer(report.people, 'terminal');

/**
 * A table that fits the terminal (fit.ts): columns dropped lowest priority first, and a line
 * saying which and how to see them.
 */
function fitted(columns: FitColumn[], rows: string[][], ctx: RenderContext): string {
  const { text, hidden } = fitTable(columns, rows, ctx.width, (h) => ctx.chalk.bold(h));
  if (hidden.length === 0) return text;
  const note = view.notShown(ctx.width, hidden.join(', '), WIDE);
  return `${text}\n${ctx.chalk.dim(wrap(note, ctx.width))}`;
}

/** A width that shows every column of every table. */
const WIDE = 200;

/** A line of prose, dimmed, wrapped to the terminal. */
const dimLine = (text: string, ctx: RenderContext): string => ctx.chalk.dim(wrap(text, ctx.width));

function title(text: string, chalk: Chalk): string {
  return `\n${chalk.bold.cyan(text)}\n`;
}

function reciprocityRows(report: Report): [string, string, string][] {
  const o = report.org;
  const w = words.org;
  if (undirectedReport(report)) return [[w.reciprocity, MISSING, NO_RECIPROCITY]];
  return [
    [w.reciprocity, formatShare(o.reciprocity), w.reciprocityMeans],
    [w.dyadReciprocity, formatShare(o.dyadReciprocity), w.dyadReciprocityMeans],
  ];
}

function orgSection(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const o = report.org;
  const events = report.meta.options.events === true;
  const w = words.org;
  const v = view.org;
  const rows: [string, string, string][] = [
    [w.people, formatNumber(o.people), w.isolated(formatNumber(o.isolates))],
    [w.ties, formatNumber(o.ties), v.interactions(events, formatNumber(o.interactions), formatNumber(o.totalWeight))],
    [w.density, formatIndex(o.density), w.densityMeans],
    ...reciprocityRows(report),
    [w.components, formatNumber(o.components), w.largestHolds(formatShare(o.largestComponentShare))],
    [w.transitivity, formatIndex(o.transitivity), w.transitivityMeans],
    [v.centralization, formatIndex(o.degreeCentralization), v.centralizationMeans],
    [v.cutPoints, formatNumber(o.cutPoints), v.fragmentation(formatIndex(o.fragmentation))],
  ];
  rows.push(...optionalOrgRows(report, v.groupAlignmentMeans));
  const [organization, value, means] = v.heads;
  const columns: FitColumn[] = [{ head: organization!, align: 'left' }, { head: value!, align: 'right' }, { head: means!, align: 'left', drop: 0 }];
  const kind = v.kind(events, undirectedReport(report));
  const head = v.head(fileName(report.meta.input.file), formatNumber(o.people), formatNumber(o.ties), kind);
  const body = fitted(columns, rows.map((r) => r.map((c, i) => (i === 2 ? chalk.dim(c) : c))), ctx);
  return `${chalk.bold(wrap(head, ctx.width))}\n${body}\n`;
}

/** What the reach players table shows, in the terminal and Markdown. */
export const REACH_LEGEND = words.reachLegend;

/**
 * The organization rows that only some reports have — overload, the core, E-I, communities, group
 * alignment, active share, the reporting line — after the ones every report has, the same in the
 * terminal and Markdown (`groupAlignmentMeans`: each view's own gloss).
 */
export function optionalOrgRows(report: Report, groupAlignmentMeans: string): [string, string, string][] {
  const o = report.org;
  const { overload } = o;
  const core = innerCore(report);
  const w = words.org;
  const rows: [string, string, string][] = [];
  if (overload.top5Share !== null) {
    rows.push([w.topGive, formatShare(overload.top5Share), w.topGiveMeans(formatShare(overload.top20Share), formatIndex(overload.gini))]);
  }
  if (core.k > 0) rows.push([w.core, formatNumber(core.size), w.coreMeans(formatNumber(core.k))]);
  if (o.eiIndex !== null) rows.push([w.eiIndex, formatIndex(o.eiIndex), w.eiIndexMeans]);
  if (o.communities !== null) rows.push([w.communities, formatNumber(o.communities), w.modularity(formatIndex(o.modularity))]);
  if (o.groupAlignment !== null) rows.push([w.groupAlignment, formatIndex(o.groupAlignment), groupAlignmentMeans]);
  if (o.activeShare !== null) rows.push([w.activeShare, formatShare(o.activeShare), w.activeShareMeans]);
  if (o.hierarchy) rows.push([w.reportingLine, formatShare(o.hierarchy.tiesOnReportingLine), hierarchyWords(o.hierarchy)]);
  return rows;
}

/** What the reporting line's share means, with its counts: the same words in the terminal and Markdown. */
export function hierarchyWords(h: NonNullable<Report['org']['hierarchy']>): string {
  return words.org.hierarchy(h.managers, formatNumber(h.managers), h.maxDepth, formatNumber(h.maxDepth));
}

/** The groups of a --compare-by column, most inward first, as the groups are sorted. */
export function attributeGroupsByEi(groups: readonly AttributeGroupRow[]): AttributeGroupRow[] {
  return [...groups].sort((a, b) => (a.eiIndex ?? Infinity) - (b.eiIndex ?? Infinity) || compareIds(a.group, b.group));
}

/** What a --compare-by column's own E-I and p say, in one line. */
export function attributeLine(attribute: string, a: AttributeComparison): string {
  return words.attributeLine(attribute, formatIndex(a.eiIndex), formatP(a.eiPValue));
}

function attributesSection(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const entries = Object.entries(report.attributes ?? {});
  if (entries.length === 0) return '';
  const directed = !undirectedReport(report);
  const right = (head: string, drop?: number): FitColumn => ({ head, align: 'right', ...(drop === undefined ? {} : { drop }) });
  const h = view.attributes.heads;
  const columns: FitColumn[] = [
    { head: h.value, align: 'left' }, right(h.size, 4), right(h.inside), right(h.ei), right(h.p), right(h.internal, 3), right(h.external, 2),
    right(h.density, 1), ...(directed ? [right(h.reciprocity, 0)] : []),
  ];
  const blocks = entries.map(([attribute, a]) => {
    const rows = attributeGroupsByEi(a.groups).map((g) => [
      g.group, formatNumber(g.size), formatShare(g.internalShare), formatIndex(g.eiIndex), formatP(g.eiPValue),
      formatNumber(g.internalTies), formatNumber(g.externalTies), formatIndex(g.density), ...(directed ? [formatShare(g.reciprocity)] : []),
    ]);
    return `${wrap(attributeLine(chalk.bold(attribute), a), ctx.width)}\n${fitted(columns, rows, ctx)}`;
  });
  return `${title(view.attributes.title, chalk)}${dimLine(view.attributes.legend, ctx)}\n${blocks.join('\n')}\n`;
}

/** Critical people listed in the terminal; the rest are in every other format. */
const CRITICAL_SHOWN = 10;

function resilienceSection(analysis: Analysis, report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const name = namerOf(report);
  const o = report.org;
  const method = report.meta.keyPlayers;
  const v = view.resilience;
  const how = words.keyPlayersHow(method.method === 'exact', method.method === 'exact' ? '' : formatNumber(method.samples));
  const out = [wrap(v.distance(formatIndex(o.distanceFragmentation), how, distanceWords(o.distanceFragmentation)), ctx.width)];
  const lines = keyPlayerLines(report);
  if (lines.length > 0) {
    const [rank, player, group, dfAfter, fragmentationAfter, effect] = v.keyHeads as [string, string, string, string, string, string];
    const columns: FitColumn[] = [
      { head: rank, align: 'right' }, { head: player, align: 'left' }, { head: group, align: 'left', drop: 2 },
      { head: dfAfter, align: 'right', drop: 1 }, { head: fragmentationAfter, align: 'right', drop: 0 },
      { head: effect, align: 'left' },
    ];
    const rows = lines.map((k) => [String(k.rank), name(k.id), k.group ?? MISSING, formatIndex(k.distanceFragmentation), formatIndex(k.fragmentation), keyPlayerEffect(k)]);
    out.push(`${dimLine(v.keyLegend(method.candidates), ctx)}\n${fitted(columns, rows, ctx)}`);
  }
  const reach = reachPlayerLines(report);
  if (reach.length > 0) {
    const [rank, player, group, adds, reached] = v.reachHeads as [string, string, string, string, string];
    const columns: FitColumn[] = [
      { head: rank, align: 'right' }, { head: player, align: 'left' }, { head: group, align: 'left', drop: 1 },
      { head: adds, align: 'right', drop: 0 }, { head: reached, align: 'right' },
    ];
    const rows = reach.map((r) => [String(r.rank), name(r.id), r.group ?? MISSING, formatNumber(r.added), formatShare(r.reach)]);
    out.push(`${dimLine(REACH_LEGEND, ctx)}\n${fitted(columns, rows, ctx)}`);
  }
  out.push(criticalText(analysis, o.cutPoints, ctx, name));
  return `${title(v.title, chalk)}${out.join('\n')}\n`;
}

function criticalText(analysis: Analysis, cutPoints: number, ctx: RenderContext, name: Namer): string {
  const { chalk } = ctx;
  const v = view.resilience;
  const critical = criticalPeople(analysis, CRITICAL_SHOWN);
  if (critical.length === 0) return dimLine(v.noCritical(v.cutPoints(cutPoints, formatNumber(cutPoints))), ctx);
  const [person, group, dependents, cutOff] = v.criticalHeads as [string, string, string, string];
  const columns: FitColumn[] = [
    { head: person, align: 'left' }, { head: group, align: 'left', drop: 1 }, { head: dependents, align: 'right' },
    { head: cutOff, align: 'left', drop: 0 },
  ];
  const rows = critical.map((c) => {
    const groups = c.cutOffGroups.map((g) => `${g.group === null ? words.noGroup : printable(g.group)} (${g.people})`).join(', ');
    return [name(c.id), c.group === null ? MISSING : printable(c.group), formatNumber(c.dependents), groups || MISSING];
  });
  const total = analysis.report.people.filter((p) => p.roles.includes('critical')).length;
  const more = total > critical.length ? `\n${chalk.dim(v.moreCritical(total - critical.length))}` : '';
  return `${dimLine(v.criticalLegend, ctx)}\n${fitted(columns, rows, ctx)}${more}`;
}

/** The terminal shows the first findings only; the HTML page shows them all. */
export const TERMINAL_FINDINGS = 8;

/** Findings wrap under their text, past the severity mark: `medium  ` is 8 characters. */
const FINDING_INDENT = 8;

function findingsSection(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const findings = report.findings;
  if (findings.length === 0) return '';
  const name = namerOf(report);
  const v = view.findings;
  const mark = { high: chalk.red(v.marks.high), medium: chalk.yellow(v.marks.medium), low: chalk.dim(v.marks.low) };
  const lines = findings.slice(0, TERMINAL_FINDINGS).map((f) => {
    const { title, detail } = findingSentence(f, 'en', name);
    return wrap(`${mark[f.severity]}  ${chalk.bold(title)} — ${detail}`, ctx.width, FINDING_INDENT);
  });
  const rest = findings.length - TERMINAL_FINDINGS;
  if (rest > 0) lines.push(chalk.dim(v.more(rest)));
  return `${title(v.title, chalk)}${lines.join('\n')}\n`;
}

/** The groups table's columns; `drop`: the first to go when the terminal is narrow. */
function groupColumns(directed: boolean): FitColumn[] {
  const right = (head: string, drop?: number): FitColumn => ({ head, align: 'right', ...(drop === undefined ? {} : { drop }) });
  const h = view.groups.heads;
  return [
    { head: h.group, align: 'left' }, right(h.size, 6), right(h.inside), right(h.ei), right(h.p), right(h.internal, 4), right(h.external, 3),
    right(h.density, 2), ...(directed ? [right(h.reciprocity, 5)] : []), right(h.activity, 1), { head: h.connectors, align: 'left', drop: 0 },
  ];
}

function groupsSection(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  if (report.groups.length === 0) return '';
  const directed = !undirectedReport(report);
  const rows: string[][] = [];
  const groups = [...report.groups].sort(
    (a, b) => (a.eiIndex ?? Infinity) - (b.eiIndex ?? Infinity) || compareIds(a.group, b.group),
  );
  const name = namerOf(report);
  const silos = siloGroupNames(report);
  for (const g of groups) {
    const silo = silos.has(g.group);
    rows.push([
      silo ? `${g.group} ${chalk.red(words.siloMark)}` : g.group,
      formatNumber(g.size), formatShare(g.internalShare),
      silo ? chalk.red(formatIndex(g.eiIndex)) : formatIndex(g.eiIndex), formatP(g.eiPValue),
      formatNumber(g.internalTies), formatNumber(g.externalTies),
      formatIndex(g.density), ...(directed ? [formatShare(g.reciprocity)] : []), formatShare(g.activityRate),
      g.connectors.map(name).join(', ') || MISSING,
    ]);
  }
  const note = directed ? '' : chalk.dim(`${NO_RECIPROCITY}\n`);
  return `${title(view.groups.title, chalk)}${dimLine(SILO_LEGEND, ctx)}\n${fitted(groupColumns(directed), rows, ctx)}\n${note}`;
}

function communitiesSection(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  if (report.communities.length === 0) return '';
  const v = view.communities;
  const [community, size, dominant, share, groupsHead] = v.heads as [string, string, string, string, string];
  const columns: FitColumn[] = [
    { head: community, align: 'right' }, { head: size, align: 'right' }, { head: dominant, align: 'left' },
    { head: share, align: 'right', drop: 1 }, { head: groupsHead, align: 'left', drop: 0 },
  ];
  const shown = report.communities.filter((c) => c.size > 1).slice(0, 15);
  const rows = shown.map((c) => {
    const groups = Object.entries(c.groups).sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
    const text = groups.slice(0, 4).map(([g, k]) => `${g} ${k}`).join(', ') + (groups.length > 4 ? ', …' : '');
    return [String(c.id), formatNumber(c.size), c.dominantGroup ?? MISSING, formatShare(c.dominantShare), text || MISSING];
  });
  const singles = report.communities.length - report.communities.filter((c) => c.size > 1).length;
  const note = singles > 0 ? chalk.dim(`${v.singles(singles, formatNumber(singles))}\n`) : '';
  const hidden = report.communities.filter((c) => c.size > 1).length - shown.length;
  const more = hidden > 0 ? chalk.dim(`${v.more(formatNumber(hidden))}\n`) : '';
  return `${title(v.title, chalk)}${fitted(columns, rows, ctx)}\n${note}${more}`;
}

function rolesSection(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const lines: string[] = [];
  for (const [role, text] of words.roles) {
    const ids = report.people.filter((p) => p.roles.includes(role)).map((p) => personName(p, 'terminal'));
    if (ids.length === 0) continue;
    const shown = ids.slice(0, 12).join(', ') + (ids.length > 12 ? `, … (${ids.length})` : '');
    lines.push(wrap(`${chalk.bold(role)} ${chalk.dim(`(${text})`)}: ${shown}`, ctx.width, 2));
  }
  return lines.length ? `${title(view.rolesTitle, chalk)}${lines.join('\n')}\n` : '';
}

const BARS = '▁▂▃▄▅▆▇█';

export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 ? BARS[0] : BARS[Math.min(7, Math.floor((v / max) * 7.999))])).join('');
}

function activitySection(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const { series, period, trend } = report.activity;
  if (series.length === 0) return '';
  const first = series[0]!.period;
  const last = series[series.length - 1]!.period;
  const v = view.activity;
  const out = [v.perPeriod(period, first, last, sparkline(series.map((s) => s.interactions))), v.trend(formatTrend(trend))];
  const partial = partialNote(series);
  if (partial !== null) out.push(chalk.dim(partial));
  for (const status of ['dormant', 'fading', 'growing'] as const) {
    const ids = report.people.filter((p) => p.activity.status === status).map((p) => personName(p, 'terminal'));
    if (ids.length) out.push(`${chalk.bold(status)} (${ids.length}): ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}`);
  }
  const fadingGroups = fadingGroupsOf(report);
  if (fadingGroups.length) out.push(`${chalk.bold(v.fadingGroups)}: ${fadingGroups.join(', ')}`);
  // Listed and never seen: apart, never among the dormant (the absent-people finding says why).
  const absent = report.people.filter((p) => p.activity.status === 'absent').map((p) => personName(p, 'terminal'));
  if (absent.length) out.push(`${chalk.bold(v.absent)} ${v.absentMeans(absent.length)}: ${absent.slice(0, 12).join(', ')}${absent.length > 12 ? ', …' : ''}`);
  return `${title(v.title, chalk)}${out.map((line) => wrap(line, ctx.width, 2)).join('\n')}\n`;
}

/** Groups shown with their E-I over time; more are in the Markdown, HTML and the windows table. */
const WINDOW_GROUPS = 12;

/** The network over time (`--windows`): a sparkline per figure, then each group's E-I. */
function windowsSection(report: Report, ctx: RenderContext): string {
  const windows = report.windows;
  if (!windows || windows.length === 0) return '';
  const { chalk } = ctx;
  const v = view.windows;
  const head = v.head(windowsOf(report, windows.length), windows[0]!.start, windows[windows.length - 1]!.start);
  const groups = groupLines(windows).slice(0, WINDOW_GROUPS);
  const lines = [...orgLines(windows, undirectedReport(report)), ...groups.map((g) => ({ ...g, label: v.groupLabel(g.label) }))];
  const width = Math.min(28, Math.max(...lines.map((l) => l.label.length)));
  const cut = (label: string) => (label.length > width ? `${label.slice(0, width - 1)}…` : label.padEnd(width));
  const firsts = lines.map(firstToLast);
  const span = Math.max(...firsts.map((f) => f.length));
  const out = lines.map((l, k) => `${cut(l.label)}  ${firsts[k]!.padStart(span)}  ${rangeSparkline(l.values)}  ${chalk.dim(lowToHigh(l))}`.trimEnd());
  const notes = [wrap(head, ctx.width)];
  const partial = partialWindows(windows);
  if (partial !== null) notes.push(chalk.dim(wrap(partial, ctx.width)));
  const more = groupLines(windows).length - groups.length;
  if (more > 0) notes.push(chalk.dim(wrap(v.moreGroups(more), ctx.width)));
  return `${title(v.title, chalk)}${notes.join('\n')}\n${out.join('\n')}\n`;
}

function formatTrend(trend: number | null): string {
  if (trend === null) return MISSING;
  const percent = Math.round(trend * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent)}%`;
}

/** Groups mostly dormant or fading, by the same rule as the finding (core/analysis/findings/rules.ts). */
function fadingGroupsOf(report: Report): string[] {
  return inactiveGroups(report).map((f) => `${f.subject.group} (${f.figures.dormant + f.figures.fading})`);
}

function peopleSection(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const sorted = sortPeople(report.people, ctx.sort).slice(0, ctx.top);
  const directed = !undirectedReport(report);
  const extra = TOP_COLUMNS.includes(ctx.sort) ? [] : [ctx.sort];
  // Undirected: in = out = degree, and reciprocity does not apply.
  type Key = keyof typeof view.people.heads;
  const ties: Key[] = directed ? ['in', 'out', 'reciprocity'] : ['degree'];
  const keys: Key[] = ['person', 'group', 'goTo', 'pagerank', 'betweenness', 'closeness', ...ties, 'constraint'];
  // Dropped first when narrow: constraint, closeness, the tie counts, PageRank, roles, betweenness, group.
  const DROP: Partial<Record<Key, number>> = { constraint: 0, closeness: 1, in: 2, out: 3, degree: 3, reciprocity: 4, pagerank: 5, roles: 6, betweenness: 7, group: 8 };
  const column = (key: Key, i: number): FitColumn => ({
    head: view.people.heads[key],
    align: i < 2 || key === 'roles' ? 'left' : 'right',
    ...(DROP[key] === undefined ? {} : { drop: DROP[key] }),
  });
  // A --sort field not shown already (a number: person-fields.ts) has a column of its own, headed by its name, never dropped.
  const columns: FitColumn[] = [...keys.map(column), ...extra.map((field): FitColumn => ({ head: field, align: 'right' })), column('roles', keys.length + extra.length)];
  const rows: string[][] = [];
  for (const p of sorted) {
    const tieCells = directed ? [formatNumber(p.inDegree), formatNumber(p.outDegree), formatShare(p.reciprocity)] : [formatNumber(p.outDegree)];
    rows.push([
      personName(p, 'terminal'), p.group ?? MISSING, formatCentrality(p.sourcePagerank), formatCentrality(p.pagerank), formatCentrality(p.betweenness), formatCentrality(p.closeness),
      ...tieCells, formatIndex(p.constraint),
      ...extra.map((k) => formatCell(personValue(p, k))), p.roles.join(', ') || MISSING,
    ]);
  }
  const note = directed ? '' : chalk.dim(`${NO_RECIPROCITY}\n`);
  const measures = `${dimLine(en.top.measures, ctx)}\n`;
  return `${title(view.people.title(sorted.length, sortName(ctx.sort)), chalk)}${measures}${fitted(columns, rows, ctx)}\n${note}`;
}

/** The person fields the top-people tables always show (a --sort by another adds its column). */
export const TOP_COLUMNS = ['sourcePagerank', 'pagerank', 'betweenness', 'closeness', 'inDegree', 'outDegree', 'reciprocity', 'constraint'];

/** How a title names the --sort field: the go-to score in words, any other by its field name. */
export const sortName = (field: string): string => (field === 'sourcePagerank' ? words.goToSort : field);

/** People by a field, descending; nulls (and anything shown as —) last; ties by id. */
export function sortPeople(people: PersonRow[], field: string): PersonRow[] {
  const value = (p: PersonRow) => {
    const v = personValue(p, field);
    // A NaN would make the comparator inconsistent and the order depend on the engine.
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    return typeof v === 'boolean' ? Number(v) : null;
  };
  return [...people].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? compareIds(a.id, b.id) : x === null ? 1 : -1;
    return y - x || compareIds(a.id, b.id);
  });
}

/** The terminal view shows the top people only, so it is small: one chunk. */
export function* renderTable(analysis: Analysis, ctx: RenderContext): Generator<string> {
  yield tableText(analysis, ctx);
}

export function tableText(analysis: Analysis, ctx: RenderContext): string {
  const report = printableReport(analysis.report);
  return [
    orgSection(report, ctx),
    findingsSection(report, ctx),
    groupsSection(report, ctx),
    attributesSection(report, ctx),
    communitiesSection(report, ctx),
    rolesSection(report, ctx),
    activitySection(report, ctx),
    windowsSection(report, ctx),
    resilienceSection(analysis, report, ctx),
    peopleSection(report, ctx),
  ].join('');
}
