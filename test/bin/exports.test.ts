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
import type { Report } from '../../src/core/report/types.js';
import { ROOT } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const EXPORTS = 'fixtures/exports';
const ACME = ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv'];
const HR_EN = [`${EXPORTS}/hr-en/interactions.csv`, '--people', `${EXPORTS}/hr-en/people.csv`];

function orgnet(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]): Report {
  const r = orgnet(['analyze', ...args, '--format', 'json', '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
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
    expect(hr.org).toEqual({ ...acme.org, keyPlayers: acme.org.keyPlayers.map((k) => ({ ...k, id: email(k.id) })) });
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
