// `orgnet check` on the acme example organization. Expected values are the ones
// fixtures/acme/README.md states by construction or from networkx 2.8.8: 80 people, one
// isolate (elena.popescu), 529 ties, overall reciprocity 0.737, highest betweenness 0.2327
// (josé.pérez), interactions from 2025-01-02 to 2025-12-31 (12 months, 4 quarters). The data
// start on January 2, so January and the first quarter are partial: statuses and active periods
// count the complete ones, February–December (11 months) and the last three quarters.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const INTERACTIONS = join(ROOT, 'fixtures/acme/interactions.csv');
const PEOPLE = join(ROOT, 'fixtures/acme/people.csv');

function check(args: string[], now?: Date) {
  return run(['check', INTERACTIONS, '--people', PEOPLE, '--no-config', ...args], now ? { now } : {});
}

const rules = (...texts: string[]) => texts.flatMap((text) => ['--rule', text]);

describe('acme', () => {
  test('rules that hold → 0, one that does not → 1', async () => {
    const pass = await check(
      rules(
        'people == 80',
        'ties == 529',
        'isolates == 1',
        'reciprocity >= 0.7',
        'max(people.betweenness) > 0.2',
        'count(people.roles=isolate) == 1',
        'count(people.roles=one-way) >= 2', // raj.patel, greta.lindqvist
        'count(people.activity.status=dormant) == 9', // nine in Marketing
        'count(people.activity.status=absent) == 1', // elena.popescu, listed, never seen
        'count(people.activity.status=growing) >= 2', // pablo.ruiz, mei.lin
      ),
    );
    expect(pass.stdout).toContain('10 passed, 0 failed (10 rules)');
    expect(pass.code).toBe(0);
    const fail = await check(rules('reciprocity >= 0.8', 'isolates == 1'));
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/reciprocity is 0\.737\d, expected >= 0\.8/);
  });

  test('without the people file a group rule is null: fails, or is skipped with --allow-missing', async () => {
    const argv = ['check', INTERACTIONS, '--no-config', '--rule', 'eiIndex < 0', '--rule', 'reciprocity >= 0.7'];
    const strict = await run(argv);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('eiIndex is null: there are no groups: no people file was given (--people); expected < 0 (--allow-missing');
    const lenient = await run([...argv, '--allow-missing']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('1 passed, 0 failed, 1 skipped (2 rules)');
  });

  describe('--period: a typed flag wins over the config file', () => {
    let cwd = '';
    beforeAll(() => {
      cwd = mkdtempSync(join(tmpdir(), 'orgnet-acme-'));
      const options = { people: PEOPLE, period: 'quarter' };
      writeFileSync(join(cwd, 'orgnet.json'), JSON.stringify({ rules: ['max(people.activity.activePeriods) == 3'], options }));
    });
    afterAll(() => rmSync(cwd, { recursive: true, force: true }));

    test('quarters from the file: at most 3 complete quarters active in 2025', async () => {
      expect((await run(['check', INTERACTIONS], { cwd })).code).toBe(0);
    });

    test('--period month on the command line: up to 11 complete months', async () => {
      const result = await run(['check', INTERACTIONS, '--period', 'month'], { cwd });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('max(people.activity.activePeriods) is 11, expected == 3');
    });
  });

  test('deterministic: two runs give the same verdict and the same JSON, communities included', async () => {
    // By construction departments are dense inside and sparse across: several communities,
    // clear modularity, lined up with the departments; no one holds a tenth of the PageRank.
    const argv = ['--format', 'json', ...rules('communities >= 2', 'modularity > 0.3', 'groupAlignment > 0.5', 'max(people.pagerank) < 0.1')];
    const first = await check(argv, new Date('2026-01-01T00:00:00Z'));
    const second = await check(argv, new Date('2026-06-30T12:34:56Z'));
    expect(first.code).toBe(0);
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
  });

  test('deterministic JUnit apart from its time fields', async () => {
    const argv = ['--format', 'junit', ...rules('communities >= 2', 'modularity > 0.3', 'reciprocity >= 0.8')];
    const first = await check(argv, new Date('2026-01-01T00:00:00Z'));
    const second = await check(argv, new Date('2026-06-30T12:34:56Z'));
    expect([first.code, second.code]).toEqual([1, 1]);
    const untimed = (xml: string) => xml.replace(/ (time|timestamp)="[^"]*"/g, '');
    expect(untimed(second.stdout)).toBe(untimed(first.stdout));
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(first.stdout) as {
      testsuites: { testsuite: { tests: string; failures: string; testcase: { name: string; failure?: { message: string } }[] } };
    };
    const suite = parsed.testsuites.testsuite;
    expect(suite).toMatchObject({ tests: '3', failures: '1' });
    expect(suite.testcase.map((c) => c.name)).toEqual(['communities >= 2', 'modularity > 0.3', 'reciprocity >= 0.8']);
    expect(suite.testcase[2]?.failure?.message).toMatch(/^reciprocity is 0\.737\d, expected >= 0\.8$/);
  });
});
