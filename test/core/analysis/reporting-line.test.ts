/**
 * The reporting line (person manager, directReports, managerTie; org hierarchy): on
 * krackhardt-hightech (--hierarchy reports_to.csv) and manufacturing-emails (the people file's
 * reports_to column) against scripts/golden_hierarchy.py, which counts from the raw files; on a
 * small fixture worked by hand; and what it refuses or warns about, pseudonymized too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/model/report.js';
import { ROOT, run, runJson } from '../../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../../helpers/datasets.js';

interface Reference {
  datasets: Record<string, { org: Report['org']['hierarchy'] & { tiedPairs: number }; people: Record<string, { manager: string | null; directReports: number; managerTie: boolean | null }> }>;
}
const REFERENCE = JSON.parse(readFileSync(join(ROOT, 'test/golden/hierarchy/reporting-line.json'), 'utf8')) as Reference;

const FLAGS: Record<string, (folder: string) => string[]> = {
  'krackhardt-hightech': (folder) => ['--hierarchy', join(folder, 'reports_to.csv')],
  'manufacturing-emails': () => [],
};

async function analyzeJson(args: string[]): Promise<Report> {
  const result = await runJson<Report>(['analyze', ...args, '--format', 'json', '--permutations', '0']);
  expect(result.code, result.stderr).toBe(0);
  return result.json;
}

describe.runIf(HAS_DATASETS).each(Object.keys(REFERENCE.datasets))('%s against the raw files', (name) => {
  it('every person\'s manager, direct reports and tie with the manager; the organization\'s figures', async () => {
    const folder = join(DATASETS, name);
    const report = await analyzeJson([join(folder, 'interactions.csv'), '--people', join(folder, 'people.csv'), ...FLAGS[name]!(folder)]);
    const reference = REFERENCE.datasets[name]!;
    const { tiedPairs: _tied, undirectedTies: _edges, ...org } = reference.org as typeof reference.org & { undirectedTies: number };
    expect(report.org.hierarchy).toEqual(org);
    const ours = Object.fromEntries(report.people.map((p) => [p.id, { manager: p.manager, directReports: p.directReports, managerTie: p.managerTie }]));
    expect(ours).toEqual(reference.people);
  });
});

describe('a small chart worked by hand', () => {
  const files = ['fixtures/hierarchy/interactions.csv', '--people', 'fixtures/hierarchy/people.csv', '--manager-col', 'boss'];
  /*
   * boss: ben, cai, fay → ana; dee → ben; eli → zed (nobody). Ties (either way): ana–ben, ana–cai,
   * dee–fay, eli–dee, cai–eli: 5 pairs. Person–manager pairs tied: ben–ana, cai–ana (fay–ana and
   * dee–ben are not): 2 of 5 = 0.4. On the line: ana, ben, cai, dee, fay (eli's manager is unknown):
   * 5; managers ana (3), ben (1); the longest chain dee → ben → ana: 2.
   */
  it('counts, ties and depth', async () => {
    const report = await analyzeJson(files);
    expect(report.org.hierarchy).toEqual({ people: 5, managers: 2, maxDepth: 2, tiesOnReportingLine: 0.4 });
    const rows = Object.fromEntries(report.people.map((p) => [p.id, [p.manager, p.directReports, p.managerTie]]));
    expect(rows).toEqual({
      ana: [null, 3, null], ben: ['ana', 1, true], cai: ['ana', 0, true], dee: ['ben', 0, false], eli: [null, 0, null], fay: ['ana', 0, false],
    });
    expect(report.meta.people?.managerColumn).toBe('boss');
    expect(report.meta.people?.attributes).toEqual([]);
  });

  it('an unknown manager is a warning with the count and the id', async () => {
    const result = await run(['analyze', ...files, '--format', 'json', '--permutations', '0']);
    expect(result.stderr).toContain('orgnet: warning: fixtures/hierarchy/people.csv: 1 manager id names nobody analysed ("zed"); their reports are shown without a manager');
  });

  it('without a reporting line everything is null', async () => {
    const report = await analyzeJson(['fixtures/hierarchy/interactions.csv']);
    expect(report.org.hierarchy).toBeNull();
    expect(report.people.every((p) => p.manager === null && p.directReports === null && p.managerTie === null)).toBe(true);
  });
});

describe('what the reporting line refuses', () => {
  it('a cycle: one line, exit 2, naming it', async () => {
    const result = await run(['analyze', 'fixtures/hierarchy/interactions.csv', '--hierarchy', 'fixtures/hierarchy/cycle.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'fixtures/hierarchy/cycle.csv: the reporting line goes round in a circle: "ben" → "cai" → "dee" → "ben" (each reports to the next); give one of them another manager, or none at the top',
    ]);
  });

  it('--hierarchy and --manager-col together', async () => {
    const result = await run(['analyze', 'fixtures/hierarchy/interactions.csv', '--people', 'fixtures/hierarchy/people.csv', '--manager-col', 'boss', '--hierarchy', 'fixtures/hierarchy/cycle.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--hierarchy and --manager-col both give the reporting line: use one/);
  });

  const SALT = { ORGNET_SALT: 'a-long-enough-salt-for-tests-0123' };
  const ORIGINAL = ['ana', 'ben', 'cai', 'dee', 'eli', 'fay', 'zed'];
  const holdsOriginal = (text: string) => ORIGINAL.filter((id) => new RegExp(`\\b${id}\\b`).test(text));

  it('pseudonymized: the cycle is named by pseudonyms', async () => {
    const result = await run(['analyze', 'fixtures/hierarchy/interactions.csv', '--hierarchy', 'fixtures/hierarchy/cycle.csv', '--pseudonymize'], { env: SALT });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/goes round in a circle: "p-[0-9a-f]{10}" → "p-[0-9a-f]{10}" → "p-[0-9a-f]{10}" → "p-[0-9a-f]{10}"/);
    expect(holdsOriginal(result.stderr)).toEqual([]);
  });

  it('pseudonymized: managers, the warning and every field hold no original id', async () => {
    const result = await runJson<Report>(['analyze', 'fixtures/hierarchy/interactions.csv', '--people', 'fixtures/hierarchy/people.csv', '--manager-col', 'boss', '--pseudonymize', '--format', 'json'], { env: SALT });
    expect(result.code, result.stderr).toBe(0);
    expect(holdsOriginal(result.stdout + result.stderr)).toEqual([]);
    const report = result.json;
    const ids = new Set(report.people.map((p) => p.id));
    expect(report.people.filter((p) => p.manager !== null).every((p) => ids.has(p.manager!))).toBe(true);
    expect(result.stderr).toMatch(/1 manager id names nobody analysed \("p-[0-9a-f]{10}"\)/);
  });
});
