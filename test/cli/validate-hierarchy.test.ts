/**
 * `orgnet validate` on the reporting line (`--hierarchy FILE` or the people file's manager column):
 * the chart's counts, manager ids that name nobody, people the line lists who are not in the data,
 * and the problems analyze stops on (a bad row, a circle). The counts on the two real data sets are
 * worked out here from their CSV files, independently of orgnet's reader.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Validation } from '../../src/core/model/validation.js';
import { run, runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';
import { tempDir } from '../helpers/temp-dir.js';

async function validation(args: string[], stdin?: string): Promise<{ code: number; v: Validation; stdout: string; stderr: string }> {
  const r = await runJson<Validation>(['validate', ...args, '--format', 'json'], stdin === undefined ? {} : { stdin });
  return { code: r.code, v: r.json, stdout: r.stdout, stderr: r.stderr };
}

/** person → manager pairs of a CSV, by column index; an empty manager is none, a person their own manager too. */
function pairs(file: string, person: number, manager: number): Map<string, string> {
  const [, ...rows] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const out = new Map<string, string>();
  for (const row of rows) {
    const cells = row.split(',');
    const m = cells[manager]!.trim();
    if (m !== '' && m !== cells[person]!.trim()) out.set(cells[person]!.trim(), m);
  }
  return out;
}

/** People on the line, managers, and the longest chain of managers above someone, by walking up. */
function chart(line: Map<string, string>): { people: number; managers: number; maxDepth: number } {
  const managers = new Set(line.values());
  const people = new Set([...line.keys(), ...managers]);
  let maxDepth = 0;
  for (const p of line.keys()) {
    let depth = 0;
    for (let q: string | undefined = p; line.has(q!); q = line.get(q!)) depth++;
    maxDepth = Math.max(maxDepth, depth);
  }
  return { people: people.size, managers: managers.size, maxDepth };
}

describe.skipIf(!HAS_DATASETS)('the real data sets', () => {
  it('krackhardt-hightech: reports_to.csv (source reports to target) gives the chart counted from the file', async () => {
    const dir = join(DATASETS, 'krackhardt-hightech');
    const expected = chart(pairs(join(dir, 'reports_to.csv'), 0, 1));
    // The data set's README: 21 managers and workers, the president at the top, 4 vice-presidents.
    expect(expected).toEqual({ people: 21, managers: 5, maxDepth: 2 });
    const { code, v } = await validation([join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv'), '--hierarchy', join(dir, 'reports_to.csv')]);
    expect(code).toBe(0);
    expect(v.hierarchy).toMatchObject({ column: null, rows: { records: 20, people: 20, bad: 0 }, chart: expected, unknownManagers: { count: 0 }, notInData: { count: 0 } });
    expect(v.hierarchy!.file!.columns).toEqual([
      { name: 'source', role: 'person' },
      { name: 'target', role: 'manager' },
      { name: 'weight', role: null },
    ]);
  });

  it('manufacturing-emails: the people file\'s reports_to column is the line, shown with its role', async () => {
    const dir = join(DATASETS, 'manufacturing-emails');
    const header = readFileSync(join(dir, 'people.csv'), 'utf8').split(/\r?\n/)[0]!.split(',');
    const expected = chart(pairs(join(dir, 'people.csv'), header.indexOf('id'), header.indexOf('reports_to')));
    const { code, v } = await validation([join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv')]);
    expect(code).toBe(0);
    expect(v.hierarchy).toMatchObject({ file: null, column: 'reports_to', rows: null, chart: expected });
    expect(v.people!.columns!.find((c) => c.name === 'reports_to')!.role).toBe('manager');
  });
});

// ana ← ben ← cai (a chain of two), dee's manager zed is nobody in the data, and yul is listed but
// in neither file; line 7 names ben a second time.
const LINE = 'person,manager\nana,\nben,ana\ncai,ben\ndee,zed\nyul,ana\nben,cai\n';
const DATA = 'source,target\nana,ben\nben,cai\ncai,dee\n';

describe('a reporting line with faults', () => {
  const file = join(tempDir('line'), 'line.csv');
  writeFileSync(file, LINE);

  it('a repeated person is a bad row (analyze stops on it): exit 2, the line named; the rest is counted', async () => {
    const { code, v } = await validation(['-', '--hierarchy', file], DATA);
    expect(code).toBe(2);
    expect(v.problems).toEqual([{ file, line: 7, message: '"ben" is listed twice (first on line 3): one manager per person', severity: 'error' }]);
    // ana, ben and cai are on the line (dee has no manager left: zed names nobody); yul is not in the data.
    expect(v.hierarchy).toMatchObject({
      rows: { records: 6, people: 5, bad: 1 },
      chart: { people: 3, managers: 2, maxDepth: 2 },
      unknownManagers: { count: 1, first: ['zed'] },
      notInData: { count: 1, first: ['yul'] },
    });
    expect((await run(['analyze', '-', '--hierarchy', file], { stdin: DATA })).code).toBe(2);
  });

  it('a circle: one problem naming it, no chart counted, exit 2 — as analyze', async () => {
    const circle = join(tempDir('circle'), 'circle.csv');
    writeFileSync(circle, 'person,manager\nana,cai\nben,ana\ncai,ben\n');
    const { code, v } = await validation(['-', '--hierarchy', circle], DATA);
    expect(code).toBe(2);
    expect(v.problems).toHaveLength(1);
    expect(v.problems[0]!.message).toMatch(/^the reporting line goes round in a circle: "ana" → "cai" → "ben" → "ana"/);
    expect(v.hierarchy!.chart).toBeNull();
    const analyzed = await run(['analyze', '-', '--hierarchy', circle], { stdin: DATA });
    expect(analyzed.code).toBe(2);
    expect(analyzed.stderr).toContain(v.problems[0]!.message);
  });

  it('with --pseudonymize no id of either file appears, in the JSON or the terminal view', async () => {
    for (const format of ['json', 'table']) {
      const r = await run(['validate', '-', '--hierarchy', file, '--pseudonymize', '--format', format], { stdin: DATA, env: { ORGNET_SALT: 'a-salt-long-enough-to-pass-1234' } });
      expect(r.code).toBe(2);
      for (const id of ['ana', 'ben', 'cai', 'dee', 'zed', 'yul']) expect(r.stdout + r.stderr).not.toMatch(new RegExp(`"${id}"`));
    }
  });

  it('--hierarchy and --manager-col both give the line: the usage error analyze gives', async () => {
    const people = join(tempDir('people'), 'people.csv');
    writeFileSync(people, 'id,boss\nana,\nben,ana\n');
    const args = ['-', '--people', people, '--hierarchy', file, '--manager-col', 'boss'];
    const r = await run(['validate', ...args], { stdin: DATA });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('orgnet: --hierarchy and --manager-col both give the reporting line: use one');
    expect((await run(['analyze', ...args], { stdin: DATA })).stderr).toBe(r.stderr);
  });

  it('the terminal view: a Reporting line section with the chart, the unknown manager and the person not in the data', async () => {
    const r = await run(['validate', '-', '--hierarchy', file, '--no-color'], { stdin: DATA });
    expect(r.stdout).toContain(`Reporting line  ${file}`);
    expect(r.stdout).toContain('  chart        3 people on the line, 2 managers, chains up to 2 managers long');
    expect(r.stdout).toContain('  managers     1 manager id names nobody in the data (their reports are shown without a manager): "zed"');
    expect(r.stdout).toContain('  not in data  1 person listed but in neither input file (their rows play no part): "yul"');
  });
});
