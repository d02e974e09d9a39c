/**
 * `orgnet schema` and `orgnet export` as the shell runs them (bin/orgnet.cjs → dist/): the
 * schema's exact bytes on stdout, an export file written atomically, exit codes 0 and 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const dir = mkdtempSync(join(tmpdir(), 'orgnet-bin-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const orgnet = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });

describe('orgnet binary: schema and export', () => {
  test('schema: exit 0, the shipped dist/ file byte for byte, the same as the source', () => {
    const r = orgnet(['schema']);
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toBe('');
    expect(Buffer.compare(r.stdout, readFileSync(join(ROOT, 'dist/core/report/schema.json')))).toBe(0);
    expect(Buffer.compare(r.stdout, readFileSync(join(ROOT, 'src/core/report/schema.json')))).toBe(0);
  });

  test('export -o org.graphml: exit 0, nothing on stdout or stderr, one file and no temporary file', () => {
    const out = join(dir, 'org.graphml');
    const r = orgnet(['export', 'fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toBe('');
    expect(r.stderr.toString()).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/<\/graphml>\n$/);
    expect(readdirSync(dir)).toEqual(['org.graphml']);
  });

  test('export without a format: exit 2, one line, no stack trace, no file', () => {
    const out = join(dir, 'org.dat');
    const r = orgnet(['export', 'fixtures/acme/interactions.csv', '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/^orgnet: cannot tell the export format of .*org\.dat from its extension; add --to gexf\|graphml\|json \(or use \.gexf, \.graphml, \.json\)\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
