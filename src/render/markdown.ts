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
import type { PersonRow, Report, Role } from '../core/model/report.js';
import type { RenderContext } from './context.js';
import { formatCell, formatCentrality, formatIndex, formatNumber, formatP, formatShare } from './format.js';
import { MISSING } from './i18n/numbers.js';
import { findingSentence, stringsFor } from './i18n/index.js';
import { md, mdTable } from './markdown-text.js';
import { personValue } from './person-fields.js';
import { personName, personNamer } from './person-name.js';
import { attributeGroupsByEi, attributeLine, hierarchyWords, loadRows, REACH_LEGEND, SILO_LEGEND, siloGroupNames, sortName, sortPeople, TOP_COLUMNS } from './table.js';
import { NO_RECIPROCITY, undirectedReport } from './undirected.js';
import { partialNote } from './partial-periods.js';
import { fileName, shownMeta } from './shown-meta.js';
import { firstToLast, groupLines, lowToHigh, orgLines, partialWindows, rangeSparkline, windowsWords, type FigureLine } from './windows-lines.js';
import { windowSpecOf } from './windows-spec.js';

export { NO_RECIPROCITY } from './undirected.js';
/** People named in one cell of the roles and activity sections, before "… and N more". */
const LIST_LIMIT = 20;
/** Rows of the cut-point table, before "… and N more". */
const CUT_POINT_LIMIT = 25;

/** People's names, already made Markdown (person-name.ts), the first `limit` of them. */
function names(shownNames: readonly string[], limit = LIST_LIMIT): string {
  if (shownNames.length === 0) return MISSING;
  const shown = shownNames.slice(0, limit).join(', ');
  return shownNames.length > limit ? `${shown}, … and ${formatNumber(shownNames.length - limit)} more` : shown;
}

/** id → the person's name as Markdown. */
const namerOf = (report: Report) => personNamer(report.people, 'markdown');

function header(report: Report, title: string | null): string {
  const { org, meta } = report;
  return `# ${md(title ?? `Organizational network: ${fileName(meta.input.file)}`)}\n\n`
    + `${formatNumber(org.people)} people · ${formatNumber(org.ties)} ties · ${formatNumber(org.interactions)} interactions`
    + ` · generated ${md(meta.generatedAt)} by orgnet ${md(meta.tool.version)}\n`;
}

function orgSection(report: Report, undirected: boolean): string {
  const o = report.org;
  const rows: string[][] = [
    ['people', formatNumber(o.people), `${formatNumber(o.isolates)} isolated`],
    ['ties', formatNumber(o.ties), `${formatNumber(o.interactions)} interactions, total weight ${formatNumber(o.totalWeight)}`],
    ['density', formatIndex(o.density), 'share of possible ties present'],
    ...(undirected
      ? [['reciprocity', MISSING, NO_RECIPROCITY]]
      : [['reciprocity', formatShare(o.reciprocity), 'ties returned (two-way exchange)'],
        ['dyad reciprocity', formatShare(o.dyadReciprocity), 'connected pairs that are mutual']]),
    ['components', formatNumber(o.components), `largest holds ${formatShare(o.largestComponentShare)}`],
    ['transitivity', formatIndex(o.transitivity), 'closed triangles'],
    ['degree centralization', formatIndex(o.degreeCentralization), 'Freeman, 1 = a star'],
  ];
  rows.push(...loadRows(report));
  if (o.eiIndex !== null) rows.push(['E-I index', formatIndex(o.eiIndex), '−1 all inside groups, +1 all across']);
  if (o.communities !== null) rows.push(['communities', formatNumber(o.communities), `modularity ${formatIndex(o.modularity)}`]);
  if (o.groupAlignment !== null) rows.push(['group alignment', formatIndex(o.groupAlignment), 'communities against groups (NMI)']);
  if (o.activeShare !== null) rows.push(['active share', formatShare(o.activeShare), 'of the people seen, those not dormant']);
  if (o.hierarchy) rows.push(['reporting line', formatShare(o.hierarchy.tiesOnReportingLine), hierarchyWords(o.hierarchy)]);
  return `\n## Organization\n\n${mdTable(['measure', 'value', 'what it means'], rows, ['left', 'right', 'left'])}`;
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
  return findings.length === 0 ? '' : `\n## Findings\n\n${findings.map((f) => `- ${f}\n`).join('')}`;
}

function groupsSection(report: Report, undirected: boolean): string {
  if (report.groups.length === 0) return '';
  const groups = [...report.groups].sort((a, b) => (a.eiIndex ?? Infinity) - (b.eiIndex ?? Infinity) || compareIds(a.group, b.group));
  const name = namerOf(report);
  const silos = siloGroupNames(report);
  const rows = groups.map((g) => [
    silos.has(g.group) ? `${md(g.group)} **(silo)**` : md(g.group), formatNumber(g.size), formatShare(g.internalShare), formatIndex(g.eiIndex),
    formatP(g.eiPValue), formatNumber(g.internalTies), formatNumber(g.externalTies), formatIndex(g.density),
    undirected ? MISSING : formatShare(g.reciprocity), formatShare(g.activityRate), names(g.connectors.map(name)),
  ]);
  const head = ['group', 'size', 'inside', 'E-I', 'p', 'internal ties', 'external ties', 'density', 'reciprocity', 'activity rate', 'connectors'];
  const note = undirected ? `\nReciprocity: ${NO_RECIPROCITY}.\n` : '';
  const legend = `Sorted by E-I index, most inward first. ${SILO_LEGEND.replace('◆ silo', '**(silo)**')}.`;
  return `\n## Groups\n\n${legend}\n\n${mdTable(head, rows, head.map((h) => (h === 'group' || h === 'connectors' ? 'left' : 'right')))}${note}`;
}

function attributesSection(report: Report, undirected: boolean): string {
  const entries = Object.entries(report.attributes ?? {});
  if (entries.length === 0) return '';
  const head = ['value', 'size', 'inside', 'E-I', 'p', 'internal ties', 'external ties', 'density', 'reciprocity'];
  const blocks = entries.map(([attribute, a]) => {
    const rows = attributeGroupsByEi(a.groups).map((g) => [
      md(g.group), formatNumber(g.size), formatShare(g.internalShare), formatIndex(g.eiIndex), formatP(g.eiPValue),
      formatNumber(g.internalTies), formatNumber(g.externalTies), formatIndex(g.density), undirected ? MISSING : formatShare(g.reciprocity),
    ]);
    return `\n### ${md(attribute)}\n\n${md(attributeLine(attribute, a))}.\n\n${mdTable(head, rows, head.map((h) => (h === 'value' ? 'left' : 'right')))}`;
  });
  return `\n## Other attributes\n\nThe group figures by the value of other people-file columns (\`--compare-by\`; numeric columns in quartiles), most inward first.\n${blocks.join('')}`;
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
  const note = singles === 0 ? '' : `\n${singles === 1 ? '1 single-person community is' : `${formatNumber(singles)} single-person communities are`} not listed.\n`;
  return `\n## Communities\n\nLouvain communities of the informal network, against the formal groups.\n\n${mdTable(['community', 'size', 'dominant group', 'share', 'members by group'], rows, ['right', 'right', 'left', 'right', 'left'])}${note}`;
}

const ROLE_TEXT: [Role, string][] = [
  ['broker', 'bridge groups'],
  ['central-connector', 'most connected'],
  ['critical', 'hold the network together'],
  ['overloaded', 'give most, far more than they receive'],
  ['one-way', 'share or receive without exchange'],
  ['peripheral', 'one contact only'],
  ['isolate', 'no tie at all'],
];

function rolesSection(report: Report): string {
  const rows: string[][] = [];
  for (const [role, meaning] of ROLE_TEXT) {
    const ids = report.people.filter((p) => p.roles.includes(role)).map((p) => personName(p, 'markdown'));
    if (ids.length > 0) rows.push([`\`${role}\``, meaning, formatNumber(ids.length), names(ids)]);
  }
  return rows.length === 0 ? '' : `\n## Roles\n\n${mdTable(['role', 'meaning', 'people', 'who'], rows, ['left', 'left', 'right', 'left'])}`;
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
  const absent = report.people.some((p) => p.activity.status === 'absent') ? ' `absent`: in the people file, no interaction in the data.' : '';
  const trendText = trend === null ? MISSING : `${trend > 0 ? '+' : ''}${formatShare(trend)}`;
  const note = undirected ? `\nReciprocity: ${NO_RECIPROCITY}.\n` : '';
  return `\n## Activity\n\nInteractions per ${period}, ${series[0]!.period} to ${series[series.length - 1]!.period}; trend (last periods against the ones before): ${trendText}.`
    + `${partial === null ? '' : ` ${md(partial)}.`}${absent}\n\n`
    + mdTable(['status', 'people', 'who'], statuses, ['left', 'right', 'left'])
    + `\n${mdTable(['period', 'start', 'covered', 'interactions', 'active people', 'new ties', 'reciprocity'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right'])}${note}`;
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
  const figures = mdTable(['figure', 'first → last', 'over time', 'lowest to highest'], orgLines(windows, undirected).map(line), ['left', 'right', 'left', 'right']);
  const groups = groupLines(windows);
  const groupTable = groups.length === 0 ? '' : `\nE-I index of each group:\n\n${mdTable(['group', 'first → last', 'over time', 'lowest to highest'], groups.map(line), ['left', 'right', 'left', 'right'])}`;
  const rows = windows.map((w) => [
    w.start, w.end, formatShare(w.coverage), formatNumber(w.org.people), formatNumber(w.org.ties), formatIndex(w.org.density),
    undirected ? MISSING : formatShare(w.org.reciprocity), formatIndex(w.org.eiIndex), formatIndex(w.org.modularity), formatIndex(w.org.transitivity), formatIndex(w.org.distanceFragmentation),
  ]);
  const head = ['start', 'until (excl.)', 'covered', 'people', 'ties', 'density', 'reciprocity', 'E-I', 'modularity', 'transitivity', 'distance fragmentation'];
  const partial = partialWindows(windows);
  const spec = windowSpecOf(report);
  const laid = spec === null ? `${windows.length} windows` : windowsWords(windows.length, spec.span, spec.step);
  return `\n## Over time\n\n${laid}: each figure computed on the network of that window's rows alone, `
    + `its people those active in it (docs/metrics.md, the network over time).`
    + `${partial === null ? '' : ` ${md(partial.charAt(0).toUpperCase() + partial.slice(1))}.`}\n\n${figures}${groupTable}\n${mdTable(head, rows, ['left', 'left', ...Array<'right'>(9).fill('right')])}`;
}

function peopleSection(report: Report, ctx: RenderContext, undirected: boolean): string {
  const top = sortPeople(report.people, ctx.sort).slice(0, ctx.top);
  const extra = TOP_COLUMNS.includes(ctx.sort) ? [] : [ctx.sort];
  const head = ['#', 'person', 'group', 'go-to score', 'pagerank', 'betweenness', 'closeness', 'in', 'out', 'reciprocity', 'constraint', ...extra, 'roles'];
  const rows = top.map((p, i) => [
    String(i + 1), personName(p, 'markdown'), p.group === null ? MISSING : md(p.group), formatCentrality(p.sourcePagerank), formatCentrality(p.pagerank), formatCentrality(p.betweenness),
    formatCentrality(p.closeness), formatNumber(p.inDegree), formatNumber(p.outDegree), undirected ? MISSING : formatShare(p.reciprocity),
    formatIndex(p.constraint), ...extra.map((k) => formatCell(personValue(p, k))), p.roles.join(', ') || MISSING,
  ]);
  const align = head.map((h) => (['person', 'group', 'roles'].includes(h) ? 'left' : 'right') as 'left' | 'right');
  return `\n## Top ${top.length} people by ${md(sortName(ctx.sort))}\n\n${md(stringsFor('en').top.measures)}\n\n${mdTable(head, rows, align)}`;
}


function keyPlayersTable(report: Report): string {
  const lines = keyPlayerLines(report);
  if (lines.length === 0) return '';
  const name = namerOf(report);
  const head = ['#', 'person', 'group', 'distance fragmentation after', 'fragmentation after', 'without them (and those above), people are on average'];
  const rows = lines.map((k) => [
    String(k.rank), name(k.id), k.group === null ? MISSING : md(k.group), formatIndex(k.distanceFragmentation), formatIndex(k.fragmentation), md(keyPlayerEffect(k)),
  ]);
  const { candidates } = report.meta.keyPlayers;
  return `\n### Key players\n\nWhose departure, one after another, pushes the others furthest apart (chosen among the ${formatNumber(candidates)} people with the highest betweenness); each figure is the network's after that person and those above have left.\n\n${mdTable(head, rows, ['right', 'left', 'left', 'right', 'right', 'left'])}`;
}

function reachPlayersTable(report: Report): string {
  const lines = reachPlayerLines(report);
  if (lines.length === 0) return '';
  const name = namerOf(report);
  const rows = lines.map((r) => [String(r.rank), name(r.id), r.group === null ? MISSING : md(r.group), formatNumber(r.added), formatShare(r.reach)]);
  const legend = REACH_LEGEND.charAt(0).toUpperCase() + REACH_LEGEND.slice(1);
  return `\n### Reach players\n\n${md(legend)}.\n\n${mdTable(['#', 'person', 'group', 'adds', 'reached'], rows, ['right', 'left', 'left', 'right', 'right'])}`;
}

function criticalTable(analysis: Analysis): string {
  const critical = criticalPeople(analysis, CUT_POINT_LIMIT);
  if (critical.length === 0) return '';
  const name = namerOf(analysis.report);
  const rows = critical.map((c) => [
    name(c.id), c.group === null ? MISSING : md(c.group), formatNumber(c.dependents),
    c.cutOffGroups.map((g) => `${g.group === null ? 'no group' : md(g.group)} (${formatNumber(g.people)})`).join(', ') || MISSING,
  ]);
  return `\n### Critical people\n\nCut points whose departure would cut 2 or more people off the rest, and the groups of the people they would cut off.\n\n${mdTable(['person', 'group', 'dependents', 'groups of the people cut off'], rows, ['left', 'left', 'right', 'left'])}`;
}

function cutPointsTable(report: Report): string {
  const cut = report.people.filter((p) => p.cutPoint).sort((a, b) => b.dependents - a.dependents || compareIds(a.id, b.id));
  if (cut.length === 0) return '';
  const rows = cut.slice(0, CUT_POINT_LIMIT).map((p: PersonRow) => [personName(p, 'markdown'), p.group === null ? MISSING : md(p.group), formatNumber(p.dependents), p.roles.includes('critical') ? 'yes' : 'no']);
  const more = cut.length > CUT_POINT_LIMIT ? `\n… and ${formatNumber(cut.length - CUT_POINT_LIMIT)} more cut points (\`--format csv --table people\`, column \`cutPoint\`).\n` : '';
  return `\n### Cut points\n\nPeople whose departure would split the network; dependents: people who would lose their link to the largest component.\n\n${mdTable(['person', 'group', 'dependents', 'critical'], rows, ['left', 'left', 'right', 'left'])}${more}`;
}

function resilienceSection(analysis: Analysis, report: Report): string {
  const o = report.org;
  const method = report.meta.keyPlayers;
  const how = method.method === 'exact' ? 'exact' : `estimated from ${formatNumber(method.samples)} sampled people`;
  const rows: string[][] = [
    ['cut points', formatNumber(o.cutPoints), 'people whose departure splits the network'],
    ['fragmentation', formatIndex(o.fragmentation), '0 = one component, 1 = all isolated'],
    ['distance fragmentation', formatIndex(o.distanceFragmentation), `${md(distanceWords(o.distanceFragmentation))} (0 = everyone adjacent, 1 = all isolated; ${how})`],
  ];
  return `\n## Resilience\n\n${mdTable(['measure', 'value', 'what it means'], rows, ['left', 'right', 'left'])}${keyPlayersTable(report)}${reachPlayersTable(report)}${criticalTable(analysis)}${cutPointsTable(report)}`;
}

const DELIMITER_NAME: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

function aboutSection(report: Report): string {
  const { input, people, betweenness, removed, warnings } = shownMeta(report.meta);
  const c = input.columns;
  const found: [string, string | null][] = [
    ['source', c.source], ['target', c.target], ['event', c.event], ['person', c.person], ['weight', c.weight], ['timestamp', c.timestamp], ['relation', c.relation],
  ];
  const columns = found.filter(([, name]) => name !== null).map(([role, name]) => `${role} = ${md(name!)}`);
  const rows: string[][] = [
    ['interactions file', `${md(input.file)} (${DELIMITER_NAME[input.delimiter] ?? md(input.delimiter)}-separated; columns ${columns.join(', ')})`],
    ['rows', `${formatNumber(input.rowsRead)} read, ${formatNumber(input.rowsUsed)} used, ${formatNumber(input.skippedRows)} skipped, ${formatNumber(input.selfLoops)} self-loops, ${formatNumber(input.filteredRows)} filtered; ${formatNumber(input.tiesDropped)} ties below --min-tie-weight`],
  ];
  if (input.events) {
    const e = input.events;
    rows.push(['events', `${formatNumber(e.read)} read, ${formatNumber(e.used)} made ties, ${formatNumber(e.tooSmall)} of one person, ${formatNumber(e.tooLarge)} over --max-event-size`]);
  }
  if (input.deliveries !== null) {
    rows.push(['deliveries', `${formatNumber(input.deliveries)} kept, ${formatNumber(input.broadcasts ?? 0)} broadcast rows, ${formatNumber(input.selfDeliveries ?? 0)} to the sender`]);
  }
  if (people) rows.push(['people file', `${md(people.file)}: ${formatNumber(people.rows)} people, id column ${md(people.idColumn)}, groups from ${people.groupBy === null ? MISSING : md(people.groupBy)}; ${formatNumber(people.unknownIds)} ids only in the interactions`]);
  rows.push(['betweenness', betweenness.method === 'exact' ? 'exact' : `sampled from ${formatNumber(betweenness.k)} people, seed ${betweenness.seed}`]);
  if (removed.length > 0) rows.push(['removed (what if they left)', names(removed.map(md))]);
  const list = warnings.length === 0 ? '' : `\nWarnings:\n\n${warnings.map((w) => `- ${md(w)}\n`).join('')}`;
  return `\n## About this report\n\n${mdTable(['item', 'detail'], rows, ['left', 'left'])}${list}`;
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
