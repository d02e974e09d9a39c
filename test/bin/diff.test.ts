// The real binary, spawned as a CI job runs the README's one-liner:
//   orgnet diff last-month.json this-month.csv --fail-on "delta(reciprocity) < -0.05"
// with last month = acme's first half analysed to JSON, this month = its second half.
// Reciprocity goes 0.7413 → 0.7386 (golden_diff.py): the gate stays open at −0.05, closes at 0.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeAcmeHalves } from '../helpers/acme-halves.js';
import { ROOT } from '../helpers/cli.js';

const BIN = process.env.ORGNET_BIN ?? join(ROOT, 'bin/orgnet.cjs');

function orgnet(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('orgnet diff, spawned', () => {
  let cwd = '';
  beforeAll(() => {
    if (!existsSync(join(BIN, '../../dist/cli/commands/diff.js'))) throw new Error('dist/ has no diff command: run npm run build');
    cwd = mkdtempSync(join(tmpdir(), 'orgnet-bin-diff-'));
    const { first, second } = writeAcmeHalves(cwd);
    copyFileSync(join(ROOT, 'fixtures/acme/people.csv'), join(cwd, 'people.csv'));
    copyFileSync(second, join(cwd, 'this-month.csv'));
    const made = orgnet(['analyze', first, '--people', 'people.csv', '--format', 'json', '-o', 'last-month.json'], cwd);
    expect(made).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  const line = ['diff', 'last-month.json', 'this-month.csv', '--people', 'people.csv'];

  test('the CI one-liner: 0 while reciprocity holds up, 1 when the rule holds, 2 for a malformed rule', () => {
    const open = orgnet([...line, '--fail-on', 'delta(reciprocity) < -0.05'], cwd);
    expect(open.code).toBe(0);
    expect(open.stderr).toBe('');
    expect(open.stdout).toMatch(/clear {2}delta\(reciprocity\) < -0\.05 +-0\.002676/);
    const closed = orgnet([...line, '--fail-on', 'delta(reciprocity) < 0'], cwd);
    expect(closed.code).toBe(1);
    expect(closed.stdout).toContain('delta(reciprocity) is -0.002676 (0.7413 → 0.7386): holds (< 0)');
    const malformed = orgnet([...line, '--fail-on', 'delta(reciprocity) <'], cwd);
    expect(malformed).toMatchObject({ code: 2, stdout: '' });
    expect(malformed.stderr).toContain('expected a number, found the end of the rule');
    expect(orgnet(['diff', 'missing.json', 'this-month.csv'], cwd)).toMatchObject({ code: 2, stderr: 'missing.json: no such file\n' });
  });

  test('a JUnit file for the CI report, and the rules on stderr for its log', () => {
    const result = orgnet([...line, '--fail-on', 'delta(activeShare) < -5%', '-o', 'orgnet-diff.xml'], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('HOLDS  delta(activeShare) < -5%');
    const xml = readFileSync(join(cwd, 'orgnet-diff.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    // The acme halves: 78 of the 78 people seen before are active, 70 of the 79 after (test/cli/diff-acme.test.ts).
    expect(xml).toContain('<failure message="delta(activeShare) is -11.39% (100% → 88.61%): holds (&lt; -5%)" type="RuleHolds">');
  });

  test('orgnet help diff shows the rules and examples', () => {
    const help = orgnet(['help', 'diff'], cwd);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: orgnet diff [options] <before> <after>');
    expect(help.stdout).toContain('$ orgnet diff last-month.json this-month.csv --fail-on "delta(reciprocity) < -0.05"');
    expect(help.stdout).toContain('lost(ties) > 20');
  });
});
