// The two sides of `orgnet diff`: interactions files and JSON reports in any mix, standard
// input, option and version mismatches, and every way a side can be bad input (exit 2, one
// clear line naming the file, no output file left behind).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiffResult } from '../../src/core/model/diff.js';
import { writeAcmeHalves } from '../helpers/acme-halves.js';
import { ROOT, run, runJson } from '../helpers/cli.js';

const PEOPLE = join(ROOT, 'fixtures/acme/people.csv');
let dir = '';
let first = '';
let second = '';
let firstJson = '';
let secondJson = '';

async function diffJson(...args: string[]): Promise<{ diff: DiffResult; stderr: string }> {
  const r = await runJson<DiffResult>(['diff', ...args, '--format', 'json']);
  expect(r.code).toBe(0);
  return { diff: r.json, stderr: r.stderr };
}

async function writeReport(csv: string, out: string, ...extra: string[]): Promise<string> {
  const r = await run(['analyze', csv, '--people', PEOPLE, '--format', 'json', '-o', out, '--quiet', ...extra]);
  expect(r.code).toBe(0);
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orgnet-diff-sides-'));
  ({ first, second } = writeAcmeHalves(dir));
  firstJson = await writeReport(first, join(dir, 'first.json'));
  secondJson = await writeReport(second, join(dir, 'second.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The parts of a diff that do not depend on where the sides came from. */
const figures = (d: DiffResult) => ({ org: d.org, people: d.people, groups: d.groups, communities: d.communities, roles: d.summary.roles, status: d.summary.status });

describe('a snapshot against itself', () => {
  for (const kind of ['interactions file', 'JSON report'] as const) {
    test(`${kind}: no change anywhere`, async () => {
      const side = kind === 'JSON report' ? firstJson : first;
      const { diff } = await diffJson(side, side, '--people', PEOPLE, '--quiet');
      for (const [field, c] of Object.entries(diff.org)) expect([field, c.change ?? 0]).toEqual([field, 0]);
      expect(diff.summary.people).toMatchObject({ joined: 0, left: 0, stayed: 80 });
      if (kind === 'interactions file') expect(diff.summary.ties).toMatchObject({ gained: 0, lost: 0, kept: 518 });
      for (const p of diff.people) {
        expect([p.id, p.pagerank.move, p.betweenness.move, p.roles.gained, p.roles.lost]).toEqual([p.id, 0, 0, [], []]);
      }
      for (const g of diff.groups) for (const f of ['size', 'eiIndex', 'reciprocity', 'activityRate', 'weight'] as const) expect(g[f].change ?? 0).toBe(0);
      expect(diff.communities.events.every((e) => e.kind === 'continued')).toBe(true);
      expect(diff.communities.overlaps.every((o) => o.jaccard === 1)).toBe(true);
    });
  }
});

describe('a JSON side and an interactions side of the same data give the same diff', () => {
  test('CSV → CSV, JSON → CSV, CSV → JSON and JSON → JSON agree on every figure', async () => {
    const { diff: csv } = await diffJson(first, second, '--people', PEOPLE, '--quiet');
    const mixed = [
      await diffJson(firstJson, second, '--people', PEOPLE),
      await diffJson(first, secondJson, '--people', PEOPLE, '--quiet'),
      await diffJson(firstJson, secondJson),
    ];
    for (const { diff } of mixed) expect(figures(diff)).toEqual(figures(csv));
    // Same options on both sides: no warning.
    expect(mixed[0]!.stderr).toBe('');
    expect(csv.ties).not.toBeNull();
    expect(mixed[0]!.diff.meta.before).toMatchObject({ source: 'report', hasTies: false });
    expect(mixed[0]!.diff.meta.after).toMatchObject({ source: 'interactions', hasTies: true });
  });

  test('only the tie changes need both interactions files, and the diff says so', async () => {
    const { diff } = await diffJson(firstJson, second, '--people', PEOPLE);
    expect(diff.ties).toBeNull();
    expect(diff.summary.ties).toEqual({ before: 518, after: 528, gained: null, lost: null, kept: null });
    expect(diff.meta.ties).toEqual({
      available: false,
      reason: `tie changes need the ties of both sides: ${firstJson} is a JSON report made without --with-ties, which holds no tie list; give the interactions file instead, or write the report with orgnet analyze --format json --with-ties`,
    });
    const table = await run(['diff', firstJson, second, '--people', PEOPLE]);
    expect(table.stdout).toContain(`518 → 528\n${diff.meta.ties.reason}`);
  });

  test('a report is recognized by its content as well as by .json', async () => {
    const renamed = join(dir, 'first-report.txt');
    writeFileSync(renamed, readFileSync(firstJson));
    const { diff } = await diffJson(renamed, firstJson);
    expect(diff.meta.before.source).toBe('report');
  });
});

describe('standard input', () => {
  test('a JSON report or an interactions file on standard input', async () => {
    const { diff: files } = await diffJson(firstJson, second, '--people', PEOPLE);
    const json = await runJson<DiffResult>(['diff', '-', second, '--people', PEOPLE, '--format', 'json'], { stdin: readFileSync(firstJson) });
    expect(json.code).toBe(0);
    const viaStdin = json.json;
    expect(figures(viaStdin)).toEqual(figures(files));
    expect(viaStdin.meta.before.file).toBe('<stdin>');
    const csv = await runJson<DiffResult>(['diff', first, '-', '--people', PEOPLE, '--format', 'json', '--quiet'], { stdin: readFileSync(second) });
    expect(csv.code).toBe(0);
    expect(csv.json.summary.ties).toMatchObject({ gained: 11, lost: 1 });
  });

  test('both sides on standard input is a usage error', async () => {
    const r = await run(['diff', '-', '-']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'orgnet: only one side can be read from standard input (-)\n' });
  });
});

describe('warnings when the sides were not computed alike', () => {
  test('an option that changes figures differs: one warning naming it; --since/--until never warn', async () => {
    const seeded = await writeReport(first, join(dir, 'seed-7.json'), '--seed', '7', '--min-group-size', '13');
    const r = await run(['diff', seeded, second, '--people', PEOPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `orgnet: warning: ${seeded} and ${second} were analysed with different options that change figures: ` +
        '--min-group-size 13 vs 1; --seed 7 vs 42; the changes below mix both effects (analyse both sides alike to compare like with like)\n',
    );
    const windowed = await writeReport(join(ROOT, 'fixtures/acme/interactions.csv'), join(dir, 'until.json'), '--until', '2025-07-01');
    expect((await run(['diff', windowed, second, '--people', PEOPLE, '--format', 'json'])).stderr).toBe('');
  });

  test('"what if they left": a side analysed with --remove, against the network as it is', async () => {
    const without = await writeReport(first, join(dir, 'without-jose.json'), '--remove', 'josé.pérez');
    const r = await runJson<DiffResult>(['diff', first, without, '--people', PEOPLE, '--format', 'json']);
    expect(r.stderr).toBe('');
    const d = r.json;
    expect(d.people.filter((p) => p.presence !== 'stayed').map((p) => [p.id, p.presence])).toEqual([['josé.pérez', 'left']]);
    // fixtures/acme/README.md: the Sales bridge, a broker; his roles leave with him.
    expect(d.people.find((p) => p.id === 'josé.pérez')?.roles.lost).toContain('broker');
    expect(d.summary.people).toMatchObject({ before: 80, after: 79, left: 1 });
  });

  test('a report written by another orgnet version', async () => {
    const report = JSON.parse(readFileSync(firstJson, 'utf8')) as { meta: { tool: { version: string } } };
    report.meta.tool.version = '0.0.9';
    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify(report));
    const r = await run(['diff', old, firstJson, '--format', 'json']);
    expect(r.stderr).toContain(`orgnet: warning: ${old} was written by orgnet 0.0.9, this is `);
    expect((await run(['diff', old, firstJson, '--format', 'json', '--quiet'])).stderr).toBe('');
  });

  test('analysis flags with two JSON reports mean nothing, and say so', async () => {
    const r = await run(['diff', firstJson, secondJson, '--people', PEOPLE, '--seed', '3', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'orgnet: warning: --people applies to interactions files; both sides are JSON reports, which keep the options they were made with\n' +
        'orgnet: warning: --seed applies to interactions files; both sides are JSON reports, which keep the options they were made with\n',
    );
  });
});

describe('bad sides: exit 2, one line naming the file, nothing written', () => {
  const cases: [string, string, RegExp][] = [
    ['broken.json', '{\n  "schemaVersion": 1,\n  "meta": {\n}', /^broken\.json:4: not valid JSON: the file ends too soon \(at column 2, expected "}"\)\n$/],
    ['list.json', '[1, 2]', /^list\.json:1: not an orgnet report: expected the JSON written by orgnet analyze --format json\n$/],
    ['empty.json', '', /^empty\.json: the file is empty: expected the JSON written by orgnet analyze --format json\n$/],
    ['newer.json', '{"schemaVersion": 2}', /^newer\.json:1: is a report of schemaVersion 2; this orgnet reads schemaVersion 1: re-run orgnet analyze --format json on its input\n$/],
    ['other.json', '{"name": "x"}', /^other\.json:1: not an orgnet report \(it has no "schemaVersion"\): /],
  ];
  for (const [name, text, message] of cases) {
    test(name, async () => {
      writeFileSync(join(dir, name), text);
      const out = join(dir, 'out.json');
      const r = await run(['diff', name, firstJson, '-o', out], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    });
  }

  test('a report with a wrong value: the JSON pointer, the value and its line', async () => {
    const report = JSON.parse(readFileSync(firstJson, 'utf8')) as { people: { betweenness: unknown }[] };
    report.people[3]!.betweenness = 'high';
    const text = JSON.stringify(report, null, 2);
    writeFileSync(join(dir, 'edited.json'), text);
    const line = text.slice(0, text.indexOf('"high"')).split('\n').length;
    const r = await run(['diff', 'edited.json', firstJson], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`edited.json:${line}: not a valid orgnet report: /people/3/betweenness is "high": must be number or null; expected the JSON written by orgnet analyze --format json\n`);
  });

  test('a field that is not a report field; the output of orgnet diff given as a side', async () => {
    const report = JSON.parse(readFileSync(firstJson, 'utf8')) as Record<string, Record<string, unknown>>;
    report.org!.mood = 'good';
    writeFileSync(join(dir, 'extra.json'), JSON.stringify(report, null, 2));
    const extra = await run(['diff', 'extra.json', firstJson], { cwd: dir });
    expect(extra.stderr).toMatch(/^extra\.json:\d+: not a valid orgnet report: \/org\/mood is not a field of a report; /);
    const made = await run(['diff', firstJson, secondJson, '--format', 'json', '-o', join(dir, 'a-diff.json')]);
    expect(made.code).toBe(0);
    const r = await run(['diff', 'a-diff.json', firstJson], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stderr: 'a-diff.json:1: is the output of orgnet diff, not a report: give the reports or interactions files it compared\n' });
  });

  test('a missing file, a directory, a bad interactions file', async () => {
    expect(await run(['diff', 'nope.csv', first], { cwd: dir })).toMatchObject({ code: 2, stderr: 'nope.csv: no such file\n' });
    expect(await run(['diff', 'nope.json', first], { cwd: dir })).toMatchObject({ code: 2, stderr: 'nope.json: no such file\n' });
    expect((await run(['diff', dir, first])).stderr).toBe(`${dir}: is a directory: expected a CSV file\n`);
    const bad = await run(['diff', join(ROOT, 'fixtures/input/bad-weight.csv'), first]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^fixtures\/input\/bad-weight\.csv:\d+: bad weight|bad-weight\.csv:\d+: /);
  });
});

describe('usage errors found before any work', () => {
  test('--table ties with a JSON side; --rejects with two interactions files; -o over an input', async () => {
    const ties = await run(['diff', firstJson, second, '--format', 'csv', '--table', 'ties']);
    expect(ties).toMatchObject({ code: 2, stdout: '' });
    expect(ties.stderr).toContain('--table ties: tie changes need the ties of both sides');
    const rejects = await run(['diff', first, second, '--lenient', '--rejects', join(dir, 'r.csv')]);
    expect(rejects.code).toBe(2);
    expect(rejects.stderr).toContain('--rejects takes one file, and both sides are interactions files');
    const over = await run(['diff', firstJson, second, '-o', firstJson]);
    expect(over).toMatchObject({ code: 2, stderr: `orgnet: refusing to write the output over the input file ${firstJson}; choose another -o path\n` });
    expect(await run(['diff', first, second, '-o', join(dir, 'x.pdf')])).toMatchObject({ code: 2 });
    expect((await run(['diff', first, second, '--top', '0'])).stderr).toBe('orgnet: --top 0: expected a whole number ≥ 1\n');
  });
});
