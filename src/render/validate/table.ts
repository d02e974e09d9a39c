/**
 * `orgnet validate` in the terminal: one section per file (how it was read, its columns and
 * their roles, the row counts, repeated rows, the network and time range it makes), what the
 * two files say about each other, the notes, then every problem listed as `FILE:LINE: message`
 * (warnings as `FILE:LINE: warning: message`, the way compilers print them), and last the
 * verdict, where a terminal leaves it in sight. Every name from the files is shown printable.
 */
import type { ChalkInstance } from 'chalk';
import type { ColumnCheck, CrossCheck, HierarchyCheck, IdColumnCheck, IdList, InteractionsCheck, PeopleCheck, FileCheck, Validation, ValidationProblem } from '../../core/model/validation.js';
import type { RenderContext } from '../context.js';
import { formatNumber } from '../format.js';
import { validateEn as w } from '../i18n/validate-en.js';
import { printable } from '../printable.js';

const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;
const quoted = (text: string) => printable(JSON.stringify(text));
const LABEL = 13;

function row(label: string, text: string): string {
  return `  ${label.padEnd(LABEL)}${text}`;
}

const ENCODINGS: Record<string, string> = { utf8: 'UTF-8', utf16le: 'UTF-16 LE', utf16be: 'UTF-16 BE', latin1: 'latin1', 'windows-1252': 'windows-1252' };
const DELIMITERS: Record<string, string> = { ',': '","', ';': '";"', '\t': w.tab, '|': '"|"' };

function readAs(f: FileCheck): string {
  if (f.format === 'parquet') return w.parquet;
  const parts = ['CSV'];
  if (f.encoding !== null) parts.push(`${ENCODINGS[f.encoding] ?? f.encoding}${f.encodingDetected ? w.encodingDetected : ''}`);
  if (f.delimiter !== null) parts.push(w.delimiter(DELIMITERS[f.delimiter] ?? quoted(f.delimiter), f.delimiterGiven));
  return parts.join(', ');
}

function columns(list: ColumnCheck[] | null, chalk: ChalkInstance): string | null {
  if (list === null) return null;
  if (list.length === 0) return w.none;
  return list.map((c) => (c.role === null ? chalk.dim(`${printable(c.name || w.unnamed)} ${w.notReadMark}`) : `${printable(c.name || w.unnamed)} → ${c.role}`)).join(' · ');
}

function fileRows(f: FileCheck, chalk: ChalkInstance): string[] {
  const out = [row(w.label.readAs, readAs(f))];
  const cols = columns(f.columns, chalk);
  if (cols !== null) out.push(row(w.label.columns, cols));
  if (!f.complete) out.push(row('', chalk.red(w.incomplete)));
  return out;
}

function interactionRows(c: InteractionsCheck): string[] {
  const out: string[] = [];
  if (c.rows) {
    const r = c.rows;
    const kinds = [w.used(formatNumber(r.used)), plural(r.selfLoops, w.selfLoop), w.filtered(formatNumber(r.filtered)), w.bad(formatNumber(r.bad))];
    const records = r.records === r.read ? '' : w.fromRecords(plural(r.records, w.record));
    out.push(row(w.label.rows, w.read(formatNumber(r.read), records, kinds)));
  }
  if (c.duplicates) out.push(row(w.label.repeated, repeated(c)));
  if (c.events) {
    const e = c.events;
    out.push(row(w.label.events, w.events(formatNumber(e.read), formatNumber(e.used), formatNumber(e.tooSmall), formatNumber(e.tooLarge))));
  }
  if (c.deliveries) {
    const d = c.deliveries;
    out.push(row(w.label.deliveries, w.deliveries(formatNumber(d.deliveries), plural(d.selfDeliveries, w.delivery, w.deliveriesWord), plural(d.broadcasts, w.broadcastRow))));
  }
  if (c.network) {
    const n = c.network;
    const kind = c.undirected ? w.undirectedTies : w.ties;
    const dropped = n.tiesDropped > 0 ? w.belowMinWeight(formatNumber(n.tiesDropped)) : '';
    out.push(row(w.label.network, `${plural(n.people, w.person, w.people)}, ${plural(n.ties, kind.slice(0, -1), kind)}${dropped}, ${plural(n.isolates, w.isolate)}`));
  }
  if (c.rows) out.push(row(w.label.time, time(c)));
  if (c.time?.partial.length) out.push(row('', partial(c.time)));
  if (c.unusedColumns?.length) out.push(row(w.label.notRead, c.unusedColumns.map(quoted).join(', ')));
  if (c.relations) out.push(row(w.label.relations, Object.entries(c.relations).map(([k, v]) => `${quoted(k)} ${formatNumber(v)}`).join(' · ') || w.none));
  return out;
}

function repeated(c: InteractionsCheck): string {
  const d = c.duplicates!;
  if (d.rows === 0) return w.noRepeats(d.complete ? null : formatNumber(d.distinct));
  const examples = d.examples.slice(0, 3).map((e) => w.sameLine(e.line, e.firstLine));
  const more = d.rows > examples.length ? ', …' : '';
  const bound = d.complete ? '' : w.atLeast(formatNumber(d.distinct));
  return w.repeats(plural(d.rows, w.row), bound, examples, more);
}

function time(c: InteractionsCheck): string {
  const t = c.time;
  if (t === null) return w.noTimeColumn;
  if (t.first === null) return w.noTimestamps(quoted(t.column));
  const order = t.dateOrder === null ? '' : w.dateOrder[t.dateOrder];
  const clock = t.clock === 'relative' ? w.relativeClock : '';
  return w.timeRange(t.first, t.last, plural(t.periods, t.period), t.period, order, clock);
}

function partial(t: NonNullable<InteractionsCheck['time']>): string {
  const list = t.partial.map((p) => w.partialPeriod(printable(p.period), Math.round(p.coverage * 100))).join(w.and);
  return w.partial(list, t.partial.length);
}

function peopleRows(p: PeopleCheck, interactions: string): string[] {
  const out: string[] = [];
  if (p.ids) out.push(row(w.label.ids, idColumn(p.ids, interactions)));
  if (p.complete) out.push(row(w.label.names, p.labelColumn === null ? w.noLabelColumn : w.labelsFrom(quoted(p.labelColumn))));
  if (p.rows) {
    const removed = p.rows.removed > 0 ? w.removed(formatNumber(p.rows.removed)) : '';
    out.push(row(w.label.rows, w.peopleRead(formatNumber(p.rows.records), plural(p.rows.people, w.person, w.people), formatNumber(p.rows.bad), removed)));
  }
  if (p.groups) {
    const g = p.groups;
    out.push(row(w.label.groups, g.column === null ? w.noGroupColumn : w.groupsIn(plural(g.groups, w.group), quoted(g.column), plural(g.withoutGroup, w.person, w.people))));
  }
  return out;
}

function idColumn(c: IdColumnCheck, interactions: string): string {
  const share = c.interactionIds === 0 ? '' : ` (${Math.round((100 * c.matched) / c.interactionIds)}%)`;
  const how = c.given ? '--id-col' : w.idColChosen;
  const others = c.candidates.filter((k) => k.column !== c.column).map((k) => `${quoted(k.column)} ${formatNumber(k.matched)}`);
  const caseNote = c.ignoringCase ? w.ignoringCase : '';
  return `${quoted(c.column)} (${how}): ${w.idsMatched(formatNumber(c.matched), formatNumber(c.interactionIds), printable(interactions))}${share}${caseNote}${others.length ? w.otherColumns(others) : ''}`;
}

function ids(list: IdList): string {
  const shown = list.first.map(quoted).join(', ');
  const more = list.count > list.first.length ? w.andMore(formatNumber(list.count - list.first.length)) : '';
  return `${shown}${more}`;
}

function crossRows(cross: CrossCheck, v: Validation): string[] {
  const people = v.people!.file;
  const file = v.interactions.file;
  const { unknownIds: u, withoutInteractions: a } = cross;
  return [
    row(w.label.unknownIds, u.count === 0 ? w.noUnknown(printable(file), printable(people)) : w.unknown(plural(u.count, w.id), printable(file), printable(people), ids(u))),
    row(w.label.absent, a.count === 0 ? w.noAbsent(printable(people), printable(file)) : w.absent(plural(a.count, w.person, w.people), printable(people), ids(a))),
  ];
}

function hierarchyRows(h: HierarchyCheck, chalk: ChalkInstance): string[] {
  const out = h.file ? fileRows(h.file, chalk) : [];
  if (h.rows) out.push(row(w.label.rows, w.hierarchyRead(formatNumber(h.rows.records), plural(h.rows.people, w.person, w.people), formatNumber(h.rows.bad))));
  const c = h.chart;
  out.push(row(w.label.chart, c === null ? w.noChart : w.chart(plural(c.people, w.person, w.people), plural(c.managers, w.manager), w.depth(c.maxDepth))));
  const u = h.unknownManagers;
  out.push(row(w.label.unknownManagers, u.count === 0 ? w.noUnknownManagers : w.unknownManagers(plural(u.count, w.managerId), u.count === 1, ids(u))));
  // Only a file lists people of its own; a people-file column's people are the people file's.
  if (h.file) out.push(row(w.label.notInData, h.notInData.count === 0 ? w.noneNotInData : w.notInData(plural(h.notInData.count, w.person, w.people), ids(h.notInData))));
  return out;
}

function problemLine(p: ValidationProblem, chalk: ChalkInstance): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const text = `${printable(where)}: ${p.severity === 'warning' ? w.warning : ''}${printable(p.message)}`;
  return p.severity === 'warning' ? chalk.yellow(text) : chalk.red(text);
}

function problemLines(v: Validation, chalk: ChalkInstance): string[] {
  const out = v.problems.map((p) => `  ${problemLine(p, chalk)}`);
  const files = [v.interactions, ...(v.people ? [v.people] : []), ...(v.hierarchy?.file ? [v.hierarchy.file] : [])];
  for (const f of files) {
    const listed = v.problems.filter((p) => p.file === f.file).length;
    if (f.problems > listed) out.push(`  ${printable(f.file)}: ${w.moreProblems(plural(f.problems - listed, w.moreProblem))}`);
  }
  return out;
}

function verdict(v: Validation, chalk: ChalkInstance): string {
  const warned = v.warnings > 0 ? w.lenientSkips(plural(v.warnings, w.badRow)) : '';
  if (v.valid) return chalk.green(w.valid(warned));
  const strict = v.strict ? ' (--strict)' : '';
  return chalk.red(w.notValid(plural(v.errors, w.problem), strict, warned));
}

export function validationText(v: Validation, ctx: RenderContext): string {
  const { chalk } = ctx;
  const title = (text: string, file?: string) => chalk.bold(file === undefined ? text : `${text}  ${printable(file)}`);
  const parts = [title(w.title.interactions, v.interactions.file), ...fileRows(v.interactions, chalk), ...interactionRows(v.interactions)];
  if (v.people) parts.push('', title(w.title.people, v.people.file), ...fileRows(v.people, chalk), ...peopleRows(v.people, v.interactions.file));
  if (v.crossCheck) parts.push('', title(w.title.both), ...crossRows(v.crossCheck, v));
  const h = v.hierarchy;
  if (h) parts.push('', title(w.title.hierarchy, h.file?.file ?? w.managerColumn(quoted(h.column ?? ''), v.people?.file ?? '')), ...hierarchyRows(h, chalk));
  if (v.notes.length > 0) parts.push('', title(w.title.notes), ...v.notes.map((n) => `  ${printable(n)}`));
  if (v.problems.length > 0 || v.problemsNotListed > 0) parts.push('', title(w.title.problems(formatNumber(v.errors + v.warnings))), ...problemLines(v, chalk));
  parts.push('', verdict(v, chalk));
  return parts.join('\n') + '\n';
}

/** The view lists at most --limit problems per file: small, one chunk. */
export function* renderValidationTable(v: Validation, ctx: RenderContext): Generator<string> {
  yield validationText(v, ctx);
}
