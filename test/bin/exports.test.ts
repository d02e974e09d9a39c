/**
 * The real binary on files shaped like real exports (fixtures/exports, made from acme by
 * scripts/make-exports.mjs; ../shared/datasets): the people file matched by what its columns
 * hold, display names, each file in its own encoding. What is expected comes from the files
 * themselves — the people file's own columns, read here with csv-parse — or from the same
 * organization named otherwise: the HR export is acme with e-mail addresses for ids, so every
 * figure of its report must be acme's.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import type { Report } from '../../src/core/model/report.js';
import { runJson } from '../helpers/binary.js';
import { ROOT } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';
import { readWithSheetJs } from '../helpers/xlsx.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const EXPORTS = 'fixtures/exports';
const ACME = ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv'];
const HR_EN = [`${EXPORTS}/hr-en/interactions.csv`, '--people', `${EXPORTS}/hr-en/people.csv`];

function orgnet(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 120_000, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]): Report {
  const r = runJson<Report>(['analyze', ...args, '--format', 'json', '--quiet']);
  expect(r.status, r.stderr).toBe(0);
  return r.json;
}

/** A people file's rows as objects, read by csv-parse (not by orgnet). */
function peopleRows(file: string, encoding = 'utf8', delimiter = ','): Record<string, string>[] {
  const bytes = readFileSync(isAbsolute(file) ? file : join(ROOT, file));
  const text = encoding === 'utf8' ? bytes.toString('utf8').replace(/^\uFEFF/, '') : iconv.decode(bytes, encoding);
  return parse(text, { columns: true, delimiter }) as Record<string, string>[];
}

/** acme's id → the address scripts/make-exports.mjs gives it. */
const email = (id: string) => `${id.normalize('NFD').replace(/\p{M}/gu, '')}@acme.example`;

describe('the people file matched by what its columns hold', () => {
  test('an HR export `name,email,department` is matched on email, and tells acme\'s story', () => {
    const hr = json(HR_EN);
    const acme = json(ACME);
    expect(hr.meta.people).toMatchObject({
      idColumn: 'email',
      labelColumn: 'name',
      idMatch: { interactionIds: 79, matched: 79, ignoringCase: false, candidates: [{ column: 'name', matched: 0 }, { column: 'email', matched: 79 }] },
      unknownIds: 0,
    });
    // The same organization: the same figures, person by person under the address of their id.
    expect(hr.org).toEqual({
      ...acme.org,
      keyPlayers: acme.org.keyPlayers.map((k) => ({ ...k, id: email(k.id) })),
      reachPlayers: acme.org.reachPlayers.map((r) => ({ ...r, id: email(r.id) })),
    });
    expect(hr.people.map((p) => p.id).sort()).toEqual(acme.people.map((p) => email(p.id)).sort());
    const acmeBy = new Map(acme.people.map((p) => [email(p.id), p]));
    for (const p of hr.people) expect([p.label, p.pagerank, p.activity.status]).toEqual([acmeBy.get(p.id)!.label, acmeBy.get(p.id)!.pagerank, acmeBy.get(p.id)!.activity.status]);
  });

  test('the terminal shows the HR file\'s names, never the addresses', () => {
    const r = orgnet(['analyze', ...HR_EN], { COLUMNS: '100' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const names = peopleRows(`${EXPORTS}/hr-en/people.csv`).map((p) => p.name!);
    const findings = r.stdout.slice(r.stdout.indexOf('Findings'), r.stdout.indexOf('Groups by E-I'));
    // The key players are named in the findings, by the names the HR file gives them.
    expect(findings).toMatch(/Without [^,]+, /);
    expect(r.stdout).not.toContain('@acme.example');
    expect(names.filter((name) => r.stdout.includes(name)).length).toBeGreaterThanOrEqual(10);
  });

  test('a Spanish HR export `Correo;Nombre;Departamento`, addresses capitalised: matched ignoring case, with a warning', () => {
    const people = `${EXPORTS}/hr-es/personas.csv`;
    const r = orgnet(['analyze', `${EXPORTS}/hr-en/interactions.csv`, '--people', people, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `orgnet: warning: ${people}: 79 of 79 ids of ${EXPORTS}/hr-en/interactions.csv match column "Correo" only when case and surrounding spaces are ignored; matched that way\n`,
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(report.meta.people).toMatchObject({ idColumn: 'Correo', labelColumn: 'Nombre', groupBy: 'Departamento', idMatch: { matched: 79, ignoringCase: true } });
    // Every person of the Spanish file, under the interactions' spelling of the address (the isolate keeps the file's).
    const rows = peopleRows(people, 'utf8', ';');
    const byAddress = new Map(rows.map((p) => [p.Correo!.toLowerCase(), p]));
    expect(report.people).toHaveLength(80);
    for (const p of report.people) expect([p.label, p.group]).toEqual([byAddress.get(p.id.toLowerCase())!.Nombre, byAddress.get(p.id.toLowerCase())!.Departamento]);
    expect(report.people.filter((p) => p.id !== p.id.toLowerCase()).map((p) => p.id)).toEqual(['Elena.Popescu@acme.example']);
  });

  test('fewer than half of the ids matched: exit 2, one line naming both files, the best column, and what to do', () => {
    const r = orgnet(['analyze', `${EXPORTS}/hr-en/interactions.csv`, '--people', 'fixtures/acme/people.csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'fixtures/acme/people.csv: only 0 of 79 ids of fixtures/exports/hr-en/interactions.csv (0%) are in fixtures/acme/people.csv\'s best id column "id"; ' +
        'fixtures/exports/hr-en/interactions.csv names people like "jose.perez@acme.example", "lucas.martin@acme.example", "paul.meyer@acme.example", ' +
        'fixtures/acme/people.csv like "ana.garcia", "lukasz.nowak", "zoe.muller": give --id-col with the column that holds those ids, or --allow-unmatched to go on\n',
    );
  });

  test('--allow-unmatched goes on, saying how few matched; --pseudonymize never shows an original id', () => {
    const r = orgnet(['analyze', `${EXPORTS}/hr-en/interactions.csv`, '--people', 'fixtures/acme/people.csv', '--allow-unmatched', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'orgnet: warning: fixtures/acme/people.csv: only 0 of 79 ids of fixtures/exports/hr-en/interactions.csv (0%) are in fixtures/acme/people.csv\'s best id column "id"; going on (--allow-unmatched): the people not matched are isolates',
    );
    // 79 addresses and 80 acme ids: nobody in common.
    expect((JSON.parse(r.stdout) as Report).org.people).toBe(159);
    const hidden = orgnet(['analyze', `${EXPORTS}/hr-en/interactions.csv`, '--people', 'fixtures/acme/people.csv', '--pseudonymize'], { ORGNET_SALT: 'exports-test-salt-0123456789' });
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toMatch(/names people like "p-[0-9a-f]{10}", "p-[0-9a-f]{10}", "p-[0-9a-f]{10}", fixtures\/acme\/people\.csv like "p-[0-9a-f]{10}"/);
    expect(hidden.stderr).not.toMatch(/acme\.example|ana\.garcia|lukasz|zoe\.muller/);
  });

  test('--id-col names the column; a wrong one is refused like a poor match', () => {
    expect(json([...HR_EN, '--id-col', 'EMAIL']).meta.people?.idColumn).toBe('email');
    const r = orgnet(['analyze', ...HR_EN, '--id-col', 'name']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fixtures\/exports\/hr-en\/people\.csv: only 0 of 79 ids .* best id column "name";/);
    const missing = orgnet(['analyze', ...HR_EN, '--id-col', 'employee_id']);
    expect(missing.stderr).toBe('fixtures/exports/hr-en/people.csv: --id-col "employee_id": no such column; columns found: name, email, department\n');
  });
});

describe('display names', () => {
  test('--label-col, and the name column by default: every view names people by it', () => {
    const titles = json([...ACME, '--label-col', 'Title']);
    expect(titles.meta.people).toMatchObject({ labelColumn: 'title', attributes: ['name', 'location'] });
    const title = new Map(peopleRows('fixtures/acme/people.csv').map((p) => [p.id!, p.title!]));
    for (const p of titles.people) expect(p.label).toBe(title.get(p.id));
    // A column of display names holds no ids: naming the addresses so leaves only `name` to match on.
    const r = orgnet(['analyze', ...HR_EN, '--label-col', 'email']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fixtures\/exports\/hr-en\/people\.csv: only 0 of 79 ids .* best id column "name";/);
    expect(orgnet(['analyze', ...HR_EN, '--label-col', 'email', '--id-col', 'email']).stderr).toBe(
      'fixtures/exports/hr-en/people.csv: --id-col "email": column already used for another role\n',
    );
    const none = orgnet(['analyze', ...HR_EN, '--label-col', 'nombre']);
    expect(none.stderr).toBe('fixtures/exports/hr-en/people.csv: --label-col "nombre": no such column; columns found: name, email, department\n');
  });

  test('--pseudonymize leaves the names out unless --keep-attributes keeps them', () => {
    const env = { ORGNET_SALT: 'exports-test-salt-0123456789' };
    const hidden = orgnet(['analyze', ...HR_EN, '--pseudonymize', '--format', 'json'], env);
    const report = JSON.parse(hidden.stdout) as Report;
    expect(report.people.every((p) => p.label === null)).toBe(true);
    expect(report.meta.people).toMatchObject({ labelColumn: null, droppedAttributes: ['name'] });
    const text = orgnet(['analyze', ...HR_EN, '--pseudonymize'], env).stdout;
    for (const p of peopleRows(`${EXPORTS}/hr-en/people.csv`)) expect(text).not.toContain(p.name);
    const kept = JSON.parse(orgnet(['analyze', ...HR_EN, '--pseudonymize', '--keep-attributes', 'name', '--format', 'json'], env).stdout) as Report;
    expect(kept.people.filter((p) => p.label !== null)).toHaveLength(80);
  });

  test.skipIf(!HAS_DATASETS)('enron-perry-wolfe: the people file\'s `name` in JSON, the terminal, Markdown and GEXF', () => {
    const dir = join(DATASETS, 'enron-perry-wolfe');
    const args = [join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv')];
    const names = new Map(peopleRows(join(dir, 'people.csv')).map((p) => [p.id!, p.name!]));
    const report = json(args);
    expect(report.meta.people).toMatchObject({ idColumn: 'id', labelColumn: 'name' });
    for (const p of report.people) expect(p.label).toBe(names.get(p.id) ?? null);
    const top = [...report.people].sort((a, b) => (b.pagerank ?? 0) - (a.pagerank ?? 0) || (a.id < b.id ? -1 : 1))[0]!;
    expect(orgnet(['analyze', ...args, '--top', '3', '--sort', 'pagerank']).stdout).toMatch(new RegExp(`│ ${top.label} +│`));
    expect(orgnet(['analyze', ...args, '--format', 'md', '--sort', 'pagerank']).stdout).toContain(`| 1 | ${top.label} |`);
    expect(orgnet(['export', ...args, '--to', 'gexf', '-o', '-']).stdout).toContain(`<node id="${top.id}" label="${top.label}">`);
  });
});

describe('each file in its own encoding', () => {
  test('a UTF-8 interactions file with a BOM and a windows-1252 people file read together, no flag', () => {
    const r = orgnet(['analyze', `${EXPORTS}/two-encodings/interactions.csv`, '--people', `${EXPORTS}/two-encodings/people.csv`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.meta.input.encoding).toBe('utf8');
    expect(report.meta.people?.encoding).toBe('windows-1252');
    // The names as acme's UTF-8 people file has them (Ł, which windows-1252 lacks, was written L).
    const names = new Map(peopleRows('fixtures/acme/people.csv').map((p) => [p.id!, p.name!.replaceAll('Ł', 'L')]));
    for (const p of report.people) expect(p.label).toBe(names.get(p.id));
    expect(report.people.map((p) => p.label)).toContain('Zoë Müller');
  });
});

describe('dates as spreadsheets write them', () => {
  const SHEET = `${EXPORTS}/spreadsheet-es/interacciones.csv`;

  test('a Spanish-locale Excel export (windows-1252, ;, decimal commas, D/M/Y): one flag, acme\'s first 2,000 rows', () => {
    const r = orgnet(['analyze', SHEET, '--people', `${EXPORTS}/spreadsheet-es/personas.csv`, '--encoding', 'windows-1252', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const sheet = JSON.parse(r.stdout) as Report;
    expect(sheet.meta.input).toMatchObject({ encoding: 'windows-1252', delimiter: ';', dateOrder: 'day-first', clock: 'calendar', rowsRead: 2000, skippedRows: 0 });
    // The same rows as acme's first 2,000 (to the minute: acme's seconds are all 0), weights × 0.75.
    const lines = readFileSync(join(ROOT, 'fixtures/acme/interactions.csv'), 'utf8').split('\n');
    const last = lines[2000]!.split(',')[3]!;
    const acme = json([...ACME, '--until', new Date(Date.parse(last) + 60_000).toISOString()]);
    expect(acme.meta.input.rowsRead - acme.meta.input.filteredRows).toBe(2000);
    expect(sheet.org).toMatchObject({ people: acme.org.people, ties: acme.org.ties, interactions: acme.org.interactions });
    expect(sheet.org.totalWeight).toBeCloseTo(0.75 * acme.org.totalWeight, 9);
    const status = new Map(acme.people.map((p) => [p.id, p.activity.status]));
    for (const p of sheet.people) expect([p.id, p.activity.status]).toEqual([p.id, status.get(p.id)]);
    // January from the 2nd (30/31), February whole, March to the end of the 12th, the last row's day (12/31).
    expect(sheet.activity.series.map((s) => [s.period, s.coverage])).toEqual([['2025-01', 30 / 31], ['2025-02', 1], ['2025-03', 12 / 31]]);
  });

  test('month first when a date says so; a file where none does: exit 2 naming --time-format, which reads it', () => {
    const us = json(['fixtures/input/dates-month-first.csv']);
    // 01/02, 01/05, 01/13 (only month first can read it) and 02/01: three January rows, one in February.
    expect(us.meta.input.dateOrder).toBe('month-first');
    expect(us.activity.series.map((s) => [s.period, s.interactions])).toEqual([['2025-01', 3], ['2025-02', 1]]);
    const ambiguous = orgnet(['analyze', 'fixtures/input/dates-ambiguous.csv']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stdout).toBe('');
    expect(ambiguous.stderr).toBe(
      'fixtures/input/dates-ambiguous.csv:2: every date reads both day first and month first ("01/02/2025" on this line), and no date says which: give --time-format "%d/%m/%Y %H:%M" (day first) or --time-format "%m/%d/%Y %H:%M" (month first)\n',
    );
    // Day first: 1 February, 2 January; 3 April written with dots does not fit the layout.
    const told = orgnet(['analyze', 'fixtures/input/dates-ambiguous.csv', '--time-format', '%d/%m/%Y', '--format', 'json', '--lenient']);
    expect(told.code).toBe(0);
    const report = JSON.parse(told.stdout) as Report;
    expect(report.activity.series.map((s) => [s.period, s.interactions])).toEqual([['2025-01', 1], ['2025-02', 1]]);
    expect(report.meta.warnings[0]).toMatch(/skipped 1 bad row \(first: line 4: bad timestamp "03\.04\.2025 10:00": expected --time-format "%d\/%m\/%Y"\)/);
    const bad = orgnet(['analyze', 'fixtures/input/dates-ambiguous.csv', '--time-format', '%d/%q/%Y']);
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: 'orgnet: --time-format "%d/%q/%Y": unknown field %q (known: %Y %y %m %d %H %M %S %b and %%)\n' });
  });

  test('--time-col none reads no time, though the file has a time column', () => {
    const r = orgnet(['analyze', ...ACME, '--time-col', 'none', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.meta.input.columns.timestamp).toBeNull();
    expect(report.meta.input.unusedColumns).toEqual(['timestamp']);
    expect(report.activity).toEqual({ period: 'month', periods: 0, trend: null, series: [] });
    expect(report.people.every((p) => p.activity.status === null)).toBe(true);
  });
});

describe('columns that go unread are said', () => {
  const FILE = 'fixtures/input/unused-weight-and-time.csv';
  const IDS = ['--source-col', 'from_user', '--target-col', 'to_user'];

  test('a weight and a time column nobody named: a warning each, naming the flag; meta.input lists them', () => {
    const r = orgnet(['analyze', FILE, ...IDS, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `orgnet: warning: ${FILE}: column "msgs" looks like a weight (numbers) and is not read, so every row counts 1: --weight-col "msgs" reads it\n` +
        `orgnet: warning: ${FILE}: column "sent" looks like a time and is not read, so there is no activity over time: --time-col "sent" reads it\n`,
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(report.meta.input.unusedColumns).toEqual(['msgs', 'sent', 'thread_id']);
    expect(report.org.totalWeight).toBe(4);
    // Named, they are read: 3 + 1 + 2 + 5 messages, in January and February.
    const named = orgnet(['analyze', FILE, ...IDS, '--weight-col', 'msgs', '--time-col', 'sent', '--format', 'json']);
    expect(named.stderr).toBe('');
    const read = JSON.parse(named.stdout) as Report;
    expect(read.org.totalWeight).toBe(11);
    expect(read.meta.input.unusedColumns).toEqual(['thread_id']);
    expect(read.activity.series.map((s) => s.period)).toEqual(['2025-01', '2025-02']);
  });
});

describe('relative clocks: no 1970 anywhere', () => {
  // The two SocioPatterns sets are face-to-face contacts (undirected); email-eu-core-temporal is e-mail (directed).
  const sets = [
    ['sociopatterns-workplace-2013', ['--undirected']],
    ['sociopatterns-workplace-2015', ['--undirected']],
    ['email-eu-core-temporal', []],
  ] as const;
  // A date of the recording's years, as any output would write one: 1970-01-05, 1970-01, 1970-W02, 1972-03-14T…
  const recordingDate = /(?<![\d.])19(69|7\d)-(\d\d|W\d\d)/;

  test.skipIf(!HAS_DATASETS).each(sets)('%s: relative in meta, a warning, and no 1970 in the JSON, terminal, HTML, Markdown or workbook', (name, how) => {
    const dir = join(DATASETS, name);
    const args = [join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv'), ...how, '--period', 'week'];
    const r = orgnet(['analyze', ...args, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/every timestamp is a number of at most [\d,]+ seconds: read as elapsed time from the start of a recording/);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.meta.input.clock).toBe('relative');
    expect(report.activity.series[0]!.period).toBe('week 1');
    expect(report.activity.series[0]!.start).toBe('P0D');
    expect(report.people.find((p) => p.activity.firstSeen !== null)!.activity.firstSeen).toMatch(/^P\d+D(T(\d+H)?(\d+M)?(\d+S)?)?$/);
    // Every human-facing view on every set; the tables, the graph export and validate on the smallest.
    const every = name === 'sociopatterns-workplace-2013';
    const outputs = [
      r.stdout,
      orgnet(['analyze', ...args], { COLUMNS: '100' }).stdout,
      orgnet(['analyze', ...args, '--format', 'html']).stdout,
      orgnet(['analyze', ...args, '--format', 'md']).stdout,
      ...(every
        ? [
            orgnet(['analyze', ...args, '--format', 'csv', '--table', 'people']).stdout,
            orgnet(['analyze', ...args, '--format', 'csv', '--table', 'activity']).stdout,
            orgnet(['analyze', ...args, '--format', 'csv', '--table', 'ties']).stdout,
            orgnet(['analyze', ...args, '--format', 'ndjson', '--table', 'ties']).stdout,
            orgnet(['export', ...args, '--to', 'gexf', '-o', '-']).stdout,
            orgnet(['validate', ...args]).stdout,
          ]
        : []),
    ];
    for (const [k, text] of outputs.entries()) {
      expect(text.length, `output ${k}`).toBeGreaterThan(100);
      expect(text, `output ${k}`).not.toMatch(recordingDate);
    }
    // The workbook: durations as text, no 1970 date cell.
    const xlsx = spawnSync(process.execPath, [BIN, 'analyze', ...args, '-o', '-', '--format', 'xlsx'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 1 << 28 });
    expect(xlsx.status).toBe(0);
    const cells = [...readWithSheetJs(xlsx.stdout).grid.values()].flat(2);
    // On this clock every time would be a 1970 date cell: the only date left is when the report was made.
    expect(cells.filter((c) => c.t === 'd' && c.v < Date.UTC(1980, 0, 1))).toEqual([]);
    expect(cells.some((c) => c.t === 's' && c.v === 'week 1')).toBe(true);
    expect(cells.filter((c) => c.t === 's' && recordingDate.test(c.v))).toEqual([]);
  });
});

describe('partial periods and people never seen', () => {
  const findingsOf = (text: string) => text.slice(text.indexOf('Findings'), text.indexOf('\nGroups by E-I'));

  test('acme cut on 12 March flags what the cut at the end of February flags', () => {
    const cut = orgnet(['analyze', ...ACME, '--until', '2025-03-12'], { COLUMNS: '100' });
    const february = orgnet(['analyze', ...ACME, '--until', '2025-03-01'], { COLUMNS: '100' });
    const activity = (text: string) => findingsOf(text).split('\n').filter((l) => /dormant|fading|never appear/.test(l));
    expect(activity(cut.stdout)).toEqual(activity(february.stdout));
    expect(cut.stdout).not.toMatch(/mostly dormant or fading/);
    expect(cut.stdout).toContain('2025-03 (35% of it in the data)');
    const report = json([...ACME, '--until', '2025-03-12']);
    // March 1–11: 11 of 31 days.
    expect(report.activity.series.map((s) => [s.period, s.coverage])).toEqual([['2025-01', 30 / 31], ['2025-02', 1], ['2025-03', 11 / 31]]);
    expect(report.people.filter((p) => p.activity.status === 'fading' || p.activity.status === 'dormant')).toEqual([]);
  });

  test('acme: who has no row in the window is absent, and activeShare counts only the people seen', () => {
    // Who has a row before each cut, from acme's two files (csv-parse, not orgnet).
    const rows = parse(readFileSync(join(ROOT, 'fixtures/acme/interactions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const listed = peopleRows('fixtures/acme/people.csv').map((p) => p.id!);
    for (const until of [null, '2025-03-12']) {
      const kept = until === null ? rows : rows.filter((r) => Date.parse(r.timestamp!) < Date.parse(until));
      const seen = new Set(kept.filter((r) => r.source !== r.target).flatMap((r) => [r.source!, r.target!]));
      const never = listed.filter((id) => !seen.has(id));
      const report = json([...ACME, ...(until === null ? [] : ['--until', until])]);
      expect(report.people.filter((p) => p.activity.status === 'absent').map((p) => p.id).sort(), `until ${until}`).toEqual([...never].sort());
      // Not dormant, of the people with some interaction: the absent are in neither count.
      const dormant = report.people.filter((p) => p.activity.status === 'dormant').length;
      expect(report.org.activeShare, `until ${until}`).toBeCloseTo((seen.size - dormant) / seen.size, 12);
      const finding = report.findings.find((f) => f.kind === 'absent-people');
      expect(finding?.figures, `until ${until}`).toEqual({ count: never.length, total: listed.length, share: never.length / listed.length });
    }
  });

  test.skipIf(!HAS_DATASETS)('sociopatterns-2013 by week: its short last week flags no department', () => {
    const dir = join(DATASETS, 'sociopatterns-workplace-2013');
    const r = orgnet(['analyze', join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv'), '--undirected', '--period', 'week'], { COLUMNS: '100' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/mostly dormant or fading/);
    expect(r.stdout).toMatch(/week 2 \(\d+% of it in the data\) is partial/);
  });

  test.skipIf(!HAS_DATASETS)('sociopatterns-2015: the 15 people with no row are absent, reported apart, never dormant', () => {
    const dir = join(DATASETS, 'sociopatterns-workplace-2015');
    const args = [join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv'), '--undirected'];
    // Who has no row, from the two files (csv-parse, not orgnet).
    const rows = parse(readFileSync(join(dir, 'interactions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const seen = new Set(rows.flatMap((row) => [row.source!, row.target!]));
    const never = peopleRows(join(dir, 'people.csv')).map((p) => p.id!).filter((id) => !seen.has(id));
    expect(never).toHaveLength(15);
    const report = json(args);
    expect(report.people.filter((p) => p.activity.status === 'absent').map((p) => p.id).sort()).toEqual([...never].sort());
    const text = orgnet(['analyze', ...args], { COLUMNS: '100' }).stdout;
    expect(findingsOf(text)).toContain('15 people in the people file never appear in the data');
    expect(text).toMatch(/absent \(15, in the people file, no interaction in the data\)/);
    const dormant = /^dormant \(\d+\): (.*)$/m.exec(text)?.[1] ?? '';
    for (const id of never) expect(dormant.split(', ')).not.toContain(id);
    // Markdown says it, and the workbook's Summary; the page's lists are drawn in the browser (test/browser/html-report.test.ts).
    const md = orgnet(['analyze', ...args, '--format', 'md']).stdout;
    expect(md).toContain('15 people in the people file never appear in the data');
    const xlsx = spawnSync(process.execPath, [BIN, 'analyze', ...args, '-o', '-', '--format', 'xlsx'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 1 << 28 });
    const summary = readWithSheetJs(xlsx.stdout).grid.get('Summary')!.flat().flatMap((c) => (c.t === 's' ? [c.v] : []));
    expect(summary.filter((c) => c.includes('15 people in the people file never appear in the data'))).toHaveLength(1);
  });
});

describe('reports name the input by its file name; --title', () => {
  test('no path in the terminal, Markdown, HTML or workbook; --title heads the page, Markdown and the Summary', () => {
    const abs = [join(ROOT, 'fixtures/acme/interactions.csv'), '--people', join(ROOT, 'fixtures/acme/people.csv')];
    const title = 'Acme – revisión Q1 <borrador>';
    const term = orgnet(['analyze', ...abs]).stdout;
    expect(term.startsWith('interactions.csv: 80 people')).toBe(true);
    const md = orgnet(['analyze', ...abs, '--format', 'md', '--title', title]).stdout;
    expect(md.split('\n')[0]).toBe('# Acme – revisión Q1 &lt;borrador&gt;');
    const html = orgnet(['analyze', ...abs, '--format', 'html', '--title', title]).stdout;
    expect(html).toContain('<title>Acme – revisión Q1 &lt;borrador&gt;</title>');
    for (const text of [term, md, html]) expect(text).not.toContain(ROOT);
    const r = spawnSync(process.execPath, [BIN, 'analyze', ...abs, '-o', '-', '--format', 'xlsx', '--title', title], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 1 << 28 });
    const summary = readWithSheetJs(r.stdout).grid.get('Summary')!;
    expect(summary[0]).toEqual([{ t: 's', v: title }]);
    const cells = summary.flat().flatMap((c) => (c.t === 's' ? [c.v] : []));
    expect(cells).toContain('interactions.csv');
    expect(cells.filter((c) => c.includes(ROOT))).toEqual([]);
    // The JSON report is data: it keeps the path it was given.
    expect(json(abs).meta.input.file).toBe(abs[0]);
  });
});
