// The check config file: found as orgnet.json in the working directory or named by --config,
// rules added to --rule (file first), options laid under the flags the user typed. Values
// are those of fixtures/check/two-groups (worked in its README.md): two departments of 3.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const FIXTURE = join(ROOT, 'fixtures/check/two-groups');

let cwd = '';

/** A throwaway working directory holding the fixture under ci/. */
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'orgnet-config-'));
  mkdirSync(join(cwd, 'ci'));
  for (const file of ['interactions.csv', 'people.csv']) copyFileSync(join(FIXTURE, file), join(cwd, 'ci', file));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function config(path: string, content: unknown): void {
  writeFileSync(join(cwd, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

function check(...args: string[]) {
  return run(['check', 'ci/interactions.csv', ...args], { cwd });
}

function ruleNames(stdout: string): string[] {
  return (JSON.parse(stdout) as { rules: { rule: string }[] }).rules.map((r) => r.rule);
}

describe('finding the file', () => {
  test('orgnet.json in the working directory is read', async () => {
    config('orgnet.json', { rules: ['isolates == 1'], options: { people: 'ci/people.csv' } });
    const result = await check('--rule', 'min(groups.eiIndex) == -0.5', '--format', 'json');
    expect(result.code).toBe(0);
    expect(ruleNames(result.stdout)).toEqual(['isolates == 1', 'min(groups.eiIndex) == -0.5']);
  });

  test('--no-config ignores it', async () => {
    config('orgnet.json', { rules: ['isolates == 2'] });
    const result = await check('--no-config', '--people', 'ci/people.csv', '--rule', 'isolates == 1');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 passed, 0 failed (1 rule)');
  });

  test('--config names another file; its paths are relative to it', async () => {
    config('ci/gate.json', { rules: ['max(groups.size) == 3'], options: { people: 'people.csv' } });
    const result = await check('--config', 'ci/gate.json');
    expect(result.code).toBe(0);
  });

  test('a --config file that does not exist is exit 2 with one clear line', async () => {
    const result = await check('--config', 'ci/missing.json', '--rule', 'ties > 0');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('orgnet: --config ci/missing.json: no such file\n');
  });
});

describe('rules and options', () => {
  test('rules from the file come first, then every --rule', async () => {
    config('orgnet.json', { rules: ['ties == 6', 'people == 6'], options: { people: 'ci/people.csv' } });
    const result = await check('--rule', 'isolates == 1', '--rule', 'components == 2', '--format', 'json');
    expect(result.code).toBe(0);
    expect(ruleNames(result.stdout)).toEqual(['ties == 6', 'people == 6', 'isolates == 1', 'components == 2']);
  });

  test('a file with rules only needs no --rule', async () => {
    config('orgnet.json', { rules: ['ties == 6'] });
    expect((await check()).code).toBe(0);
  });

  test("the file's options count: min-group-size 4 pools both departments into one group of 6", async () => {
    config('orgnet.json', { rules: ['max(groups.size) == 3'], options: { people: 'ci/people.csv', 'min-group-size': 4 } });
    const result = await check('--quiet');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('max(groups.size) is 6, expected == 3');
  });

  test('a flag the user typed wins over the file, even when it equals the default', async () => {
    config('orgnet.json', { rules: ['max(groups.size) == 3'], options: { people: 'ci/people.csv', minGroupSize: 4 } });
    const result = await check('--min-group-size', '1');
    expect(result.code).toBe(0);
  });

  test('allow-missing may be set in the file', async () => {
    config('orgnet.json', { rules: ['activeShare >= 0.5'], options: { 'allow-missing': true } });
    const result = await check();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 skipped');
  });

  test('list options take an array', async () => {
    // Without ana and ben: cruz, dana, eva and fe (people file) remain, with cruz→dana and dana⇄eva.
    config('orgnet.json', { rules: ['people == 4', 'ties == 3'], options: { people: 'ci/people.csv', remove: ['ana', 'ben'] } });
    expect((await check()).code).toBe(0);
  });
});

describe('a bad config file is exit 2 and names the file', () => {
  test('a malformed rule, with its line', async () => {
    config('orgnet.json', '{\n  "rules": [\n    "isolates == 1",\n    "reciprocity >> 0.3"\n  ]\n}\n');
    const result = await check();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^orgnet\.json:4: rules\[1\]: in rule "reciprocity >> 0.3": unknown operator/);
  });

  test('an unknown option lists the valid ones', async () => {
    config('orgnet.json', '{\n  "options": {"min-group-sise": 5}\n}\n');
    const result = await check('--rule', 'ties > 0');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('orgnet.json:2: unknown option "min-group-sise" (did you mean "min-group-size"?); valid options: people, group-by,');
    expect(result.stderr).toContain('allow-missing');
    expect(result.stderr).not.toContain('no-color');
  });

  test('a value of the wrong kind', async () => {
    config('orgnet.json', { options: { period: 'year' } });
    const choice = await check('--rule', 'ties > 0');
    expect(choice.code).toBe(2);
    expect(choice.stderr).toBe('orgnet.json: option "period": expected one of day, week, month, quarter, not "year"\n');
    config('orgnet.json', { options: { lenient: 'yes' } });
    expect((await check('--rule', 'ties > 0')).stderr).toBe('orgnet.json: option "lenient": expected true or false, not "yes"\n');
  });

  test('a value out of range is blamed on the file, unless a typed flag replaces it', async () => {
    config('orgnet.json', { options: { seed: -1 } });
    const bad = await check('--rule', 'ties > 0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('orgnet.json: in "options": --seed -1: expected a whole number ≥ 0\n');
    expect((await check('--rule', 'ties > 0', '--seed', '7')).code).toBe(0);
  });

  test('-o never overwrites the config file', async () => {
    config('ci/gate.json', { rules: ['ties == 6'] });
    const result = await check('--config', 'ci/gate.json', '-o', 'ci/gate.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to write the output over the input file');
  });

  test('not JSON', async () => {
    config('orgnet.json', '{"rules": ["ties > 0"],}');
    const result = await check();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^orgnet\.json:1: not valid JSON/);
  });
});
