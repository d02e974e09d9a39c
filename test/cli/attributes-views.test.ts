/**
 * `--compare-by` and the reporting line in every view: the terminal, Markdown, CSV and NDJSON
 * (`--table attributes`) and the workbook show the figures of the JSON report of the same run —
 * whose values test/core/analysis/attributes.test.ts and test/core/analysis/reporting-line.test.ts hold to their references.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run } from '../helpers/cli.js';
import { readWithSheetJs, type ReadCell } from '../helpers/xlsx.js';

const FILES = ['fixtures/attributes/interactions.csv', '--people', 'fixtures/attributes/people.csv', '--compare-by', 'office,tenure', '--permutations', '200'];

async function output(args: string[]): Promise<string> {
  const result = await run(['analyze', ...FILES, ...args]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

const report = async (): Promise<Report> => JSON.parse(await output(['--format', 'json'])) as Report;

describe('--table attributes', () => {
  it('CSV: one row per value of each column, the JSON figures in the JSON order', async () => {
    const json = await report();
    const lines = (await output(['--format', 'csv', '--table', 'attributes'])).trim().split('\r\n');
    expect(lines[0]).toBe('attribute,group,size,internalTies,externalTies,eiIndex,eiPValue,internalShare,density,reciprocity');
    const expected = Object.entries(json.attributes).flatMap(([a, c]) =>
      c.groups.map((g) => [a, g.group, g.size, g.internalTies, g.externalTies, g.eiIndex, g.eiPValue, g.internalShare, g.density, g.reciprocity].map((v) => (v === null ? '' : String(v))).join(',')),
    );
    expect(lines.slice(1)).toEqual(expected);
    // office east: 2 internal, 3 external ties → E-I 0.2 (scripts/golden_attributes.py).
    expect(lines[1]!.startsWith('office,east,2,2,3,0.2,')).toBe(true);
  });

  it('NDJSON: the same rows as objects', async () => {
    const json = await report();
    const rows = (await output(['--format', 'ndjson', '--table', 'attributes'])).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toEqual(Object.entries(json.attributes).flatMap(([attribute, c]) => c.groups.map((g) => ({ attribute, ...g }))));
  });
});

describe('terminal and Markdown', () => {
  it('the terminal: a table per column, most inward first, and the column\'s E-I', async () => {
    const text = await output(['--no-color']);
    expect(text).toContain('Other attributes by E-I index (--compare-by)');
    // office E-I (7 inside of 9 tied pairs … ) −4/9 = −0.4444, as the JSON says.
    expect(text).toMatch(/office: E-I −0\.4444, p \d\.\d{3} over the ties whose two ends have a value/);
    const south = text.split('\n').findIndex((l) => l.includes('│ south'));
    const east = text.split('\n').findIndex((l) => l.includes('│ east'));
    expect(south).toBeGreaterThan(0);
    expect(south).toBeLessThan(east); // south −0.1667 before east +0.2
    expect(text).toContain('│ Q1 [1–2]');
  });

  it('Markdown: a subsection per column', async () => {
    const text = await output(['--format', 'md']);
    expect(text).toContain('## Other attributes');
    expect(text).toContain('### office');
    expect(text).toContain('### tenure');
    expect(text).toContain('| Q4 (5–13\\] | 2 |'); // Markdown escapes the bracket
  });

  it('the reporting line: a row of the organization table in both', async () => {
    const files = ['analyze', 'fixtures/hierarchy/interactions.csv', '--people', 'fixtures/hierarchy/people.csv', '--manager-col', 'boss', '--quiet'];
    // 2 of the 5 pairs join a person and their manager (test/core/analysis/reporting-line.test.ts): 40.0 %; managers ana and ben; dee → ben → ana.
    const terminal = (await run([...files, '--no-color'])).stdout;
    expect(terminal).toMatch(/│ reporting line\s+│\s+40\.0% │/);
    const markdown = (await run([...files, '--format', 'md'])).stdout;
    expect(markdown).toContain('| reporting line | 40.0% | ties person–manager; 2 managers, 2 levels deep |');
  });
});

describe('the reporting line in the people table', () => {
  const LINE = ['analyze', 'fixtures/hierarchy/interactions.csv', '--people', 'fixtures/hierarchy/people.csv', '--manager-col', 'boss', '--quiet'];
  // Worked from the fixture: ana manages ben, cai and fay, ben manages dee; eli's manager zed is
  // nobody analysed (no manager). Tied either way with their manager: ben–ana, ana–cai; dee–ben
  // and fay–ana are not tied.
  const EXPECTED = [
    ['ana', '', '3', ''],
    ['ben', 'ana', '1', 'true'],
    ['cai', 'ana', '0', 'true'],
    ['dee', 'ben', '0', 'false'],
    ['eli', '', '0', ''],
    ['fay', 'ana', '0', 'false'],
  ];

  it('CSV: manager, direct reports and the tie with the manager, after the roles', async () => {
    const text = (await run([...LINE, '--format', 'csv', '--table', 'people'])).stdout;
    const [header, ...rows] = text.trim().split('\n').map((l) => l.split(','));
    const at = ['id', 'manager', 'directReports', 'managerTie'].map((k) => header!.indexOf(k));
    expect(header!.indexOf('manager')).toBe(header!.indexOf('roles') + 1);
    expect(rows.map((r) => at.map((i) => r[i]))).toEqual(EXPECTED);
  });

  it('no reporting line: no such columns', async () => {
    const text = (await run(['analyze', 'fixtures/hierarchy/interactions.csv', '--format', 'csv', '--table', 'people', '--quiet'])).stdout;
    expect(text.split('\n')[0]).not.toMatch(/manager|directReports/);
  });

  it('the workbook: the same columns in the People sheet, counts as numbers and the tie as a boolean', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'orgnet-line-')), 'line.xlsx');
    try {
      expect((await run([...LINE, '-o', file])).code).toBe(0);
      const grid = readWithSheetJs(readFileSync(file)).grid.get('People')!;
      const value = (c: ReadCell | undefined) => (c !== undefined && 'v' in c ? c.v : undefined);
      const head = grid[0]!.map(value);
      const at = (name: string) => head.indexOf(name);
      expect([at('Manager'), at('Direct reports'), at('Tie with manager')].every((i) => i > 0)).toBe(true);
      const ben = grid.find((row) => value(row[0]) === 'ben')!;
      expect(ben[at('Manager')]).toMatchObject({ t: 's', v: 'ana' });
      expect(ben[at('Direct reports')]).toMatchObject({ t: 'n', v: 1 });
      expect(ben[at('Tie with manager')]).toMatchObject({ t: 'b', v: true });
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
  });
});

describe('the workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgnet-attributes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an Attributes sheet (Atributos in Spanish) with the CSV rows', async () => {
    const json = await report();
    for (const [lang, sheet, first] of [['en', 'Attributes', 'Attribute'], ['es', 'Atributos', 'Atributo']] as const) {
      const file = join(dir, `${lang}.xlsx`);
      const result = await run(['analyze', ...FILES, '--lang', lang, '-o', file]);
      expect(result.code, result.stderr).toBe(0);
      const book = readWithSheetJs(readFileSync(file));
      expect(book.sheets).toContain(sheet);
      const grid = book.grid.get(sheet)!;
      expect(grid[0]![0]).toEqual({ t: 's', v: first });
      const rows = Object.values(json.attributes).reduce((n, c) => n + c.groups.length, 0);
      expect(grid.length).toBe(rows + 1);
      const eiColumn = 5;
      expect(grid[1]![eiColumn]).toMatchObject({ t: 'n', v: json.attributes.office!.groups[0]!.eiIndex });
    }
  });
});
