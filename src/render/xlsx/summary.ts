/**
 * The Summary sheet: sections one under the other, each a bold title and a small table —
 * the organization's figures (label, field name, value, one line on what it means), the
 * findings when there are any, the key players, and the `meta` block flattened to one
 * field per row (`meta.input.rowsRead`), so every figure of the report's top sections is here.
 */
import type { Style } from 'exceljs';
import type { Report } from '../../core/model/report.js';
import type { Lang } from '../i18n/numbers.js';
import { personNamer } from '../person-name.js';
import { shownMeta } from '../shown-meta.js';
import { stringsFor } from '../i18n/index.js';
import { cellValue, columnWidth, HEADER_STYLE, shownWidth, styleOf, TITLE_STYLE, type XlsxValue } from './cells.js';
import type { Kind } from './fields.js';
import { SheetWriter, type WriteContext } from './sheet.js';
import { ACTIVITY_FIGURES, HIERARCHY_FIGURES, KEY_PLAYER_FIELDS, ORG_FIGURES, REACH_PLAYER_FIELDS, SHEET_NAMES, SUMMARY_WORDS as W, type FigureLook } from './words.js';

interface SummaryRow {
  values: XlsxValue[];
  styles: (Partial<Style> | undefined)[];
  kinds: Kind[];
  /** Titles and blank rows do not size the columns: a title may run across them. */
  sizes: boolean;
}

const title = (text: string): SummaryRow => ({ values: [cellValue(text, 'text')], styles: [TITLE_STYLE], kinds: ['text'], sizes: false });
const blank: SummaryRow = { values: [], styles: [], kinds: [], sizes: false };

function header(texts: string[]): SummaryRow {
  return { values: texts.map((t) => cellValue(t, 'text')), styles: texts.map(() => HEADER_STYLE), kinds: texts.map(() => 'text'), sizes: true };
}

function row(cells: [unknown, Kind][]): SummaryRow {
  const values = cells.map(([v, kind]) => cellValue(v, kind));
  const kinds = cells.map(([, kind]) => kind);
  return { values, styles: values.map((v, i) => styleOf(kinds[i]!, v)), kinds, sizes: true };
}

/** The reporting line's figures (docs/metrics.md#the-reporting-line), one row each; none without a reporting line. */
function hierarchyRows(report: Report, lang: Lang): SummaryRow[] {
  const h = report.org.hierarchy;
  if (!h) return [];
  return (['people', 'managers', 'maxDepth', 'tiesOnReportingLine'] as const).map((key) => {
    const look = HIERARCHY_FIGURES[key];
    return row([[look.label[lang], 'text'], [`org.hierarchy.${key}`, 'text'], [h[key], look.kind], [look.meaning[lang], 'text']]);
  });
}

/** The sheet's rows, section by section. `findings` are sentences already worded in `lang`. */
function summaryRows(report: Report, lang: Lang, findings: readonly string[], reportTitle: string | null = null): SummaryRow[] {
  // `--title` heads the sheet, above its sections.
  const rows: SummaryRow[] = reportTitle === null ? [] : [title(reportTitle), blank];
  rows.push(title(W.organization[lang]), header([W.figure[lang], W.field[lang], W.value[lang], W.meaning[lang]]));
  for (const [field, value] of orgFigures(report)) {
    if (field === 'hierarchy') {
      rows.push(...hierarchyRows(report, lang));
      continue;
    }
    const look: FigureLook | undefined = ORG_FIGURES[field];
    rows.push(row([[look?.label[lang] ?? field, 'text'], [`org.${field}`, 'text'], [value, look?.kind ?? kindOf(value)], [look?.meaning[lang] ?? null, 'text']]));
  }
  for (const key of ['period', 'periods', 'trend'] as const) {
    const look = ACTIVITY_FIGURES[key];
    rows.push(row([[look.label[lang], 'text'], [`activity.${key}`, 'text'], [report.activity[key], look.kind], [look.meaning[lang], 'text']]));
  }
  // What the People sheet's go-to score and PageRank mean under the direction of ties.
  rows.push(blank, title(W.personMeasures[lang]), row([[stringsFor(lang).top.measures, 'text']]));
  if (findings.length > 0) {
    rows.push(blank, title(W.findings[lang]));
    for (const finding of findings) rows.push(row([[finding, 'text']]));
  }
  rows.push(...playerRows(report, lang, 'keyPlayers'));
  rows.push(...playerRows(report, lang, 'reachPlayers'));
  rows.push(blank, title(W.about[lang]), header([W.field[lang], W.value[lang]]));
  for (const [path, value] of flatten(shownMeta(report.meta), 'meta')) rows.push(row([[path, 'text'], [value, metaKind(path, value)]]));
  return rows;
}

/** The organization's figures in the report's order, the lists left for their own tables and `overload` by its parts. */
function* orgFigures(report: Report): Generator<[string, unknown]> {
  for (const [field, value] of Object.entries(report.org)) {
    if (field === 'keyPlayers' || field === 'reachPlayers') continue;
    if (field === 'overload') {
      for (const [part, share] of Object.entries(report.org.overload)) yield [`overload.${part}`, share];
    } else yield [field, value];
  }
}

function playerRows(report: Report, lang: Lang, list: 'keyPlayers' | 'reachPlayers'): SummaryRow[] {
  const players = report.org[list] as unknown as Record<string, unknown>[];
  if (players.length === 0) return [];
  const fields = Object.keys(players[0]!);
  const known = list === 'keyPlayers' ? KEY_PLAYER_FIELDS : REACH_PLAYER_FIELDS;
  const look = (f: string) => known[f] ?? { header: { en: f, es: f }, kind: kindOf(players[0]![f]) };
  // A key player is shown by name; the People sheet has their id beside it.
  const name = personNamer(report.people, 'plain');
  const cell = (p: Record<string, unknown>, f: string): unknown => (f === 'id' ? name(String(p.id)) : p[f]);
  return [
    blank,
    title(W[list][lang]),
    header(fields.map((f) => look(f).header[lang])),
    ...players.map((p) => row(fields.map((f) => [cell(p, f), look(f).kind] as [unknown, Kind]))),
  ];
}

const kindOf = (value: unknown): Kind => (typeof value === 'number' ? 'amount' : typeof value === 'boolean' ? 'boolean' : 'text');

/** Times in `meta` are ISO-8601 texts; these are shown as dates. */
const META_TIMES = new Set(['meta.generatedAt', 'meta.options.since', 'meta.options.until']);

const metaKind = (path: string, value: unknown): Kind => (META_TIMES.has(path) ? 'datetime' : kindOf(value));

/**
 * A value as (path, leaf) pairs, as it is in the JSON report: `meta.input.rowsRead`,
 * `meta.warnings[0]`; an empty object or array is one empty leaf, and a field whose value is
 * undefined is left out, as JSON leaves it out.
 */
function* flatten(value: unknown, path: string): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    if (value.length === 0) yield [path, null];
    for (let i = 0; i < value.length; i++) yield* flatten(value[i] ?? null, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined && typeof inner !== 'function');
    if (entries.length === 0) yield [path, null];
    for (const [key, inner] of entries) yield* flatten(inner, `${path}.${key}`);
  } else if (value !== undefined) {
    yield [path, value];
  }
}

export async function writeSummary(ctx: WriteContext, report: Report, findings: readonly string[]): Promise<void> {
  const rows = summaryRows(report, ctx.lang, findings, ctx.title ?? null);
  const columns = Math.max(...rows.map((r) => r.values.length));
  const widths = Array.from({ length: columns }, (_, i) => {
    let widest = 0;
    for (const r of rows) {
      if (!r.sizes) continue;
      const shown = shownWidth(r.values[i] ?? null, r.kinds[i] ?? 'text', ctx.lang);
      // a header is bold, about a tenth wider
      widest = Math.max(widest, r.styles[i] === HEADER_STYLE ? Math.ceil(shown * 1.1) : shown);
    }
    return columnWidth('', widest, false);
  });
  const sheet = new SheetWriter(ctx, SHEET_NAMES.summary[ctx.lang], widths, { rows: 0, columns: 0 });
  for (const r of rows) await sheet.add(r.values, r.styles);
  await sheet.commit();
}
