/**
 * `orgnet validate` in the terminal: one section per file (how it was read, its columns and
 * their roles, the row counts, repeated rows, the network and time range it makes), what the
 * two files say about each other, the notes, then every problem listed as `FILE:LINE: message`
 * (warnings as `FILE:LINE: warning: message`, the way compilers print them), and last the
 * verdict, where a terminal leaves it in sight. Every name from the files is shown printable.
 */
import type { ChalkInstance } from 'chalk';
import type { ColumnCheck, CrossCheck, IdColumnCheck, IdList, InteractionsCheck, PeopleCheck, FileCheck, Validation, ValidationProblem } from '../../core/model/validation.js';
import type { RenderContext } from '../context.js';
import { formatNumber } from '../format.js';
import { printable } from '../printable.js';

const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;
const quoted = (text: string) => printable(JSON.stringify(text));
const LABEL = 13;

function row(label: string, text: string): string {
  return `  ${label.padEnd(LABEL)}${text}`;
}

const ENCODINGS: Record<string, string> = { utf8: 'UTF-8', utf16le: 'UTF-16 LE', utf16be: 'UTF-16 BE', latin1: 'latin1', 'windows-1252': 'windows-1252' };
const DELIMITERS: Record<string, string> = { ',': '","', ';': '";"', '\t': 'tab', '|': '"|"' };

function readAs(f: FileCheck): string {
  if (f.format === 'parquet') return 'parquet (through DuckDB)';
  const parts = ['CSV'];
  if (f.encoding !== null) parts.push(`${ENCODINGS[f.encoding] ?? f.encoding}${f.encodingDetected ? ' (detected: not valid UTF-8)' : ''}`);
  if (f.delimiter !== null) parts.push(`delimiter ${DELIMITERS[f.delimiter] ?? quoted(f.delimiter)} (${f.delimiterGiven ? '--delimiter' : 'detected'})`);
  return parts.join(', ');
}

function columns(list: ColumnCheck[] | null, chalk: ChalkInstance): string | null {
  if (list === null) return null;
  if (list.length === 0) return '(none)';
  return list.map((c) => (c.role === null ? chalk.dim(`${printable(c.name || '(unnamed)')} (not read)`) : `${printable(c.name || '(unnamed)')} → ${c.role}`)).join(' · ');
}

function fileRows(f: FileCheck, chalk: ChalkInstance): string[] {
  const out = [row('read as', readAs(f))];
  const cols = columns(f.columns, chalk);
  if (cols !== null) out.push(row('columns', cols));
  if (!f.complete) out.push(row('', chalk.red('not read to the end: see the problems below')));
  return out;
}

function interactionRows(c: InteractionsCheck): string[] {
  const out: string[] = [];
  if (c.rows) {
    const r = c.rows;
    const kinds = [`${formatNumber(r.used)} used`, plural(r.selfLoops, 'self-loop'), `${formatNumber(r.filtered)} filtered`, `${formatNumber(r.bad)} bad`];
    const records = r.records === r.read ? '' : ` (from ${plural(r.records, 'record')})`;
    out.push(row('rows', `${formatNumber(r.read)} read${records}: ${kinds.join(', ')}`));
  }
  if (c.duplicates) out.push(row('repeated', repeated(c)));
  if (c.events) {
    const e = c.events;
    out.push(row('events', `${formatNumber(e.read)} read: ${formatNumber(e.used)} made ties, ${formatNumber(e.tooSmall)} of one person, ${formatNumber(e.tooLarge)} broadcasts`));
  }
  if (c.deliveries) {
    const d = c.deliveries;
    out.push(row('deliveries', `${formatNumber(d.deliveries)} kept, ${plural(d.selfDeliveries, 'delivery', 'deliveries')} to the sender, ${plural(d.broadcasts, 'broadcast row')}`));
  }
  if (c.network) {
    const n = c.network;
    const kind = c.undirected ? 'undirected ties' : 'ties';
    const dropped = n.tiesDropped > 0 ? ` (${formatNumber(n.tiesDropped)} more below --min-tie-weight)` : '';
    out.push(row("network", `${plural(n.people, "person", "people")}, ${plural(n.ties, kind.slice(0, -1), kind)}${dropped}, ${plural(n.isolates, "isolate")}`));
  }
  if (c.rows) out.push(row('time', time(c)));
  if (c.time?.partial.length) out.push(row('', partial(c.time)));
  if (c.unusedColumns?.length) out.push(row('not read', c.unusedColumns.map(quoted).join(', ')));
  if (c.relations) out.push(row('relations', Object.entries(c.relations).map(([k, v]) => `${quoted(k)} ${formatNumber(v)}`).join(' · ') || '(none)'));
  return out;
}

function repeated(c: InteractionsCheck): string {
  const d = c.duplicates!;
  if (d.rows === 0) return `none${d.complete ? '' : ` among the first ${formatNumber(d.distinct)} distinct rows`}`;
  const examples = d.examples.slice(0, 3).map((e) => `line ${e.line} = line ${e.firstLine}`);
  const more = d.rows > examples.length ? ', …' : '';
  const bound = d.complete ? '' : ` (at least: counted among the first ${formatNumber(d.distinct)} distinct rows)`;
  return `${plural(d.rows, 'row')} identical to an earlier one${bound}: ${examples.join(', ')}${more}`;
}

function time(c: InteractionsCheck): string {
  const t = c.time;
  if (t === null) return 'no timestamp column';
  if (t.first === null) return `column ${quoted(t.column)}: no used row has a timestamp`;
  const order = t.dateOrder === null ? '' : `, dates ${t.dateOrder === 'day-first' ? 'day first (D/M/Y)' : 'month first (M/D/Y)'} as the file says`;
  const clock = t.clock === 'relative' ? ', a relative clock: elapsed time from the start of a recording, not dates' : '';
  return `${t.first} to ${t.last}: ${plural(t.periods, t.period)} (--period ${t.period})${order}${clock}`;
}

function partial(t: NonNullable<InteractionsCheck['time']>): string {
  const list = t.partial.map((p) => `${printable(p.period)} (${Math.round(p.coverage * 100)}% of it)`).join(' and ');
  return `${list} ${t.partial.length === 1 ? 'is' : 'are'} partial: counted, but trends and statuses use the complete periods only`;
}

function peopleRows(p: PeopleCheck, interactions: string): string[] {
  const out: string[] = [];
  if (p.ids) out.push(row('ids', idColumn(p.ids, interactions)));
  if (p.complete) out.push(row('names', p.labelColumn === null ? 'no display-name column: people are shown by id' : `display names from ${quoted(p.labelColumn)}`));
  if (p.rows) {
    const removed = p.rows.removed > 0 ? `, ${formatNumber(p.rows.removed)} removed (--remove)` : '';
    out.push(row('rows', `${formatNumber(p.rows.records)} read: ${plural(p.rows.people, 'person', 'people')}, ${formatNumber(p.rows.bad)} bad${removed}`));
  }
  if (p.groups) {
    const g = p.groups;
    out.push(row('groups', g.column === null ? 'no grouping column (no groups)' : `${plural(g.groups, 'group')} in ${quoted(g.column)}, ${plural(g.withoutGroup, 'person', 'people')} without one`));
  }
  return out;
}

function idColumn(c: IdColumnCheck, interactions: string): string {
  const share = c.interactionIds === 0 ? '' : ` (${Math.round((100 * c.matched) / c.interactionIds)}%)`;
  const how = c.given ? '--id-col' : 'chosen by the ids it holds';
  const others = c.candidates.filter((k) => k.column !== c.column).map((k) => `${quoted(k.column)} ${formatNumber(k.matched)}`);
  const caseNote = c.ignoringCase ? ', ignoring case' : '';
  return `${quoted(c.column)} (${how}): ${formatNumber(c.matched)} of ${formatNumber(c.interactionIds)} ids of ${printable(interactions)}${share}${caseNote}${others.length ? `; other columns: ${others.join(', ')}` : ''}`;
}

function ids(list: IdList): string {
  const shown = list.first.map(quoted).join(', ');
  const more = list.count > list.first.length ? ` … and ${formatNumber(list.count - list.first.length)} more` : '';
  return `${shown}${more}`;
}

function crossRows(cross: CrossCheck, v: Validation): string[] {
  const people = v.people!.file;
  const file = v.interactions.file;
  const { unknownIds: u, withoutInteractions: w } = cross;
  return [
    row('unknown ids', u.count === 0 ? `none: every id of ${printable(file)} is in ${printable(people)}` : `${plural(u.count, 'id')} of ${printable(file)} not in ${printable(people)} (kept, without a group): ${ids(u)}`),
    row('absent', w.count === 0 ? `none: everyone in ${printable(people)} appears in ${printable(file)}` : `${plural(w.count, 'person', 'people')} of ${printable(people)} in no row (listed, never seen: absent, not dormant): ${ids(w)}`),
  ];
}

function problemLine(p: ValidationProblem, chalk: ChalkInstance): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const text = `${printable(where)}: ${p.severity === 'warning' ? 'warning: ' : ''}${printable(p.message)}`;
  return p.severity === 'warning' ? chalk.yellow(text) : chalk.red(text);
}

function problemLines(v: Validation, chalk: ChalkInstance): string[] {
  const out = v.problems.map((p) => `  ${problemLine(p, chalk)}`);
  const files = [v.interactions, ...(v.people ? [v.people] : [])];
  for (const f of files) {
    const listed = v.problems.filter((p) => p.file === f.file).length;
    if (f.problems > listed) out.push(`  ${printable(f.file)}: … and ${plural(f.problems - listed, 'more problem')} (--limit N lists more)`);
  }
  return out;
}

function verdict(v: Validation, chalk: ChalkInstance): string {
  const warned = v.warnings > 0 ? `; ${plural(v.warnings, 'bad row')} that --lenient skips` : '';
  if (v.valid) return chalk.green(`valid: orgnet analyze takes these files${warned}`);
  const strict = v.strict ? ' (--strict)' : '';
  return chalk.red(`not valid: ${plural(v.errors, 'problem')}${strict}${warned}`);
}

export function validationText(v: Validation, ctx: RenderContext): string {
  const { chalk } = ctx;
  const title = (text: string, file?: string) => chalk.bold(file === undefined ? text : `${text}  ${printable(file)}`);
  const parts = [title('Interactions', v.interactions.file), ...fileRows(v.interactions, chalk), ...interactionRows(v.interactions)];
  if (v.people) parts.push('', title('People', v.people.file), ...fileRows(v.people, chalk), ...peopleRows(v.people, v.interactions.file));
  if (v.crossCheck) parts.push('', title('Both files'), ...crossRows(v.crossCheck, v));
  if (v.notes.length > 0) parts.push('', title('Notes'), ...v.notes.map((n) => `  ${printable(n)}`));
  if (v.problems.length > 0 || v.problemsNotListed > 0) parts.push('', title(`Problems (${formatNumber(v.errors + v.warnings)})`), ...problemLines(v, chalk));
  parts.push('', verdict(v, chalk));
  return parts.join('\n') + '\n';
}

/** The view lists at most --limit problems per file: small, one chunk. */
export function* renderValidationTable(v: Validation, ctx: RenderContext): Generator<string> {
  yield validationText(v, ctx);
}
