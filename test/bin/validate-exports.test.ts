/**
 * `orgnet validate`, the real binary, on files shaped like real exports (fixtures/exports,
 * ../shared/datasets): which people-file column held the ids and how many it matched, each file's
 * encoding, the clock, the order of day and month, the partial periods and the columns nobody
 * reads. What is expected is read from the files here — csv-parse, iconv-lite and the bytes
 * themselves — not from orgnet.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const E = 'fixtures/exports';

interface Validation {
  valid: boolean;
  notes: string[];
  interactions: {
    encoding: string;
    encodingDetected: boolean;
    delimiter: string;
    unusedColumns: string[];
    time: { clock: string; dateOrder: string | null; partial: { period: string; coverage: number }[] } | null;
  };
  people: {
    encoding: string;
    encodingDetected: boolean;
    ids: { column: string; interactionIds: number; matched: number; ignoringCase: boolean; candidates: { column: string; matched: number }[] };
    labelColumn: string | null;
  } | null;
}

function validate(args: string[]): { v: Validation; text: string } {
  const run = (format: string[]) =>
    spawnSync(process.execPath, [BIN, 'validate', ...args, ...format], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000, maxBuffer: 1 << 28 });
  const json = run(['--format', 'json']);
  expect(json.status, json.stderr).toBe(0);
  const text = run([]);
  expect(text.status, text.stderr).toBe(0);
  return { v: JSON.parse(json.stdout) as Validation, text: text.stdout };
}

function rows(file: string, encoding = 'utf8', delimiter = ','): Record<string, string>[] {
  const bytes = readFileSync(isAbsolute(file) ? file : join(ROOT, file));
  return parse(iconv.decode(bytes, encoding).replace(/^\uFEFF/, ''), { columns: true, delimiter }) as Record<string, string>[];
}

/** The distinct ids of an interactions file, both ends of every row. */
const idsOf = (file: string, source: string, target: string) => new Set(rows(file).flatMap((r) => [r[source]!, r[target]!]));

describe('validate says what it read in export-shaped files', () => {
  test('an HR export `name,email,department`: the ids are in "email", every one of them; "name" holds none', () => {
    const ids = idsOf(`${E}/hr-en/interactions.csv`, 'sender', 'recipient');
    const people = rows(`${E}/hr-en/people.csv`);
    const inColumn = (column: string) => [...ids].filter((id) => people.some((p) => p[column] === id)).length;
    const { v, text } = validate([`${E}/hr-en/interactions.csv`, '--people', `${E}/hr-en/people.csv`]);
    expect(v.people!.ids).toMatchObject({ column: 'email', interactionIds: ids.size, matched: inColumn('email'), ignoringCase: false });
    expect(v.people!.ids.candidates).toEqual([{ column: 'name', matched: inColumn('name') }, { column: 'email', matched: inColumn('email') }]);
    expect(inColumn('email')).toBe(ids.size);
    expect(v.people!.labelColumn).toBe('name');
    expect(text).toContain(`"email" (chosen by the ids it holds): ${ids.size} of ${ids.size} ids`);
  });

  test('the Spanish HR export, addresses capitalised: "Correo" matches only ignoring case, and validate says so', () => {
    const ids = idsOf(`${E}/hr-en/interactions.csv`, 'sender', 'recipient');
    const correo = rows(`${E}/hr-es/personas.csv`, 'utf8', ';').map((p) => p.Correo!);
    const exact = [...ids].filter((id) => correo.includes(id)).length;
    const folded = [...ids].filter((id) => correo.some((c) => c.trim().toLowerCase() === id.trim().toLowerCase())).length;
    expect(exact).toBeLessThan(ids.size / 2);
    const { v, text } = validate([`${E}/hr-en/interactions.csv`, '--people', `${E}/hr-es/personas.csv`]);
    expect(v.people!.ids).toMatchObject({ column: 'Correo', matched: folded, ignoringCase: true });
    expect(v.people!.ids.candidates.find((c) => c.column === 'Correo')!.matched).toBe(exact);
    expect(v.people!.labelColumn).toBe('Nombre');
    expect(text).toMatch(/"Correo" \(chosen by the ids it holds\): 79 of 79 ids .*, ignoring case/);
  });

  test('two files, two encodings: each detected on its own', () => {
    const interactions = readFileSync(join(ROOT, `${E}/two-encodings/interactions.csv`));
    const people = readFileSync(join(ROOT, `${E}/two-encodings/people.csv`));
    // A UTF-8 byte-order mark on one; bytes that are not UTF-8 on the other.
    expect([...interactions.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(people)).toThrow();
    const { v, text } = validate([`${E}/two-encodings/interactions.csv`, '--people', `${E}/two-encodings/people.csv`]);
    expect(v.interactions.encoding).toBe('utf8');
    expect(v.people).toMatchObject({ encoding: 'windows-1252', encodingDetected: true });
    expect(text).toContain('windows-1252 (detected: not valid UTF-8)');
  });

  test('a Spanish-locale spreadsheet export: windows-1252, ";", day first, and its two partial months', () => {
    const sheet = `${E}/spreadsheet-es/interacciones.csv`;
    const dates = rows(sheet, 'windows-1252', ';').map((r) => r.Fecha!);
    // D/M/Y: the first row is 2 January (30 of January's 31 days in the data), the last 12 March (12 of 31).
    const [d1, m1] = dates[0]!.split(/[/ ]/).map(Number);
    const [d2, m2] = dates[dates.length - 1]!.split(/[/ ]/).map(Number);
    expect([d1, m1, d2, m2]).toEqual([2, 1, 12, 3]);
    expect(dates.some((d) => Number(d.split('/')[0]) > 12)).toBe(true);
    const { v, text } = validate([sheet, '--people', `${E}/spreadsheet-es/personas.csv`, '--encoding', 'windows-1252']);
    expect(v.interactions).toMatchObject({ encoding: 'windows-1252', delimiter: ';', unusedColumns: [] });
    expect(v.interactions.time).toMatchObject({ clock: 'calendar', dateOrder: 'day-first' });
    expect(v.interactions.time!.partial).toEqual([{ period: '2025-01', coverage: (31 - d1! + 1) / 31 }, { period: '2025-03', coverage: d2! / 31 }]);
    expect(text).toContain('dates day first (D/M/Y) as the file says');
  });

  test('columns nobody reads: listed, and the ones that look like a weight or a time named with their flag', () => {
    const { v, text } = validate(['fixtures/input/unused-weight-and-time.csv', '--source-col', 'from_user', '--target-col', 'to_user']);
    expect(v.interactions.unusedColumns).toEqual(['msgs', 'sent', 'thread_id']);
    expect(v.notes).toEqual([
      'fixtures/input/unused-weight-and-time.csv: column "msgs" looks like a weight (numbers) and is not read, so every row counts 1: --weight-col "msgs" reads it',
      'fixtures/input/unused-weight-and-time.csv: column "sent" looks like a time and is not read, so there is no activity over time: --time-col "sent" reads it',
    ]);
    expect(text).toContain('not read     "msgs", "sent", "thread_id"');
  });

  test.skipIf(!HAS_DATASETS)('sociopatterns-2015: a relative clock, elapsed times, and the 15 people with no row', () => {
    const dir = join(DATASETS, 'sociopatterns-workplace-2015');
    const seen = idsOf(join(dir, 'interactions.csv'), 'source', 'target');
    const never = rows(join(dir, 'people.csv')).map((p) => p.id!).filter((id) => !seen.has(id));
    const { v, text } = validate([join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv'), '--undirected']);
    expect(v.interactions.time).toMatchObject({ clock: 'relative', dateOrder: null });
    expect(text).toMatch(/time +P0DT\S+ to P\d+DT\S+: .* a relative clock/);
    expect(text).not.toMatch(/(?<![\d.])19(69|7\d)-/);
    expect(text).toContain(`absent       ${never.length} people of`);
  });
});
