/** The real binary writing the HTML report: exit 0, the file (atomically), nothing on stdout or stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { dataOf } from '../helpers/html.js';

describe('orgnet binary: the HTML report', () => {
  test('analyze -o report.html --lang es', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgnet-bin-html-'));
    try {
      const out = join(dir, 'report.html');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/orgnet.cjs'), 'analyze', 'fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv', '-o', out, '--lang', 'es'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 60_000,
      });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('');
      expect(readdirSync(dir)).toEqual(['report.html']); // no temporary file left beside it
      const html = readFileSync(out, 'utf8');
      expect(html.startsWith('<!doctype html>\n<html lang="es">')).toBe(true);
      expect(dataOf(html).people.count).toBe(80);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
