// `orgnet check` in process on fixtures/check/two-groups, whose values are worked by hand in
// its README.md: ties ana⇄ben, ben→cruz, cruz→dana, dana⇄eva; Red = ana, ben, cruz;
// Blue = dana, eva, fe (fe has no tie); no timestamps.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const DIR = join(ROOT, 'fixtures/check/two-groups');
const INTERACTIONS = join(DIR, 'interactions.csv');
const PEOPLE = join(DIR, 'people.csv');

/** `check` on the fixture with its people file; `--no-config` so no orgnet.json nearby counts. */
function check(...args: string[]) {
  return run(['check', INTERACTIONS, '--people', PEOPLE, '--no-config', ...args]);
}

function rules(...texts: string[]): string[] {
  return texts.flatMap((text) => ['--rule', text]);
}

interface JsonRule {
  rule: string;
  status: string;
  actual: number | null;
  message: string;
}

describe('verdict and exit code', () => {
  test('every rule holds → exit 0', async () => {
    const result = await check(
      ...rules(
        'density == 0.2', // 6 / (6·5)
        'reciprocity > 0.66', // 4 of 6 ties reciprocated
        'reciprocity < 0.67',
        'dyadReciprocity == 0.5', // 2 mutual of 4 connected pairs
        'isolates == 1', // fe
        'cutPoints == 3', // ben, cruz, dana on the path ana–ben–cruz–dana–eva
        'min(groups.eiIndex) == -0.5', // Red: (1 − 3) / 4
        'count(people.roles=peripheral) == 2', // ana, eva
        'isolates <= 17%', // 1 of 6 people = 16.7 %
      ),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('9 passed, 0 failed (9 rules)');
  });

  test('one rule fails → exit 1, and the table says why', async () => {
    const result = await check(...rules('isolates == 1', 'density >= 0.25'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL {2}density >= 0\.25 +0\.2$/m);
    expect(result.stdout).toContain('density is 0.2, expected >= 0.25');
    expect(result.stdout).toContain('1 passed, 1 failed (2 rules)');
  });

  test('--format json carries exact values and statuses', async () => {
    const result = await check('--format', 'json', ...rules('eiIndex < -0.6', 'max(groups.density) == 0.5'));
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { passed: boolean; tests: number; failures: number; rules: JsonRule[] };
    expect(json).toMatchObject({ passed: true, tests: 2, failures: 0 });
    // org E-I: I = 5, E = 1 → (1 − 5) / 6; Red density 3 / (3·2)
    expect(json.rules.map((r) => [r.rule, r.status, r.actual])).toEqual([
      ['eiIndex < -0.6', 'pass', (1 - 5) / 6],
      ['max(groups.density) == 0.5', 'pass', 0.5],
    ]);
  });
});

describe('mistakes are exit 2 with a message, and nothing on stdout', () => {
  test('a malformed rule: the parser points at the bad token', async () => {
    const result = await check(...rules('isolates == 1', 'reciprocity => 0.3'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('in rule "reciprocity => 0.3": unknown operator "=>" at column 13 (did you mean ">="?)');
    expect(result.stderr).toContain('              ^^');
  });

  test('an unknown field lists the valid ones', async () => {
    const result = await check(...rules('max(people.betweeness) < 0.5'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown person field "betweeness"');
    expect(result.stderr).toContain('(did you mean "betweenness"?)');
    expect(result.stderr).toMatch(/valid person fields: inDegree, outDegree, .*betweenness/);
  });

  test('no rule at all says how to give one', async () => {
    const result = await check();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no rule to check: add --rule "reciprocity >= 0.3"');
    expect(result.stderr).toContain('orgnet.json');
  });

  test('bad input is exit 2 before any verdict', async () => {
    const result = await run(['check', join(ROOT, 'fixtures/input/bad-weight.csv'), '--no-config', '--rule', 'ties > 0']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/bad-weight\.csv:\d+: /);
  });

  test('a bad analysis flag is a usage error', async () => {
    const result = await check('--period', 'year', ...rules('ties > 0'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('year');
  });
});

describe('a null value', () => {
  test('fails without --allow-missing, with the reason and the flag named', async () => {
    const result = await check('--format', 'json', ...rules('activeShare >= 0.5', 'isolates == 1'));
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { rules: JsonRule[] };
    expect(json.rules[0]).toMatchObject({ status: 'fail', actual: null });
    expect(json.rules[0]?.message).toBe(
      'activeShare is null: the interactions have no timestamp column; expected >= 0.5 (--allow-missing skips a rule without a value)',
    );
  });

  test('is skipped with --allow-missing, which does not fail the check', async () => {
    const result = await check('--allow-missing', ...rules('activeShare >= 0.5', 'isolates == 1'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^SKIP {2}activeShare >= 0\.5 +—$/m);
    expect(result.stdout).toContain('skipped: activeShare is null: the interactions have no timestamp column');
    expect(result.stdout).toContain('1 passed, 0 failed, 1 skipped (2 rules)');
  });

  test('without groups, a group rule is null for want of a people file', async () => {
    const result = await run(['check', INTERACTIONS, '--no-config', '--rule', 'min(groups.eiIndex) > -1']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('there are no groups: no people file was given (--people)');
  });
});

describe('-o writes the report atomically', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const temp = () => (dir = mkdtempSync(join(tmpdir(), 'orgnet-check-')));

  test('.xml is JUnit; stdout stays empty and stderr shows the table for the CI log', async () => {
    const out = join(temp(), 'orgnet.xml');
    const result = await check('-o', out, ...rules('isolates == 1', 'density > 0.5'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('density is 0.2, expected > 0.5');
    expect(readdirSync(dir)).toEqual(['orgnet.xml']);
  });

  test('--quiet keeps stderr empty', async () => {
    const out = join(temp(), 'orgnet.xml');
    const result = await check('-o', out, '--quiet', ...rules('isolates == 1'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  test('.json is JSON; --format wins over the extension', async () => {
    const json = join(temp(), 'verdict.json');
    expect((await check('-o', json, ...rules('isolates == 1'))).code).toBe(0);
    const txt = join(dir, 'verdict.txt');
    expect((await check('-o', txt, '--format', 'junit', ...rules('isolates == 1'))).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ passed: true, tests: 1 });
    expect(readFileSync(txt, 'utf8')).toMatch(/^<\?xml/);
  });

  test('an unknown extension asks for --format', async () => {
    const result = await check('-o', join(temp(), 'verdict.html'), ...rules('isolates == 1'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('add --format table|json|junit');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('no file at all on a malformed rule or bad input', async () => {
    const out = join(temp(), 'orgnet.xml');
    expect((await check('-o', out, ...rules('isolates ==')))).toMatchObject({ code: 2 });
    const bad = await run(['check', join(ROOT, 'fixtures/input/bad-weight.csv'), '--no-config', '-o', out, '--rule', 'ties > 0']);
    expect(bad.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a missing folder is refused before the analysis', async () => {
    const result = await check('-o', join(temp(), 'no/such/orgnet.xml'), ...rules('isolates == 1'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not exist');
  });

  test('never over an input file', async () => {
    const result = await check('-o', PEOPLE, '--format', 'json', ...rules('isolates == 1'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to write the output over the input file');
  });
});

describe('colour', () => {
  test('on a terminal the table is coloured; NO_COLOR and --no-color turn it off', async () => {
    const argv = ['check', INTERACTIONS, '--people', PEOPLE, '--no-config', '--rule', 'isolates == 1'];
    expect((await run(argv, { tty: true })).stdout).toContain('\u001b[');
    expect((await run(argv, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await run([...argv, '--no-color'], { tty: true })).stdout).not.toContain('\u001b[');
    expect((await run(argv, { tty: false })).stdout).not.toContain('\u001b[');
  });
});

describe('help', () => {
  test('shows every rule form, the config file and that the exit code is the answer', async () => {
    const result = await run(['check', '--help']);
    expect(result.code).toBe(0);
    for (const text of ['--rule <expr>', '--config <file>', '--allow-missing', '--min-group-size', 'count(people.roles=isolate)', 'max(people.betweenness)', 'orgnet.json', 'The exit code is the answer']) {
      expect(result.stdout).toContain(text);
    }
  });
});
