/**
 * The README's monthly CI pattern, run as written: its commands are read from the README (the
 * block under "A monthly gate in CI"), not copied here, and run by bash with `orgnet` on the
 * PATH, on the acme example cut into two months' exports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { writeAcmeHalves } from '../helpers/acme-halves.js';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'orgnet-readme-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first sh block after the heading. */
function readmeBlock(heading: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(`\n### ${heading}\n`);
  expect(at).toBeGreaterThan(0);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  return block![1]!;
}

test('the README\'s monthly gate runs as written: the snapshot keeps its ties, and the diff gates on them', () => {
  const script = readmeBlock('A monthly gate in CI');
  const { first, second } = writeAcmeHalves(dir);
  // The README's file names: November's and December's exports, and the people file.
  writeFileSync(join(dir, 'export-2026-11.csv'), readFileSync(first));
  writeFileSync(join(dir, 'export-2026-12.csv'), readFileSync(second));
  writeFileSync(join(dir, 'people.csv'), readFileSync(join(ROOT, 'fixtures/acme/people.csv')));
  const bin = join(dir, 'bin');
  execFileSync('mkdir', ['-p', bin]);
  writeFileSync(join(bin, 'orgnet'), `#!/bin/sh\nexec node ${JSON.stringify(join(ROOT, 'bin/orgnet.cjs'))} "$@"\n`);
  chmodSync(join(bin, 'orgnet'), 0o755);
  const r = spawnSync('bash', ['-e', '-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' } });
  expect(r.stderr).toBe('');
  // One tie of the first half is not in the second (scripts/golden_diff.py's split): the gate stays shut.
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/clear\s+lost\(ties\) > 100\s+1\b/);
  const snapshot = JSON.parse(readFileSync(join(dir, 'snapshots/2026-11.json'), 'utf8')) as Report;
  expect(existsSync(join(dir, 'snapshots/2026-11.json'))).toBe(true);
  expect(snapshot.ties).toHaveLength(snapshot.org.ties);
});
