/**
 * `orgnet analyze --format xlsx -o report.xlsx` as a user runs it (in process). The workbook is
 * read back by exceljs AND by SheetJS, and every cell is compared with the JSON report of the
 * same run (the Ties sheet with the CSV ties table of the same run): the expected cells are
 * built here from the JSON, with the headers a reader sees written out by hand.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';
import * as XLSX from 'xlsx';
import { readWithExcelJs, readWithSheetJs, type ReadBook, type ReadCell } from '../helpers/xlsx.js';
import { ACME, ACME_PEOPLE, analyzeJson, expectExit2, readCsv, TRIANGLE, useTempDirs } from './analyze-helpers.js';

const tempDir = useTempDirs();

async function workbook(args: string[], name = 'report.xlsx'): Promise<Buffer> {
  const dir = tempDir();
  const result = await run(['analyze', ...args, '-o', join(dir, name)]);
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  expect(result.stdout).toBe('');
  return readFileSync(join(dir, name));
}

// ---- what the sheets must hold, from the JSON report ------------------------------------

/** People headers and the JSON field each shows, in order; the people-file columns follow. */
const PEOPLE_COLUMNS: [string, string][] = [
  ['Person', 'id'], ['Name', 'label'], ['Group', 'group'], ['In-degree', 'inDegree'], ['Out-degree', 'outDegree'],
  ['In-strength', 'inStrength'], ['Out-strength', 'outStrength'], ['Degree centrality', 'degreeCentrality'],
  ['Betweenness', 'betweenness'], ['Closeness', 'closeness'], ['PageRank', 'pagerank'], ['Go-to score', 'sourcePagerank'], ['Core number', 'coreNumber'], ['Reciprocity', 'reciprocity'],
  ['Give/take ratio', 'giveTakeRatio'], ['Constraint', 'constraint'], ['Effective size', 'effectiveSize'],
  ['External share', 'externalShare'], ['Brokerage: coordinator', 'brokerage.coordinator'],
  ['Brokerage: itinerant', 'brokerage.itinerant'], ['Brokerage: gatekeeper', 'brokerage.gatekeeper'],
  ['Brokerage: representative', 'brokerage.representative'], ['Brokerage: liaison', 'brokerage.liaison'],
  ['Cut point', 'cutPoint'], ['Dependents', 'dependents'], ['Community', 'community'], ['Roles', 'roles'],
  ['Interactions', 'activity.interactions'], ['Active periods', 'activity.activePeriods'],
  ['Activity rate', 'activity.activityRate'], ['First seen', 'activity.firstSeen'], ['Last seen', 'activity.lastSeen'],
  ['Trend', 'activity.trend'], ['Status', 'activity.status'],
];
const GROUP_COLUMNS: [string, string][] = [
  ['Group', 'group'], ['Size', 'size'], ['Internal ties', 'internalTies'], ['External ties', 'externalTies'],
  ['E-I index', 'eiIndex'], ['E-I p-value', 'eiPValue'], ['Ties inside', 'internalShare'], ['Density', 'density'],
  ['Reciprocity', 'reciprocity'], ['Activity rate', 'activityRate'],
  ['Connectors', 'connectors'],
];
const ACTIVITY_COLUMNS: [string, string][] = [
  ['Period', 'period'], ['Start', 'start'], ['Coverage', 'coverage'], ['Interactions', 'interactions'], ['Active people', 'activePeople'],
  ['New ties', 'newTies'], ['Reciprocity', 'reciprocity'],
];
const DATE_FIELDS = new Set(['activity.firstSeen', 'activity.lastSeen', 'start', 'first', 'last', 'meta.generatedAt']);

function at(row: unknown, path: string): unknown {
  let value: unknown = row;
  for (const part of path.split('.')) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

/** What a JSON value looks like once in a cell. */
function cellOf(value: unknown, date = false): ReadCell {
  if (value === null || value === undefined || value === '') return { t: 'empty' };
  if (Array.isArray(value)) return value.length === 0 ? { t: 'empty' } : { t: 's', v: value.join('|') };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (typeof value === 'number') return { t: 'n', v: value, format: '' };
  if (date) return { t: 'd', v: Date.parse(String(value).length === 10 ? `${String(value)}T00:00:00Z` : String(value)), format: '' };
  return { t: 's', v: String(value) };
}

const trim = (row: ReadCell[]): ReadCell[] => {
  let end = row.length;
  while (end > 0 && row[end - 1]!.t === 'empty') end--;
  return row.slice(0, end);
};

const headerRow = (names: string[]): ReadCell[] => names.map((v) => ({ t: 's', v }));

function table(columns: [string, string][], rows: readonly unknown[]): ReadCell[][] {
  return [headerRow(columns.map(([h]) => h)), ...rows.map((r) => trim(columns.map(([, path]) => cellOf(at(r, path), DATE_FIELDS.has(path)))))];
}

/** Number formats are checked on their own: here a cell is its type and value. */
const plain = (rows: ReadCell[][] | undefined): ReadCell[][] =>
  (rows ?? []).map((row) => row.map((c) => ('format' in c ? { ...c, format: '' } : c)));

function expectedPeople(report: Report): ReadCell[][] {
  const attributes = report.meta.people?.attributes ?? [];
  return table([...PEOPLE_COLUMNS, ...attributes.map((a): [string, string] => [a, `attributes.${a}`])], report.people);
}

function expectedCommunities(report: Report): ReadCell[][] {
  const groups = report.groups.map((g) => g.group);
  const head = headerRow(['Community', 'Size', 'Dominant group', 'Dominant share', ...groups]);
  return [
    head,
    ...report.communities.map((c) =>
      trim([cellOf(c.id), cellOf(c.size), cellOf(c.dominantGroup), cellOf(c.dominantShare), ...groups.map((g) => cellOf(c.groups[g] ?? 0))]),
    ),
  ];
}

function expectedMixing(report: Report): ReadCell[][] {
  const groups = report.groups.map((g) => g.group);
  const cell = (from: string, to: string, field: 'ties' | 'weight') => report.mixing.find((m) => m.from === from && m.to === to)?.[field] ?? 0;
  const block = (corner: string, field: 'ties' | 'weight') => [
    headerRow([corner, ...groups]),
    ...groups.map((from) => [cellOf(from), ...groups.map((to) => cellOf(cell(from, to, field)))]),
  ];
  return [...block('Ties: from \\ to', 'ties'), [], ...block('Weight: from \\ to', 'weight')];
}

function expectedTies(csv: string): ReadCell[][] {
  const [header, ...rows] = readCsv(csv);
  expect(header).toEqual(['source', 'target', 'weight', 'count', 'first', 'last']);
  return [
    headerRow(['Source', 'Target', 'Weight', 'Interactions', 'First', 'Last']),
    ...rows.map(([s, t, w, c, f, l]) => trim([cellOf(s), cellOf(t), cellOf(Number(w)), cellOf(Number(c)), cellOf(f, true), cellOf(l, true)])),
  ];
}

/** A JSON value as (path, leaf) pairs, as the Summary's "About this report" lists them. */
function leaves(value: unknown, path: string): [string, unknown][] {
  if (Array.isArray(value)) return value.length === 0 ? [[path, null]] : value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [[path, null]] : entries.flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  }
  return [[path, value]];
}

function expectSummary(rows: ReadCell[][], report: Report): void {
  const byField = new Map<string, ReadCell[]>();
  for (const row of rows) if (row[1]?.t === 's' && /^(org|activity)\./.test(row[1].v)) byField.set(row[1].v, row);
  // The lists have tables of their own; overload is one row per part, by its dotted path, and so
  // are the reporting line's figures (org.hierarchy.people …), none without one.
  const hierarchy = report.org.hierarchy ?? null;
  const orgFields = Object.keys(report.org).flatMap((k) =>
    k === 'keyPlayers' || k === 'reachPlayers'
      ? []
      : k === 'hierarchy'
        ? hierarchy ? Object.keys(hierarchy).map((h) => `hierarchy.${h}`) : []
        : k === 'overload' ? Object.keys(report.org.overload).map((part) => `overload.${part}`) : [k],
  );
  const valueOf = (field: string): unknown =>
    field.startsWith('hierarchy.')
      ? hierarchy![field.slice('hierarchy.'.length) as keyof typeof hierarchy]
      : field.startsWith('overload.') ? report.org.overload[field.slice('overload.'.length) as keyof Report['org']['overload']] : report.org[field as keyof Report['org']];
  expect([...byField.keys()]).toEqual([...orgFields.map((k) => `org.${k}`), 'activity.period', 'activity.periods', 'activity.trend']);
  for (const field of orgFields) {
    const row = byField.get(`org.${field}`)!;
    expect(plain([[row[2] ?? { t: 'empty' }]])[0]![0], field).toEqual(cellOf(valueOf(field) as Parameters<typeof cellOf>[0]));
    expect(row[3]?.t, `${field} has a one-line explanation`).toBe('s');
  }
  for (const key of ['period', 'periods', 'trend'] as const) {
    expect(plain([[byField.get(`activity.${key}`)![2] ?? { t: 'empty' }]])[0]![0]).toEqual(cellOf(report.activity[key]));
  }

  const titles = rows.map((r) => (r.length === 1 && r[0]!.t === 's' ? r[0]!.v : null));
  const players = titles.indexOf('Key players (chosen one after another)');
  expect(players).toBeGreaterThan(0);
  const fields = Object.keys(report.org.keyPlayers[0]!);
  const heads: Record<string, string> = {
    id: 'Person', fragmentation: 'Fragmentation after removal', distanceFragmentation: 'Distance fragmentation after removal',
  };
  expect(rows[players + 1]).toEqual(headerRow(fields.map((f) => heads[f] ?? f)));
  const playerRows = plain(rows.slice(players + 2, players + 2 + report.org.keyPlayers.length));
  // A key player is shown by name: the JSON person's label, else the id.
  const label = new Map(report.people.map((p) => [p.id, p.label]));
  const shown = (k: Record<string, unknown>, f: string) => (f === 'id' ? (label.get(String(k.id)) ?? k.id) : k[f]);
  expect(playerRows).toEqual(report.org.keyPlayers.map((k) => fields.map((f) => cellOf(shown(k as unknown as Record<string, unknown>, f)))));

  const reach = titles.indexOf('Whom to brief: reach players (chosen one after another)');
  expect(reach).toBeGreaterThan(players);
  expect(rows[reach + 1]).toEqual(headerRow(['Person', 'People reached, cumulative']));
  expect(plain(rows.slice(reach + 2, reach + 2 + report.org.reachPlayers.length))).toEqual(
    report.org.reachPlayers.map((r) => [cellOf(label.get(r.id) ?? r.id), cellOf(r.reach)]),
  );

  const about = titles.indexOf('About this report');
  expect(rows[about + 1]).toEqual(headerRow(['Field', 'Value']));
  // The workbook is for people to read: files by their names, in the warnings too, not their paths.
  const paths = [report.meta.input.file, report.meta.people?.file].filter((f): f is string => f !== undefined);
  const named = (v: unknown) => (typeof v === 'string' ? paths.reduce((text, path) => text.split(path).join(basename(path)), v) : v);
  const meta = leaves(report.meta, 'meta').map(([path, v]) => trim([cellOf(path), cellOf(named(v), DATE_FIELDS.has(path))]));
  expect(plain(rows.slice(about + 2))).toEqual(meta);
}

/** Both readers see the same workbook, and it equals the JSON report (and the CSV ties) of the same run. */
async function expectWorkbookEqualsReport(args: string[]): Promise<{ sheetjs: ReadBook; report: Report }> {
  const bytes = await workbook(args);
  const report = await analyzeJson(args);
  const ties = (await run(['analyze', ...args, '--format', 'csv', '--table', 'ties'])).stdout;
  const sheetjs = readWithSheetJs(bytes);
  const exceljs = await readWithExcelJs(bytes);
  expect(exceljs.sheets).toEqual(sheetjs.sheets);
  for (const name of sheetjs.sheets) expect(exceljs.grid.get(name), `sheet ${name}: the two readers agree`).toEqual(sheetjs.grid.get(name));

  const expected: [string, ReadCell[][]][] = [];
  if (report.people.length) expected.push(['People', expectedPeople(report)]);
  if (report.groups.length) expected.push(['Groups', table(GROUP_COLUMNS, report.groups)]);
  if (report.mixing.length) expected.push(['Mixing', expectedMixing(report)]);
  if (report.communities.length) expected.push(['Communities', expectedCommunities(report)]);
  if (report.activity.series.length) expected.push(['Activity', table(ACTIVITY_COLUMNS, report.activity.series)]);
  if (readCsv(ties).length > 1) expected.push(['Ties', expectedTies(ties)]);
  expect(sheetjs.sheets).toEqual(['Summary', ...expected.map(([name]) => name)]);
  for (const [name, rows] of expected) expect(plain(sheetjs.grid.get(name)), `sheet ${name}`).toEqual(rows);
  expectSummary(sheetjs.grid.get('Summary')!, report);
  return { sheetjs, report };
}

function readWithSheetJsHeaders(sheet: XLSX.WorkSheet): string[] {
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  return Array.from({ length: range.e.c + 1 }, (_, c) => String(sheet[XLSX.utils.encode_cell({ r: 0, c })]?.v));
}

// ---- the tests ----------------------------------------------------------------------------

describe('--format xlsx: every cell equals the JSON report of the same run', () => {
  test('acme: all seven sheets, read back by exceljs and by SheetJS', async () => {
    const { report } = await expectWorkbookEqualsReport([ACME, '--people', ACME_PEOPLE]);
    expect(report.people).toHaveLength(80);
  });

  test('--undirected: each tie once in the Ties sheet, as in the CSV ties table', async () => {
    const { sheetjs, report } = await expectWorkbookEqualsReport([ACME, '--people', ACME_PEOPLE, '--undirected']);
    expect(sheetjs.grid.get('Ties')!.length - 1).toBe(report.org.ties);
  });

  test('--min-group-size pools the small departments in every sheet, as in the JSON', async () => {
    // acme: Engineering 20, Sales 14, the other four 10–12: with 13, only Engineering and Sales stay
    const { sheetjs, report } = await expectWorkbookEqualsReport([ACME, '--people', ACME_PEOPLE, '--min-group-size', '13']);
    expect(report.groups.map((g) => g.group)).toEqual(['(small groups)', 'Engineering', 'Sales']);
    const mixing = sheetjs.grid.get('Mixing')!;
    expect(mixing[0]!.map((c) => (c.t === 's' ? c.v : null))).toEqual(['Ties: from \\ to', '(small groups)', 'Engineering', 'Sales']);
  });

  test('--remove: the people who left are in no sheet, and the Summary lists them', async () => {
    const { sheetjs } = await expectWorkbookEqualsReport([ACME, '--people', ACME_PEOPLE, '--remove', 'amara.okafor,ana.garcia']);
    const ids = (sheetjs.grid.get('People') ?? []).slice(1).map((r) => (r[0]!.t === 's' ? r[0]!.v : null));
    expect(ids).toHaveLength(78);
    expect(ids).not.toContain('amara.okafor');
    const ties = sheetjs.grid.get('Ties')!.slice(1).flatMap((r) => [r[0], r[1]]).map((c) => (c?.t === 's' ? c.v : null));
    expect(ties).not.toContain('ana.garcia');
    const summary = sheetjs.grid.get('Summary')!;
    expect(summary).toContainEqual([{ t: 's', v: 'meta.removed[1]' }, { t: 's', v: 'ana.garcia' }]);
  });

  test('no people file: no Groups or Mixing sheet; no timestamps: no Activity sheet', async () => {
    const { sheetjs } = await expectWorkbookEqualsReport([TRIANGLE]);
    expect(sheetjs.sheets).toEqual(['Summary', 'People', 'Communities', 'Ties']);
  });

  test.skipIf(!HAS_DATASETS)('lazega-lawfirm (Lazega 2001): numeric ids and attributes stay text, as in the JSON', async () => {
    const dir = `${DATASETS}/lazega-lawfirm`;
    const { sheetjs } = await expectWorkbookEqualsReport([`${dir}/interactions.csv`, '--people', `${dir}/people.csv`]);
    const people = sheetjs.grid.get('People')!;
    expect(people[1]![0]).toEqual({ t: 's', v: '1' });
    const age = people[0]!.findIndex((c) => c.t === 's' && c.v === 'age');
    expect(people[1]![age]).toEqual({ t: 's', v: '64' });
  });
});

describe('--format xlsx: how it reads in a spreadsheet', () => {
  test('frozen header row (and the person column), autofilter over each table', async () => {
    const { book } = await readWithExcelJs(await workbook([ACME, '--people', ACME_PEOPLE]));
    const frozen = (name: string) => {
      const view = book.getWorksheet(name)!.views[0] as { state?: string; xSplit?: number; ySplit?: number };
      return [view.state, view.xSplit ?? 0, view.ySplit ?? 0];
    };
    expect(frozen('People')).toEqual(['frozen', 1, 1]);
    for (const name of ['Groups', 'Communities', 'Activity', 'Ties']) expect(frozen(name), name).toEqual(['frozen', 0, 1]);
    expect(frozen('Mixing')).toEqual(['frozen', 1, 1]);
    // 80 people + header; 36 columns = AJ (34 fields and 2 people-file columns: name is the label)
    expect(book.getWorksheet('People')!.autoFilter).toBe('A1:AJ81');
    expect(book.getWorksheet('Groups')!.autoFilter).toBe('A1:K7');
    expect(book.getWorksheet('Mixing')!.autoFilter).toBe('A1:G7'); // the ties block: 6 groups
    expect(book.getWorksheet('Activity')!.autoFilter).toBe('A1:G13'); // 12 months, 7 columns (coverage among them)
  });

  test('shares as percentages, centralities with 4 decimals, dates as dates, counts as whole numbers', async () => {
    const { grid } = readWithSheetJs(await workbook([ACME, '--people', ACME_PEOPLE]));
    const people = grid.get('People')!;
    const format = (header: string) => {
      const i = people[0]!.findIndex((c) => c.t === 's' && c.v === header);
      const cell = people[1]![i]!;
      return cell.t === 'n' || cell.t === 'd' ? cell.format : cell.t;
    };
    expect(format('Betweenness')).toBe('0.0000');
    expect(format('PageRank')).toBe('0.0000');
    expect(format('Reciprocity')).toBe('0.0%');
    expect(format('Activity rate')).toBe('0.0%');
    expect(format('In-degree')).toBe('#,##0');
    expect(format('First seen')).toBe('yyyy-mm-dd');
    expect(format('Trend')).toBe('+0%;-0%;0%');
    expect(format('Cut point')).toBe('b');
    const ties = grid.get('Ties')!;
    expect(ties[1]![4]).toMatchObject({ t: 'd', format: 'yyyy-mm-dd hh:mm:ss' });
    const groups = grid.get('Groups')!;
    // Density is an index like E-I: four decimals, as the terminal, Markdown and the page write it.
    expect(groups[1]![7]).toMatchObject({ t: 'n', format: '0.0000' }); // density
    expect(format('Constraint')).toBe('0.0000');
    const groupFormat = (header: string) => {
      const i = groups[0]!.findIndex((c) => c.t === 's' && c.v === header);
      const cell = groups[1]![i]!;
      return cell.t === 'n' ? cell.format : cell.t;
    };
    expect(groupFormat('E-I index')).toBe('0.0000');
    // A p-value as the other views write it: 0.012, and < 0.001 below a thousandth (SheetJS's own
    // number-format engine shows what a spreadsheet shows).
    const pFormat = groupFormat('E-I p-value') as string;
    expect(XLSX.SSF.format(pFormat, 0.012)).toBe('0.012');
    expect(XLSX.SSF.format(pFormat, 1 / 1001)).toBe('< 0.001');
    expect(XLSX.SSF.format(pFormat, 0.001)).toBe('0.001');
  });

  test('columns as wide as their content, within bounds', async () => {
    const sheet = XLSX.read(await workbook([ACME, '--people', ACME_PEOPLE]), { type: 'buffer', cellStyles: true }).Sheets.People!;
    const widths = (sheet['!cols'] ?? []).map((c) => c.width ?? 0);
    const headers = readWithSheetJsHeaders(sheet);
    expect(widths).toHaveLength(headers.length);
    const longestId = Math.max(...readFileSync(ACME_PEOPLE, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!.length));
    expect(widths[0]).toBeGreaterThanOrEqual(longestId); // the longest id shows whole
    headers.forEach((header, i) => {
      expect(widths[i], header).toBeGreaterThanOrEqual(header.length); // the header shows whole
      expect(widths[i], header).toBeLessThanOrEqual(61);
    });
  });

  test('a name that looks like a formula, a number, a date or a boolean is a text cell', async () => {
    const bytes = await workbook(['fixtures/cli/formula-names.csv']);
    const names = ['=HYPERLINK("http://x")', '=1+1', '@SUM(A1)', '-2', '+1', '0123', 'TRUE', '2026-01-31', '1e5'];
    for (const book of [readWithSheetJs(bytes), await readWithExcelJs(bytes)]) {
      const people = book.grid.get('People')!;
      expect(people.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(names.map((v) => ({ t: 's', v }))));
      expect(people).toHaveLength(names.length + 1);
      const ties = book.grid.get('Ties')!.slice(1);
      expect(ties[0]!.slice(0, 2)).toEqual([{ t: 's', v: '+1' }, { t: 's', v: '0123' }]);
    }
    // No formula anywhere in the file: SheetJS reports one as `f` (readWithSheetJs throws on it),
    // and exceljs as a formula value; and the cell is a shared string, not an inline one.
    const { book } = await readWithExcelJs(bytes);
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined())));
    const hyperlink = book.getWorksheet('People')!.getColumn(1).values.find((v) => String(v).startsWith('=HYPERLINK'));
    expect(hyperlink).toBe('=HYPERLINK("http://x")');
  });

  test('--lang es: the sheets and headers in Spanish, the same values', async () => {
    const en = readWithSheetJs(await workbook([ACME, '--people', ACME_PEOPLE]));
    const es = readWithSheetJs(await workbook([ACME, '--people', ACME_PEOPLE, '--lang', 'es']));
    expect(es.sheets).toEqual(['Resumen', 'Personas', 'Grupos', 'Mezcla', 'Comunidades', 'Actividad', 'Vínculos']);
    const header = (book: ReadBook, sheet: string) => book.grid.get(sheet)![0]!.map((c) => (c.t === 's' ? c.v : null));
    expect(header(es, 'Personas').slice(0, 10)).toEqual([
      'Persona', 'Nombre', 'Grupo', 'Grado de entrada', 'Grado de salida', 'Fuerza de entrada', 'Fuerza de salida',
      'Centralidad de grado', 'Intermediación', 'Cercanía',
    ]);
    expect(header(es, 'Vínculos')).toEqual(['Origen', 'Destino', 'Peso', 'Interacciones', 'Primera', 'Última']);
    expect(header(es, 'Mezcla')[0]).toBe('Vínculos: de \\ a');
    expect(es.grid.get('Resumen')![0]).toEqual([{ t: 's', v: 'Organización' }]);
    // Below the headers the same cells, apart from the Summary's words, the Mixing weight block's
    // corner and the people's activity status, a word of the workbook's language.
    const words = /^(Weight|Peso): /;
    const status: Record<string, string> = { inactiva: 'dormant', 'en declive': 'fading', 'en crecimiento': 'growing', estable: 'steady', 'sin datos': 'absent' };
    const texts = (book: ReadBook, sheet: string) => book.grid.get(sheet)!.flat().flatMap((c) => (c.t === 's' ? [c.v] : []));
    expect(texts(es, 'Personas')).toContain('inactiva');
    expect(texts(es, 'Personas')).not.toContain('dormant');
    // Roles too, still joined with `|` as in CSV: the Spanish role names of the HTML page.
    const role: Record<string, string> = {
      intermediaria: 'broker', 'conectora central': 'central-connector', 'crítica': 'critical', sobrecargada: 'overloaded', 'en un solo sentido': 'one-way', 'periférica': 'peripheral', aislada: 'isolate',
    };
    const roleColumn = header(es, 'Personas').indexOf('Roles');
    const roleCells = es.grid.get('Personas')!.slice(1).flatMap((r) => (r[roleColumn]?.t === 's' ? [r[roleColumn].v] : []));
    expect(roleCells.length).toBeGreaterThan(0);
    for (const cell of roleCells) for (const r of cell.split('|')) expect(Object.keys(role)).toContain(r);
    const fromSpanish = (v: string) => v.split('|').map((r) => role[r] ?? r).join('|');
    en.sheets.forEach((name, i) => {
      const body = (book: ReadBook, sheet: string) =>
        plain(book.grid.get(sheet)!.slice(1)).map((r) =>
          r.map((c) => (c.t === 's' && words.test(c.v) ? { t: 'empty' } : c.t === 's' && status[c.v] !== undefined ? { ...c, v: status[c.v]! } : c.t === 's' && book === es ? { ...c, v: fromSpanish(c.v) } : c)),
        );
      if (name === 'Summary') expect(es.grid.get('Resumen')!.length).toBe(en.grid.get(name)!.length);
      else expect(body(es, es.sheets[i]!), name).toEqual(body(en, name));
    });
  });
});

describe('--format xlsx: where the bytes go', () => {
  test('-o report.xlsx alone picks the format from the extension', async () => {
    const bytes = await workbook([TRIANGLE], 'report.xlsx');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip
    expect(readWithSheetJs(bytes).sheets[0]).toBe('Summary');
  });

  test('to standard output without -o: refused, exit 2, one clear line', async () => {
    const result = await run(['analyze', TRIANGLE, '--format', 'xlsx']);
    expectExit2(result);
    expect(result.stderr).toBe('orgnet: --format xlsx writes a binary file; name it with -o report.xlsx (or -o - to send it to standard output)\n');
  });

  test('-o - on a terminal: refused too', async () => {
    const result = await run(['analyze', TRIANGLE, '--format', 'xlsx', '-o', '-'], { tty: true });
    expectExit2(result);
    expect(result.stderr).toMatch(/^orgnet: refusing to write a binary xlsx file to the terminal; redirect it/);
  });

  test('a bad input leaves no file and no temporary file', async () => {
    const dir = tempDir();
    const result = await run(['analyze', 'fixtures/input/bad-weight.csv', '-o', join(dir, 'report.xlsx')]);
    expectExit2(result);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a name too long for a cell: exit 2 naming the limit, no file left behind', async () => {
    const dir = tempDir();
    const input = join(dir, 'long-name.csv');
    writeFileSync(input, `source,target\nana,${'x'.repeat(40_000)}\n`);
    const result = await run(['analyze', input, '-o', join(dir, 'report.xlsx')]);
    expectExit2(result);
    expect(result.stderr).toMatch(/^orgnet: a text of 40000 characters \("x{40}"…\) does not fit in a spreadsheet cell \(at most 32767\); use --format csv or json/);
    expect(readdirSync(dir)).toEqual(['long-name.csv']);
    expect(existsSync(join(dir, 'report.xlsx'))).toBe(false);
  });
});
