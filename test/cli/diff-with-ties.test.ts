/**
 * A JSON report written with --with-ties is a full diff side: the same diff as the interactions
 * file it was made from, tie changes included (gained, lost, kept, each tie listed), `--fail-on
 * "lost(ties) …"` and `--table ties` accepted, and with --pseudonymize its ties named by
 * pseudonyms like everything else. The reference is the diff of the interactions file itself,
 * whose tie changes test/cli/diff-acme.test.ts checks against scripts/golden_diff.py.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiffResult } from '../../src/core/model/diff.js';
import type { Report } from '../../src/core/model/report.js';
import { writeAcmeHalves } from '../helpers/acme-halves.js';
import { ROOT, run, runJson } from '../helpers/cli.js';

const PEOPLE = join(ROOT, 'fixtures/acme/people.csv');
let dir = '';
let first = '';
let second = '';
let firstJson = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orgnet-diff-ties-'));
  ({ first, second } = writeAcmeHalves(dir));
  firstJson = join(dir, 'first.json');
  const r = await run(['analyze', first, '--people', PEOPLE, '--format', 'json', '--with-ties', '-o', firstJson, '--quiet']);
  expect(r.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function diffOf(...args: string[]): Promise<DiffResult> {
  const r = await runJson<DiffResult>(['diff', ...args, '--people', PEOPLE, '--format', 'json', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.json;
}

/** Everything a diff says about the network, not about where its sides came from. */
const content = (d: DiffResult) => ({ summary: d.summary, org: d.org, people: d.people, groups: d.groups, communities: d.communities, ties: d.ties });

describe('--with-ties', () => {
  test('the report lists every tie as the ties table does', async () => {
    const report = JSON.parse(readFileSync(firstJson, 'utf8')) as Report;
    const csv = await run(['analyze', first, '--people', PEOPLE, '--format', 'csv', '--table', 'ties', '--quiet']);
    const rows = csv.stdout.trim().split('\r\n').slice(1).map((line) => line.split(','));
    expect(report.ties!.map((t) => [t.source, t.target, String(t.weight), String(t.count), t.first, t.last])).toEqual(rows);
    expect(report.ties).toHaveLength(report.org.ties);
  });

  test('a CSV side and its --with-ties JSON give the same diff, ties included', async () => {
    const fromCsv = await diffOf(first, second);
    const fromJson = await diffOf(firstJson, second);
    expect(fromCsv.summary.ties.lost).toBeGreaterThan(0);
    expect(fromCsv.summary.ties.gained).toBeGreaterThan(0);
    expect(content(fromJson)).toEqual(content(fromCsv));
    expect(fromJson.meta.ties).toEqual({ available: true, reason: null });
    expect(fromJson.meta.before).toMatchObject({ source: 'report', hasTies: true });
  });

  test('lost(ties) gates and --table ties lists the changes, as with the interactions file', async () => {
    // One tie of the first half is missing from the second (scripts/golden_diff.py's split).
    const gate = ['--fail-on', 'lost(ties) >= 1'];
    const csv = await run(['diff', first, second, '--people', PEOPLE, ...gate, '--quiet']);
    const json = await run(['diff', firstJson, second, '--people', PEOPLE, ...gate, '--quiet']);
    expect(csv.code).toBe(1);
    expect(json.code).toBe(1);
    const table = (side: string) => run(['diff', side, second, '--people', PEOPLE, '--format', 'csv', '--table', 'ties', '--quiet']);
    expect((await table(firstJson)).stdout).toBe((await table(first)).stdout);
  });

  test('--pseudonymize: a JSON side by ids has its ties pseudonymized, and matches the CSV side', async () => {
    const env = { ORGNET_SALT: 'a salt long enough to be safe 123' };
    const args = (side: string) => ['diff', side, second, '--people', PEOPLE, '--pseudonymize', '--format', 'json', '--quiet'];
    const fromCsv = await runJson<DiffResult>(args(first), { env });
    const fromJson = await runJson<DiffResult>(args(firstJson), { env });
    expect(fromJson.code).toBe(0);
    const ids = (JSON.parse(readFileSync(firstJson, 'utf8')) as Report).people.map((p) => p.id);
    for (const id of ids) expect(fromJson.stdout).not.toContain(`"${id}"`);
    // The ties match exactly; figures summed over people in pseudonym order may differ in the last bit.
    const [a, b] = [fromJson.json, fromCsv.json];
    expect(a.ties).toEqual(b.ties);
    expect(a.summary.ties).toEqual(b.summary.ties);
    expect(a.ties!.length).toBeGreaterThan(0);
  });

  test('analyze --compare with the --with-ties report: the page carries the same tie changes as with the interactions file', async () => {
    const tiesOf = async (before: string) => {
      const out = join(dir, 'compare.html');
      const r = await run(['analyze', second, '--people', PEOPLE, '--compare', before, '-o', out, '--quiet']);
      expect(r.code).toBe(0);
      const page = readFileSync(out, 'utf8');
      const json = /<script type="application\/json" id="[^"]+">([\s\S]*?)<\/script>/.exec(page)![1]!;
      return (JSON.parse(json) as { compare: { ties: unknown } }).compare.ties;
    };
    const fromCsv = await tiesOf(first);
    expect(fromCsv).not.toBeNull();
    expect(await tiesOf(firstJson)).toEqual(fromCsv);
  });

  test('--with-ties with another format says where the ties are', async () => {
    const r = await run(['analyze', first, '--with-ties', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--with-ties applies to --format json only/);
  });
});
