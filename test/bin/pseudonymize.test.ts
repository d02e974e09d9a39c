/**
 * `--pseudonymize` through the real binary: the salt from the environment as a shell passes it,
 * the -o file and the --rejects file on disk, and the refusal without a salt as one line, exit 2.
 */
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const SALT = 'bin-test-salt-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'orgnet-bin-privacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const orgnet = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 });

const args = (out: string) => [
  'analyze', 'fixtures/privacy/interactions.csv', '--people', 'fixtures/privacy/people.csv', '--pseudonymize',
  '--lenient', '--rejects', join(out, 'rejects.csv'), '-o', join(out, 'report.json'),
];

describe('orgnet --pseudonymize', () => {
  test('ORGNET_SALT from the environment: the report and the rejects hold pseudonyms only', () => {
    const out = mkdtempSync(join(dir, 'ok-'));
    const r = orgnet(args(out), { ORGNET_SALT: SALT });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const report = readFileSync(join(out, 'report.json'), 'utf8');
    const rejects = readFileSync(join(out, 'rejects.csv'), 'utf8');
    const zelda = `p-${createHmac('sha256', SALT).update('zelda.quinterobarros@example.com').digest('hex').slice(0, 10)}`;
    expect(report).toContain(`"id": "${zelda}"`);
    expect(rejects).toContain(zelda);
    for (const text of [report, rejects, r.stderr]) expect(text).not.toMatch(/@example\.com|Zelda|bin-test-salt/);
  });

  test('no salt: exit 2, one line on stderr, no file', () => {
    const out = mkdtempSync(join(dir, 'none-'));
    const r = orgnet(args(out), {});
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^orgnet: --pseudonymize needs a salt/);
    expect(readdirSync(out)).toEqual([]);
  });
});
