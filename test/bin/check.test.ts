// The real binary, spawned as a CI job runs it: exit codes 0/1/2 and a JUnit file that an
// XML parser reads back. Needs dist/ (`npm test` builds it first); ORGNET_BIN points the
// test at another build of bin/orgnet.cjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const BIN = process.env.ORGNET_BIN ?? join(ROOT, 'bin/orgnet.cjs');
const FIXTURE = join(ROOT, 'fixtures/check/two-groups');

function orgnet(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Testcase {
  name: string;
  classname: string;
  failure?: { message: string; '#text': string };
  skipped?: { message: string };
}

describe('orgnet check, spawned', () => {
  let cwd = '';
  beforeAll(() => {
    if (!existsSync(join(BIN, '../../dist/cli/commands/check.js'))) throw new Error('dist/ has no check command: run npm run build');
    cwd = mkdtempSync(join(tmpdir(), 'orgnet-bin-'));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  const base = ['check', join(FIXTURE, 'interactions.csv'), '--people', join(FIXTURE, 'people.csv')];

  test('0 when every rule passes, 1 when one fails, 2 for a malformed rule', () => {
    expect(orgnet([...base, '--rule', 'isolates == 1'], cwd)).toMatchObject({ code: 0, stderr: '' });
    const failed = orgnet([...base, '--rule', 'density > 0.5'], cwd);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('density is 0.2, expected > 0.5');
    const malformed = orgnet([...base, '--rule', 'density >'], cwd);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('expected a number, found the end of the rule');
    expect(orgnet(['check', join(FIXTURE, 'missing.csv'), '--rule', 'ties > 0'], cwd).code).toBe(2);
  });

  test('the JUnit report parses back: one testcase per rule, failure and skip with their reasons', () => {
    const out = join(cwd, 'orgnet-junit.xml');
    const rules = ['isolates == 1', 'density > 0.5', 'activeShare >= 0.8'];
    const result = orgnet([...base, '--allow-missing', '-o', out, ...rules.flatMap((r) => ['--rule', r])], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const xml = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: { testsuite: { name: string; tests: string; failures: string; skipped: string; errors: string; testcase: Testcase[] } };
    };
    const suite = parsed.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'orgnet check', tests: '3', failures: '1', skipped: '1', errors: '0' });
    expect(suite.testcase.map((c) => c.name)).toEqual(rules);
    expect(suite.testcase[0]?.failure).toBeUndefined();
    expect(suite.testcase[1]?.failure?.message).toBe('density is 0.2, expected > 0.5');
    expect(suite.testcase[2]?.skipped?.message).toBe('skipped: activeShare is null: the interactions have no timestamp column');
  });

  test('-o - is standard output, as for every command: no file named "-"', () => {
    const dir = mkdtempSync(join(cwd, 'dash-'));
    const args = [...base, '--rule', 'isolates == 1', '--rule', 'density > 0.5', '--format', 'json'];
    const dashed = orgnet([...args, '-o', '-'], dir);
    expect(readdirSync(dir)).toEqual([]);
    expect(dashed.code).toBe(1);
    // Written to standard output, nothing else goes to stderr (the summary table is for -o FILE).
    expect(dashed.stderr).toBe('');
    const parsed = JSON.parse(dashed.stdout) as { passed: boolean; tests: number; failures: number; rules: { rule: string; actual: number }[] };
    // By hand: fe is the one isolate; 6 directed ties among 6 people, density 6 / (6 · 5) = 0.2.
    expect(parsed).toMatchObject({ passed: false, tests: 2, failures: 1 });
    expect(parsed.rules.map((r) => [r.rule, r.actual])).toEqual([['isolates == 1', 1], ['density > 0.5', 0.2]]);
    expect(dashed.stdout).toBe(orgnet(args, dir).stdout);
  });
});
