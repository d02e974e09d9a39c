/**
 * `--undirected` (docs/input.md) as a user runs it: rows without direction, tie counts of pairs,
 * no reciprocity anywhere — in JSON, CSV, the terminal view and `check`. The values of every
 * metric against networkx are in undirected-golden.test.ts; here, the rules worked by hand.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';
import { analyzeJson, expectExit2, expectRowsAddUp, readCsv, useTempDirs } from './analyze-helpers.js';

const tempDir = useTempDirs();

const CONTACTS = 'source,target,weight,timestamp\nana,ben,2,2026-01-05\nben,ana,1,2026-02-05\nana,carla,1,2026-02-10\ncarla,carla,1,2026-02-11\ndan,ana,1,\n';

describe('rows without direction', () => {
  it('a,b and b,a are one tie whose weights add up; self-loops and rows still count as before', async () => {
    const report = await analyzeJson(['-', '--undirected', '--quiet'], { stdin: CONTACTS });
    // ana–ben = 2 + 1 over 2 rows; ana–carla 1; ana–dan 1; carla,carla is a self-loop.
    expect(report.org).toMatchObject({ people: 4, ties: 3, interactions: 4, totalWeight: 5 });
    // density(U) = 2·3 / (4·3) = 0.5.
    expect(report.org.density).toBe(0.5);
    expect(report.meta.input).toMatchObject({ rowsRead: 5, rowsUsed: 4, selfLoops: 1, filteredRows: 0 });
    expectRowsAddUp(report);
    const ana = report.people.find((p) => p.id === 'ana')!;
    // degree 3 of n − 1 = 3: degree_centrality(U) = 1 (the directed formula would say 2).
    expect([ana.inDegree, ana.outDegree, ana.inStrength, ana.outStrength, ana.degreeCentrality]).toEqual([3, 3, 5, 5, 1]);
    // Without a direction, a row counts once for each of its two people: ana 2 + 1 + 1 (dan's row
    // has no timestamp, so it counts in the totals, not in activity over time).
    expect(ana.activity.interactions).toBe(4);
  });

  it('lists each tie once in the ties table, from the end with the smaller id', async () => {
    const r = await run(['analyze', '-', '--undirected', '--format', 'csv', '--table', 'ties', '--quiet'], { stdin: CONTACTS });
    expect(readCsv(r.stdout)).toEqual([
      ['source', 'target', 'weight', 'count', 'first', 'last'],
      ['ana', 'ben', '3', '2', '2026-01-05T00:00:00.000Z', '2026-02-05T00:00:00.000Z'],
      ['ana', 'carla', '1', '1', '2026-02-10T00:00:00.000Z', '2026-02-10T00:00:00.000Z'],
      ['ana', 'dan', '1', '1', '', ''],
    ]);
  });

  it('counts new ties per period as pairs and gives no reciprocity per period', async () => {
    const report = await analyzeJson(['-', '--undirected', '--quiet'], { stdin: CONTACTS });
    // January: ana–ben is new. February: ben,ana is the same pair, ana–carla is new.
    expect(report.activity.series.map((s) => [s.period, s.interactions, s.newTies, s.reciprocity])).toEqual([
      ['2026-01', 2, 1, null],
      ['2026-02', 2, 1, null],
    ]);
  });

  it('drops a tie under --min-tie-weight by its own weight, counted once', async () => {
    const report = await analyzeJson(['-', '--undirected', '--min-tie-weight', '2', '--quiet'], { stdin: CONTACTS });
    expect(report.org.ties).toBe(1);
    expect(report.meta.input.tiesDropped).toBe(2);
  });
});

describe('reciprocity does not apply', () => {
  it('is null for people, groups, the organization and the series; nobody is one-way', async () => {
    // The directed out-star gives its hub 4 ties and reciprocity 0: one-way. Undirected, no one is.
    const directed = await analyzeJson(['fixtures/graphs/out-star-5.csv', '--quiet']);
    expect(directed.people.find((p) => p.id === 'hub')!.roles).toContain('one-way');
    const report = await analyzeJson(['fixtures/graphs/out-star-5.csv', '--undirected', '--quiet']);
    expect(report.people.flatMap((p) => p.roles)).not.toContain('one-way');
    expect(report.people.every((p) => p.reciprocity === null && p.giveTakeRatio === null)).toBe(true);
    expect([report.org.reciprocity, report.org.dyadReciprocity]).toEqual([null, null]);
    const grouped = await analyzeJson(['fixtures/check/two-groups/interactions.csv', '--people', 'fixtures/check/two-groups/people.csv', '--undirected', '--quiet']);
    expect(grouped.groups.map((g) => g.reciprocity)).toEqual([null, null]);
  });

  it('the terminal view says so instead of showing a number', async () => {
    const r = await run(['analyze', 'fixtures/check/two-groups/interactions.csv', '--people', 'fixtures/check/two-groups/people.csv', '--undirected'], { env: { COLUMNS: '240' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('undirected data: reciprocity does not apply');
    expect(r.stdout).toMatch(/: \d+ people, \d+ undirected ties\n/);
    expect(r.stdout).not.toMatch(/dyad reciprocity|reciprocity\s+│\s+\d/);
    // One degree column instead of equal in and out.
    expect(r.stdout).toMatch(/│ person +│ group +│ +go-to +│ +pagerank +│ betweenness +│ closeness +│ degree +│ constraint +│ roles/);
  });

  it('check explains a reciprocity rule that has no value, and --allow-missing skips it', async () => {
    const args = ['check', 'fixtures/graphs/out-star-5.csv', '--undirected', '--no-config', '--rule', 'reciprocity >= 0.3', '--rule', 'max(people.degreeCentrality) == 1'];
    const r = await run(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('reciprocity is null: undirected data (--undirected, --events): reciprocity does not apply; expected >= 0.3');
    // The hub is tied to all 4 others: degree_centrality(U) = 4/4.
    expect(r.stdout).toMatch(/PASS +max\(people\.degreeCentrality\) == 1/);
    const skipped = await run([...args, '--allow-missing']);
    expect(skipped.code).toBe(0);
  });

  it('the people and groups CSV leave reciprocity cells empty', async () => {
    const r = await run(['analyze', 'fixtures/check/two-groups/interactions.csv', '--people', 'fixtures/check/two-groups/people.csv', '--undirected', '--format', 'csv', '--table', 'groups']);
    const [head, ...rows] = readCsv(r.stdout);
    const column = head!.indexOf('reciprocity');
    expect(rows.map((row) => row[column])).toEqual(['', '']);
    // Red = {ana, ben, cruz}: ana–ben, ben–cruz inside (the two rows ana,ben and ben,ana are one tie),
    // cruz–dana across: E-I = (1 − 2)/3, density = 2·2 / (3·2) = 2/3. Blue = {dana, eva, fe}:
    // dana–eva inside (two rows, one tie), cruz–dana across: E-I = 0, density = 2·1 / (3·2) = 1/3.
    // Internal shares: Blue 1/2, Red 2/3.
    const fields = ['group', 'size', 'internalTies', 'externalTies', 'eiIndex', 'internalShare', 'density'].map((f) => head!.indexOf(f));
    expect(rows.map((row) => fields.map((i) => row[i]))).toEqual([
      ['Blue', '3', '1', '1', '0', '0.5', '0.3333333333333333'],
      ['Red', '3', '2', '1', '-0.3333333333333333', '0.6666666666666666', '0.6666666666666666'],
    ]);
  });
});

describe('--undirected with the other layouts and flags', () => {
  it('--wide: a survey of "whom did you work with"; A naming B and B naming A is one tie of weight 2', async () => {
    const report = await analyzeJson(['fixtures/input/wide-survey.csv', '--wide', '--undirected', '--quiet']);
    // ana names ben, carla; ben names ana; carla names ana, dora (and herself).
    // ana–ben 2, ana–carla 2, carla–dora 1; emil is an isolate.
    expect(report.org).toMatchObject({ people: 5, ties: 3, totalWeight: 5, isolates: 1 });
    expect(report.meta.input).toMatchObject({ rowsUsed: 5, selfLoops: 1 });
  });

  it('--since/--until, --relation and --remove filter rows as before', async () => {
    const report = await analyzeJson(['-', '--undirected', '--since', '2026-02-01', '--remove', 'carla', '--quiet'], { stdin: CONTACTS });
    // Kept: ben,ana (Feb 5) only; the January row and dan's untimed row are outside, carla's removed.
    expect(report.meta.input).toMatchObject({ rowsUsed: 1, filteredRows: 4, selfLoops: 0 });
    expect(report.org).toMatchObject({ people: 2, ties: 1, totalWeight: 1 });
  });

  it('--reverse is refused: undirected ties have no direction to flip', async () => {
    const r = await run(['analyze', '-', '--undirected', '--reverse'], { stdin: CONTACTS });
    expectExit2(r);
    expect(r.stderr).toBe('orgnet: --reverse flips the direction of ties, and --undirected ties have none\n');
  });

  it('meta.options records the input modes', async () => {
    const report = await analyzeJson(['-', '--undirected', '--quiet'], { stdin: CONTACTS });
    expect(report.meta.options).toMatchObject({ undirected: true, events: false, splitTargets: null, encoding: null, maxFieldSize: 1048576 });
  });

  it('diff compares pairs: a flipped row is the same tie, a new pair is one tie gained', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'before.csv'), 'source,target\nana,ben\nben,cruz\n');
    writeFileSync(join(dir, 'after.csv'), 'source,target\nben,ana\nben,cruz\ncruz,dana\n');
    const r = await run(['diff', 'before.csv', 'after.csv', '--undirected'], { cwd: dir });
    expect(r.code).toBe(0);
    // Before: ana–ben, ben–cruz. After: the same two (ben,ana is ana–ben) and cruz–dana.
    expect(r.stdout).toContain('2 → 3: 1 gained, 0 lost, 2 kept');
  });

  it('an orgnet.json for check may turn it on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'orgnet.json'), JSON.stringify({ rules: ['max(people.degreeCentrality) == 1', 'ties == 4'], options: { undirected: true } }));
    const r = await run(['check', join(ROOT, 'fixtures/graphs/out-star-5.csv')], { cwd: dir });
    expect(r.stdout).toMatch(/2 passed, 0 failed/);
    expect(r.code).toBe(0);
  });
});
