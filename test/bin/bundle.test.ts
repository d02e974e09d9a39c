/**
 * bin/orgnet.cjs runs the bundled command line (dist/bundle/, scripts/bundle-cli.mjs), whose
 * worker scripts and shipped files are found from the bundle's own place. The same run in this
 * process goes through the sources and dist/io's workers: the two reports must be the same,
 * with the path searches on worker threads and a file large enough to be read on two threads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { seededRandom } from '../../src/core/base/random.js';
import { PIPELINE_MIN_BYTES } from '../../src/io/pipelined-read.js';
import { PARALLEL_MIN_WORK } from '../../src/io/worker-runner.js';
import { ROOT, run } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const dir = mkdtempSync(join(tmpdir(), 'orgnet-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function orgnet(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000, maxBuffer: 1 << 28 });
}

/** The report without the moment it was made. */
function report(json: string): unknown {
  const parsed = JSON.parse(json) as { meta: { generatedAt?: string } };
  delete parsed.meta.generatedAt;
  return parsed;
}

describe('the bundled command line', () => {
  test('bin/orgnet.cjs loads dist/bundle, not the unbundled modules', () => {
    expect(readFileSync(BIN, 'utf8')).toContain("'../dist/bundle/main.js'");
    for (const file of ['main.js', 'kernel-worker.js', 'read-worker.js']) expect(existsSync(join(ROOT, 'dist/bundle', file))).toBe(true);
  });

  test('exact path metrics on worker threads: the report the sources give', async () => {
    const args = ['analyze', 'fixtures/org-2000/interactions.csv', '--people', 'fixtures/org-2000/people.csv', '--format', 'json', '--exact'];
    // 2,000 people and 15,000-odd ties: enough tie visits for the searches to leave this thread.
    expect(2000 * 15_000).toBeGreaterThan(PARALLEL_MIN_WORK);
    const bundled = orgnet(args);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    const here = await run(args);
    expect(here.code).toBe(0);
    expect(report(bundled.stdout)).toEqual(report(here.stdout));
  }, 120_000);

  test('a file read on two threads: the report the sources give', async () => {
    const random = seededRandom(7);
    const lines = ['source,target,timestamp'];
    for (let i = 0; lines.length < 420_000; i++) {
      const s = Math.floor(random() * 3000);
      const t = Math.floor(random() * 3000);
      lines.push(`employee-${String(s).padStart(5, '0')},employee-${String(t).padStart(5, '0')},${new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()}`);
    }
    const file = join(dir, 'large.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    expect(statSync(file).size).toBeGreaterThanOrEqual(PIPELINE_MIN_BYTES);
    const args = ['analyze', file, '--format', 'csv', '--table', 'ties'];
    const bundled = orgnet(args);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    const here = await run(args);
    expect(bundled.stdout).toBe(here.stdout);
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(300_000);
  }, 120_000);

  test('help and version, printed without loading the command line, are what it prints', async () => {
    const rendered = JSON.parse(readFileSync(join(ROOT, 'dist/bundle/start-texts.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(rendered).sort()).toEqual(['--help', '--version', '-V', '-h', 'help']);
    for (const arg of Object.keys(rendered)) {
      const here = await run([arg]);
      expect(here.code).toBe(0);
      expect(rendered[arg]).toBe(here.stdout);
      // Help wraps at 80 columns on a terminal too.
      expect((await run([arg], { tty: true })).stdout).toBe(here.stdout);
      const bundled = orgnet([arg]);
      expect(bundled.status).toBe(0);
      expect(bundled.stderr).toBe('');
      expect(bundled.stdout).toBe(here.stdout);
    }
    expect(rendered['--help']).toContain('Usage: orgnet [options] [command]');
    // Anything else runs the command line: a command's help, and a mistake with its exit code.
    expect(orgnet(['help', 'check']).stdout).toBe((await run(['help', 'check'])).stdout);
    const wrong = orgnet(['--hepl']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("unknown option '--hepl'");
  });

  test('the shipped files: the schema and the HTML viewer', () => {
    const schema = orgnet(['schema']);
    expect(schema.status).toBe(0);
    expect(schema.stdout).toBe(readFileSync(join(ROOT, 'src/core/report/schema.json'), 'utf8'));
    const page = orgnet(['analyze', 'fixtures/acme/interactions.csv', '--format', 'html', '-o', join(dir, 'acme.html')]);
    expect(page.stderr).toBe('');
    expect(page.status).toBe(0);
    expect(readFileSync(join(dir, 'acme.html'), 'utf8')).toContain(readFileSync(join(ROOT, 'dist/viewer/viewer.js'), 'utf8').slice(0, 2000));
  });
});
