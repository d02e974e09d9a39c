/**
 * A file from 16 MiB on is read on two threads (src/io/pipelined-read.ts); standard input is
 * read on one. The same rows give the same report either way, with activity and skipped rows.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/base/random.js';
import { PIPELINE_MIN_BYTES } from '../../src/io/pipelined-read.js';
import { ROOT, run } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'orgnet-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeLargeFile(path: string): void {
  const random = seededRandom(42);
  const lines = ['sender,recipient,weight,sent_at'];
  const start = Date.UTC(2025, 0, 6);
  for (let i = 0; lines.length < 460_000; i++) {
    if (i % 50_001 === 7) lines.push(`ana,bea,-2,2025-03-01T10:00:00Z`); // a bad weight: skipped under --lenient
    const s = Math.floor(random() ** 1.5 * 150);
    const t = Math.floor(random() * 150);
    const time = new Date(start + i * 30_000 + Math.floor(random() * 600_000)).toISOString();
    lines.push(`person-${String(s).padStart(4, '0')},person-${String(t).padStart(4, '0')},${1 + Math.floor(random() * 4)},${time}`);
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

describe('a large file read on two threads', () => {
  it('gives the report standard input gives, skipped rows included', async () => {
    const file = join(dir, 'large.csv');
    writeLargeFile(file);
    expect(statSync(file).size).toBeGreaterThanOrEqual(PIPELINE_MIN_BYTES);
    const args = ['--format', 'json', '--lenient', '--period', 'week'];
    const fromFile = await run(['analyze', file, ...args, '--rejects', join(dir, 'file-rejects.csv')]);
    const fromStdin = await run(['analyze', '-', ...args, '--rejects', join(dir, 'stdin-rejects.csv')], { stdin: readFileSync(file) });
    expect(fromFile.code).toBe(0);
    expect(fromStdin.code).toBe(0);
    // The two name the file differently (its path, <stdin>), in meta.input.file and the warnings.
    const report = (text: string, name: string) => JSON.parse(text.replaceAll(JSON.stringify(name).slice(1, -1), 'FILE')) as { meta: { input: { rowsRead: number; skippedRows: number } } };
    const a = report(fromFile.stdout, file);
    expect(a.meta.input.rowsRead).toBe(459_999);
    expect(a.meta.input.skippedRows).toBe(10);
    expect(a).toEqual(report(fromStdin.stdout, '<stdin>'));
    expect(readFileSync(join(dir, 'file-rejects.csv'), 'utf8')).toBe(readFileSync(join(dir, 'stdin-rejects.csv'), 'utf8'));
    expect(readFileSync(join(dir, 'file-rejects.csv'), 'utf8').split('\r\n')[1]).toBe('9,"bad weight ""-2"": expected a number > 0","ana,bea,-2,2025-03-01T10:00:00Z"');
  }, 60_000);

  it('reads the people file while the worker reads the interactions: the same report, and its problems first', async () => {
    const file = join(dir, 'large.csv');
    if (!existsSync(file)) writeLargeFile(file);
    const people = join(dir, 'people.csv');
    const rows = Array.from({ length: 150 }, (_, k) => `person-${String(k).padStart(4, '0')},${'ABC'[k % 3]}`);
    writeFileSync(people, ['id,department', ...rows].join('\n') + '\n');
    const args = ['--people', people, '--format', 'json', '--lenient', '--period', 'week'];
    const fromFile = await run(['analyze', file, ...args]);
    const fromStdin = await run(['analyze', '-', ...args], { stdin: readFileSync(file) });
    expect(fromFile.code).toBe(0);
    const report = (text: string, name: string) => JSON.parse(text.replaceAll(JSON.stringify(name).slice(1, -1), 'FILE')) as { groups: unknown[] };
    const a = report(fromFile.stdout, file);
    expect(a.groups).toHaveLength(3);
    expect(a).toEqual(report(fromStdin.stdout, '<stdin>'));

    const broken = join(dir, 'people-broken.csv');
    writeFileSync(broken, ['id,department', 'person-0000,A', 'person-0000,B'].join('\n') + '\n');
    const failed = await run(['analyze', file, '--people', broken, '--format', 'json']);
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/people-broken\.csv:3: duplicate id "person-0000" \(first on line 2\)\n$/);
  }, 60_000);

  it('the reading thread started for a large file ends with the process when no read takes it', () => {
    const file = join(dir, 'large.csv');
    if (!existsSync(file)) writeLargeFile(file);
    const bin = join(ROOT, 'bin', 'orgnet.cjs');
    // A usage error before anything is read, and a pseudonymized run, which reads on one thread.
    const usage = spawnSync(process.execPath, [bin, 'analyze', file, '--format', 'nonsense'], { encoding: 'utf8', timeout: 30_000 });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/argument 'nonsense' is invalid/);
    const out = join(dir, 'pseudonymized.csv');
    const masked = spawnSync(process.execPath, [bin, 'analyze', file, '--lenient', '--pseudonymize', '--salt', 'a-salt-of-sixteen-chars', '--format', 'csv', '--table', 'ties', '-o', out], { encoding: 'utf8', timeout: 30_000 });
    expect(masked.status).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/person-0/);
  }, 60_000);
});
