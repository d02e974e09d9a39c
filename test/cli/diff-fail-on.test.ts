// `orgnet diff --fail-on`: exit 0 when no rule holds, 1 when one holds (or cannot be judged),
// 2 for a malformed rule; a message per rule, JSON and JUnit. Values are those of
// fixtures/diff/every-change, worked by hand in test/cli/diff-every-change.test.ts:
// reciprocity 1 → 46/47, 7 of 48 ties lost, 6 gained, isolates 1 → 0 of 20, brokers 0 → 1,
// critical 2 → 2, the highest betweenness 30/342 on both sides.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiffResult } from '../../src/core/model/diff.js';
import { ROOT, run, runJson } from '../helpers/cli.js';

const DIR = join(ROOT, 'fixtures/diff/every-change');
const SIDES = [join(DIR, 'before.csv'), join(DIR, 'after.csv'), '--people', join(DIR, 'people.csv'), '--quiet'];
const failOn = (...rules: string[]) => rules.flatMap((r) => ['--fail-on', r]);
const diff = (...args: string[]) => run(['diff', ...SIDES, ...args]);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'orgnet-fail-on-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  test('0 when no rule holds, with a line per rule under the diff', async () => {
    const r = await diff(...failOn('delta(reciprocity) < -0.05', 'delta(count(people.roles=critical)) > 0', 'lost(ties) > 10'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/clear {2}delta\(reciprocity\) < -0\.05 +-0\.02128\n/);
    expect(r.stdout).toMatch(/clear {2}lost\(ties\) > 10 +7\n/);
    expect(r.stdout).toContain('0 held, 3 clear (3 rules)');
  });

  test('1 when one holds, and the message says what changed', async () => {
    const r = await diff(...failOn('delta(reciprocity) < -0.02', 'delta(count(people.roles=broker)) > 0', 'delta(max(people.betweenness)) != 0'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('delta(reciprocity) is -0.02128 (1 → 0.9787): holds (< -0.02)');
    expect(r.stdout).toContain('delta(count(people.roles=broker)) is 1 (0 → 1): holds (> 0)');
    expect(r.stdout).toMatch(/clear {2}delta\(max\(people\.betweenness\)\) != 0 +0\n/);
    expect(r.stdout).toContain('2 held, 1 clear (3 rules): exit 1');
  });

  test('percentages: shares of people, and of the ties before', async () => {
    // isolates 1/20 → 0/20: −5 points. 7 of 48 ties lost = 14.58%; 6 of 48 gained = 12.5% exactly.
    const r = await diff(...failOn('delta(isolates) < -4%', 'lost(ties) > 10%', 'gained(ties) >= 12.5%', 'gained(ties) > 12.5%'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('delta(isolates) is -5% (5% → 0%): holds (< -4%)');
    expect(r.stdout).toContain('lost(ties) is 14.58% (7 of 48 ties before): holds (> 10%)');
    expect(r.stdout).toContain('gained(ties) is 12.5% (6 of 48 ties before): holds (>= 12.5%)');
    expect(r.stdout).toMatch(/clear {2}gained\(ties\) > 12\.5% +12\.5%/);
  });

  test('a null value trips the gate and says why, unless --allow-missing', async () => {
    const noGroups = [join(DIR, 'before.csv'), join(DIR, 'after.csv'), '--quiet', ...failOn('delta(eiIndex) < 0', 'lost(ties) > 100')];
    const strict = await run(['diff', ...noGroups]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`delta(eiIndex) is null: ${join(DIR, 'before.csv')}: there are no groups: no people file was given (--people); cannot tell whether < 0 holds`);
    expect(strict.stdout).toMatch(/NULL {3}delta\(eiIndex\) < 0/);
    const lenient = await run(['diff', ...noGroups, '--allow-missing']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('0 held, 1 clear, 1 skipped (2 rules)');
  });

  test('2 for a malformed rule, before any analysis', async () => {
    const cases: [string, string][] = [
      ['delta(reciprocity) <', 'expected a number, found the end of the rule'],
      ['reciprocity < 0.3', '"reciprocity" is a level, not a change at column 1'],
      ['max(people.betweenness) > 0.5', '"max(...)" is a level, not a change'],
      ['lost(people) > 1', 'lost(...) counts ties: write lost(ties), found "people"'],
      ['delta(ties) > 10%', 'a percentage needs a share or a count of people'],
      ['delta(reciprocty) < 0', 'unknown field "reciprocty" at column 7 (did you mean "reciprocity"?)'],
      ['change(reciprocity) < 0', 'unknown function "change"'],
      ['delta(reciprocity) < -0.05 and lost(ties) > 3', 'unexpected "and" after the number'],
    ];
    for (const [rule, message] of cases) {
      const r = await run(['diff', 'does-not-exist.csv', 'nor-this.csv', '--fail-on', rule]);
      expect([rule, r.code, r.stdout]).toEqual([rule, 2, '']);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain(`in rule "${rule}"`);
    }
  });

  test('2 for a tie rule when a side holds no ties, before the analysis runs', async () => {
    const report = join(dir, 'before.json');
    expect((await run(['analyze', join(DIR, 'before.csv'), '--format', 'json', '-o', report, '--quiet'])).code).toBe(0);
    const r = await run(['diff', report, 'not-read.csv', '--fail-on', 'lost(ties) > 3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`orgnet: --fail-on "lost(ties) > 3": tie changes need the ties of both sides: ${report} is a JSON report made without --with-ties, which holds no tie list; give the interactions file instead, or write the report with orgnet analyze --format json --with-ties\n`);
  });
});

describe('outputs', () => {
  test('--format json carries every rule with its values; the rules also go to stderr', async () => {
    const r = await runJson<DiffResult>(['diff', ...SIDES.slice(0, -1), '--format', 'json', ...failOn('lost(ties) > 5', 'delta(reciprocity) < -0.05')]);
    expect(r.code).toBe(1);
    const parsed = r.json;
    expect(parsed.failOn).toEqual({
      tripped: true,
      rules: [
        { rule: 'lost(ties) > 5', status: 'holds', tripped: true, value: 7, before: 48, after: 47, op: '>', threshold: 5, percent: false, message: 'lost(ties) is 7 (7 of 48 ties before): holds (> 5)' },
        { rule: 'delta(reciprocity) < -0.05', status: 'clear', tripped: false, value: 46 / 47 - 1, before: 1, after: 46 / 47, op: '<', threshold: -0.05, percent: false, message: 'delta(reciprocity) is -0.02128 (1 → 0.9787): clear (not < -0.05)' },
      ],
    });
    expect(r.stderr).toContain('HOLDS  lost(ties) > 5');
    expect(r.stderr).toContain('1 held, 1 clear (2 rules): exit 1');
    const quiet = await diff('--format', 'json', ...failOn('lost(ties) > 5'));
    expect(quiet.stderr).toBe('');
  });

  test('--format junit: one testcase per rule; a rule that holds, or cannot be judged, is a failure', async () => {
    const out = join(dir, 'orgnet-diff.xml');
    const rules = ['lost(ties) > 5', 'delta(reciprocity) < -0.05', 'delta(groupAlignment) > 1', 'delta(people) > 0'];
    const r = await run(['diff', join(DIR, 'before.csv'), join(DIR, 'after.csv'), '--quiet', '-o', out, '--allow-missing', ...failOn(...rules)]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    const xml = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testcase' }).parse(xml) as {
      testsuites: { testsuite: { name: string; tests: string; failures: string; skipped: string; testcase: { name: string; classname: string; failure?: { message: string; type: string }; skipped?: { message: string } }[] } };
    };
    const suite = doc.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'orgnet diff', tests: '4', failures: '2', skipped: '1' });
    expect(suite.testcase.map((c) => c.name)).toEqual(rules);
    expect(suite.testcase[0]?.failure).toMatchObject({ message: 'lost(ties) is 7 (7 of 48 ties before): holds (> 5)', type: 'RuleHolds' });
    expect(suite.testcase[1]?.failure).toBeUndefined();
    // No people file: group alignment is null on both sides.
    expect(suite.testcase[2]?.skipped?.message).toMatch(/^skipped: delta\(groupAlignment\) is null: /);
    // Without the people file pat is nobody before, and joy and lee are people: 19 → 20.
    expect(suite.testcase[3]?.failure?.message).toBe('delta(people) is 1 (19 → 20): holds (> 0)');
    expect(suite.testcase.every((c) => c.classname === 'orgnet.diff')).toBe(true);
  });

  test('--format junit needs a rule', async () => {
    const r = await diff('--format', 'junit');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('orgnet: --format junit writes the --fail-on rules: add --fail-on "delta(reciprocity) < -0.05" (repeatable)\n');
  });
});
