// `orgnet diff` of the reporting line, the `--compare-by` columns and the people's core number.
//
// fixtures/diff/reporting-line (its README draws both sides): six people, each side analysed with
// its own people file to a JSON report. Worked by hand:
//   managers: fay dan → ana (changed); cai, under ana on both sides, untied before (no cai–ana tie),
//             tied after (cai→ana): gained; eva, under dan, tied before (eva→dan), not after: lost.
//   directReports: ana 3 → 4 (ben cai dan, + fay), dan 2 → 1.
//   tiesOnReportingLine: edges of U before ben-ana dan-ana eva-dan fay-dan ben-cai eva-fay cai-eva,
//             4 of 7 on the line; after ben-ana dan-ana cai-ana fay-ana eva-fay, 4 of 5.
//   office (north = ana ben dan, south = cai eva fay), directed ties:
//             before I = ben→ana dan→ana eva→fay cai→eva = 4, E = eva→dan fay→dan ben→cai = 3,
//             E-I = −1/7; north I 2, E 3 → 1/5; south I 2, E 3 → 1/5.
//             after I = ben→ana dan→ana eva→fay fay→eva = 4, E = cai→ana fay→ana = 2, E-I = −1/3;
//             north I 2, E 2 → 0; south I 2, E 2 → 0 (reciprocity inside south 0/2 → 2/2).
//   tenure 1…6 before, 2…7 after: nearest-rank quartiles x₂, x₃, x₅ give Q1 [1–2] Q2 (2–3] Q3 (3–5]
//             Q4 (5–6] before and Q1 [2–3] Q2 (3–4] Q3 (4–6] Q4 (6–7] after: no label in common.
//   coreNumber: U before has every degree ≥ 2 and a cycle through all (ana-ben-cai-eva-dan-ana, fay
//             on dan-eva), no 3-core: 2 each; U after is a star on ana plus fay-eva: 1 each.
//
// krackhardt-hightech, advice → friendship, with reports_to.csv and --compare-by level: every
// figure against scripts/golden_diff_krackhardt.py (networkx 2.8.8 from the raw files).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiffResult } from '../../src/core/model/diff.js';
import { ROOT, run, runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const DIR = join(ROOT, 'fixtures/diff/reporting-line');
let dir = '';
let sides: [string, string];
let diff: DiffResult;
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orgnet-diff-line-'));
  sides = [join(dir, 'before.json'), join(dir, 'after.json')];
  const made = await Promise.all([
    run(['analyze', join(DIR, 'before.csv'), '--people', join(DIR, 'people-before.csv'), '--compare-by', 'office,tenure', '--format', 'json', '-o', sides[0], '--quiet']),
    run(['analyze', join(DIR, 'after.csv'), '--people', join(DIR, 'people-after.csv'), '--compare-by', 'office,tenure,level', '--format', 'json', '-o', sides[1], '--quiet']),
  ]);
  for (const r of made) expect(r.code).toBe(0);
  const r = await runJson<DiffResult>(['diff', ...sides, '--format', 'json']);
  expect(r.code).toBe(0);
  stderr = r.stderr;
  diff = r.json;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const person = (id: string) => diff.people.find((p) => p.id === id)!;

describe('the reporting line, by hand', () => {
  test('who changed manager, who gained or lost the tie with the same manager', () => {
    expect(diff.summary.reportingLine).toEqual({ managerChanged: 1, tieWithManagerGained: 1, tieWithManagerLost: 1 });
    expect(person('fay').manager).toEqual({ before: 'dan', after: 'ana' });
    expect(person('fay').managerTie).toEqual({ before: true, after: true });
    expect(person('cai').managerTie).toEqual({ before: false, after: true });
    expect(person('eva').managerTie).toEqual({ before: true, after: false });
    expect(person('ana').manager).toEqual({ before: null, after: null });
    expect(person('ana').managerTie).toEqual({ before: null, after: null });
  });

  test('direct reports, the org figures and the core numbers', () => {
    expect(person('ana').directReports).toEqual({ before: 3, after: 4, change: 1 });
    expect(person('dan').directReports).toEqual({ before: 2, after: 1, change: -1 });
    expect(person('eva').directReports).toEqual({ before: 0, after: 0, change: 0 });
    expect(diff.org['hierarchy.tiesOnReportingLine']).toEqual({ before: 4 / 7, after: 4 / 5, change: 4 / 5 - 4 / 7 });
    expect(diff.org['hierarchy.managers']).toEqual({ before: 2, after: 2, change: 0 });
    for (const p of diff.people) expect(p.coreNumber).toEqual({ before: 2, after: 1, change: -1 });
  });
});

describe('--compare-by columns, by hand', () => {
  test('office: the column E-I and each value', () => {
    const office = diff.attributes.office!;
    expect(office.presence).toBe('kept');
    expect(office.binsDiffer).toBe(false);
    expect(office.eiIndex.before).toBeCloseTo(-1 / 7, 12);
    expect(office.eiIndex.after).toBeCloseTo(-1 / 3, 12);
    expect(office.eiIndex.change).toBeCloseTo(-1 / 3 + 1 / 7, 12);
    expect(office.eiPValue.change).toBe(office.eiPValue.after! - office.eiPValue.before!);
    const [north, south] = office.groups;
    expect(north).toMatchObject({ group: 'north', presence: 'kept', size: { before: 3, after: 3, change: 0 }, internalTies: { before: 2, after: 2, change: 0 }, externalTies: { before: 3, after: 2, change: -1 } });
    expect(north!.eiIndex.before).toBeCloseTo(0.2, 12);
    expect(north!.eiIndex.after).toBe(0);
    expect(north!.internalShare.before).toBeCloseTo(0.4, 12);
    expect(north!.internalShare.after).toBeCloseTo(0.5, 12);
    expect(south).toMatchObject({ group: 'south', reciprocity: { before: 0, after: 1, change: 1 }, density: { before: 2 / 6, after: 2 / 6, change: 0 } });
  });

  test('tenure: bins whose bounds moved are matched by label, and the diff says so', () => {
    const tenure = diff.attributes.tenure!;
    expect(tenure.binsDiffer).toBe(true);
    const labels = (presence: string) => tenure.groups.filter((g) => g.presence === presence).map((g) => g.group);
    expect(labels('gone')).toEqual(['Q1 [1–2]', 'Q2 (2–3]', 'Q3 (3–5]', 'Q4 (5–6]']);
    expect(labels('new')).toEqual(['Q1 [2–3]', 'Q2 (3–4]', 'Q3 (4–6]', 'Q4 (6–7]']);
    expect(tenure.groups.find((g) => g.group === 'Q2 (2–3]')!.size).toEqual({ before: 1, after: null, change: null }); // cai
    expect(stderr).toContain('--compare-by tenure: its quartile bins differ between the sides');
  });

  test('level: compared after only, null before, with a warning', () => {
    const level = diff.attributes.level!;
    expect(level.presence).toBe('new');
    expect(level.eiIndex.before).toBeNull();
    expect(level.eiIndex.change).toBeNull();
    expect(level.groups.every((g) => g.presence === 'new' && g.size.before === null)).toBe(true);
    expect(Object.keys(diff.attributes)).toEqual(['office', 'tenure', 'level']);
    expect(diff.meta.warnings).toContain(`--compare-by level: only ${sides[1]} compares by it; its figures on ${sides[0]} are null (analyse both sides with --compare-by level)`);
  });
});

describe('the views', () => {
  test('the terminal says who changed manager, the ties with managers, the office E-I and whom to brief', async () => {
    const r = await run(['diff', ...sides, '--quiet'], { env: { COLUMNS: '100' } });
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/│ ties on the reporting line │ +57\.1% │ +80\.0% │ \+22\.9 pp │/);
    expect(out).toContain('Reporting line\n1 person changed manager; of those with the same manager on both sides, 1 gained a tie with them and 1 lost theirs');
    expect(out).toMatch(/│ fay +│ dan +│ ana +│ yes +│ yes +│/);
    expect(out).toContain('gained a tie with their manager: cai (manager ana)');
    expect(out).toContain('lost a tie with their manager: eva (manager dan)');
    expect(out).toContain('office: E-I index −0.1429 → −0.3333 (−0.1905)');
    expect(out).toMatch(/│ north +│ +3 → 3 │ +0\.2000 │ +0\.0000 │ −0\.2000 │/);
    expect(out).toContain('tenure: the quartile bins differ between the sides');
    expect(out).toContain('level: compared after only');
    expect(out).toContain('Whom to brief\nbefore: ');
  });

  test('Markdown has the same sections; CSV has an attributes table and the reporting line per person', async () => {
    const md = await run(['diff', ...sides, '--quiet', '--format', 'md']);
    expect(md.stdout).toContain('## Reporting line');
    expect(md.stdout).toContain('| fay | dan | ana | yes | yes |');
    expect(md.stdout).toContain('## Attributes');
    expect(md.stdout).toContain('| north | 3 → 3 | 0.2000 | 0.0000 | −0.2000 |');
    const csv = await run(['diff', ...sides, '--quiet', '--format', 'csv', '--table', 'attributes']);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^attribute,group,presence,size\.before,size\.after,size\.change,.*,attribute\.eiIndex\.before,/);
    expect(lines.filter((l) => l.startsWith('office,'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('tenure,'))).toHaveLength(8);
    const people = (await run(['diff', ...sides, '--quiet', '--format', 'csv'])).stdout.trim().split('\r\n');
    const head = people[0]!.split(',');
    const fay = people.find((l) => l.startsWith('fay,'))!.split(',');
    const cell = (key: string) => fay[head.indexOf(key)];
    expect([cell('manager.before'), cell('manager.after'), cell('managerTie.before'), cell('coreNumber.change')]).toEqual(['dan', 'ana', 'true', '-1']);
  });

  test('--fail-on reads the attribute and reporting-line figures', async () => {
    const r = await runJson<DiffResult>(['diff', ...sides, '--quiet', '--format', 'json', '--fail-on', 'delta(attributes.office.eiIndex) < -0.1', '--fail-on', 'delta(hierarchy.tiesOnReportingLine) < -0.05', '--fail-on', 'delta(min(attributes.office.groups.eiIndex)) < -0.3']);
    expect(r.code).toBe(1);
    const rules = r.json.failOn!.rules;
    expect(rules.map((x) => x.status)).toEqual(['holds', 'clear', 'clear']);
    expect(rules[0]!.value).toBeCloseTo(-1 / 3 + 1 / 7, 12);
    expect(rules[1]!.value).toBeCloseTo(4 / 5 - 4 / 7, 12);
    expect(rules[2]!.value).toBeCloseTo(-0.2, 12); // min 1/5 → 0
  });

  test('--fail-on "changed(managers)": a count, or a share of the people on both sides; unknown without a chart', async () => {
    const r = await run(['diff', ...sides, '--quiet', '--fail-on', 'changed(managers) > 0', '--fail-on', 'changed(managers) > 20%']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('changed(managers) is 1 (1 of the 6 people on both sides): holds (> 0)'); // fay
    expect(r.stdout).toMatch(/clear {2}changed\(managers\) > 20% +16\.67%\n/); // 1/6
    const plain = await run(['diff', join(DIR, 'before.csv'), join(DIR, 'after.csv'), '--quiet', '--fail-on', 'changed(managers) > 0']);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(`changed(managers) is null: ${join(DIR, 'before.csv')} and ${join(DIR, 'after.csv')} have no reporting line`);
  });
});

describe('--pseudonymize', () => {
  test('a JSON side compared by an identifying column loses that column, whose values would name people', async () => {
    const people = join(dir, 'people-email.csv');
    writeFileSync(people, readFileSync(join(DIR, 'people-before.csv'), 'utf8').split('\n').map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'email' : `${line.split(',')[0]}@example.org`}`)).join('\n'));
    const report = join(dir, 'with-email.json');
    const made = await run(['analyze', join(DIR, 'before.csv'), '--people', people, '--compare-by', 'email,office', '--format', 'json', '-o', report, '--quiet']);
    expect(made.code).toBe(0);
    expect(Object.keys((JSON.parse(readFileSync(report, 'utf8')) as { attributes: object }).attributes)).toEqual(['email', 'office']);
    const r = await run(['diff', report, join(DIR, 'after.csv'), '--people', people, '--compare-by', 'office', '--pseudonymize', '--salt', 'test-salt', '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    expect(Object.keys((JSON.parse(r.stdout) as DiffResult).attributes)).toEqual(['office']);
    expect(r.stdout).not.toContain('@example.org');
  });
});

describe.runIf(HAS_DATASETS)('krackhardt-hightech, advice → friendship, against the raw files', () => {
  const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/diff/krackhardt-advice-friendship.json'), 'utf8')) as {
    tieWithManagerGained: string[];
    tieWithManagerLost: string[];
    coreNumber: Record<string, [number, number]>;
    level: Record<'before' | 'after', { eiIndex: number; groups: Record<string, { size: number; internalTies: number; externalTies: number; eiIndex: number }> }>;
  };
  let real: DiffResult;
  beforeAll(async () => {
    const k = join(DATASETS, 'krackhardt-hightech');
    const r = await runJson<DiffResult>(['diff', join(k, 'interactions.csv'), join(k, 'friendship.csv'), '--people', join(k, 'people.csv'), '--hierarchy', join(k, 'reports_to.csv'), '--compare-by', 'level', '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    real = r.json;
  });

  test('the same chart on both sides: nobody changed manager; who lost the tie with their manager', () => {
    const moved = (which: 'gained' | 'lost') =>
      real.people.filter((p) => p.managerTie.before === (which === 'lost') && p.managerTie.after === (which === 'gained')).map((p) => p.id).sort();
    expect(real.summary.reportingLine).toEqual({ managerChanged: 0, tieWithManagerGained: golden.tieWithManagerGained.length, tieWithManagerLost: golden.tieWithManagerLost.length });
    expect(moved('gained')).toEqual(golden.tieWithManagerGained);
    expect(moved('lost')).toEqual(golden.tieWithManagerLost);
  });

  test('core numbers and the E-I by level, before and after', () => {
    for (const p of real.people) expect([p.coreNumber.before, p.coreNumber.after]).toEqual(golden.coreNumber[p.id]);
    const level = real.attributes.level!;
    expect(level.eiIndex.before).toBeCloseTo(golden.level.before.eiIndex, 12);
    expect(level.eiIndex.after).toBeCloseTo(golden.level.after.eiIndex, 12);
    for (const g of level.groups) {
      for (const side of ['before', 'after'] as const) {
        const ref = golden.level[side].groups[g.group]!;
        expect([g.size[side], g.internalTies[side], g.externalTies[side]]).toEqual([ref.size, ref.internalTies, ref.externalTies]);
        expect(g.eiIndex[side]).toBeCloseTo(ref.eiIndex, 12);
      }
    }
  });
});
