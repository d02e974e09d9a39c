/**
 * Ctrl-C during a long run leaves no partial output (docs/outputs.md): neither the file named by `-o`
 * or `--rejects` nor a temporary file beside it, and the exit code is the shell's 130. The run
 * is interrupted while the output is being written (a ties table of a million rows) and while
 * a --rejects file is open during reading; so are SIGTERM, SIGHUP (a closed terminal) and
 * SIGQUIT (Ctrl-\\). And a run that waits or computes with nothing to clean up answers Ctrl-C
 * within a second: reading a FIFO nobody writes to, laying out the HTML report's map.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { orgnetLater, shellStatus } from '../helpers/binary.js';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const dir = mkdtempSync(join(tmpdir(), 'orgnet-interrupt-'));
const input = join(dir, 'many-ties.csv');

beforeAll(async () => {
  // 1,000,000 distinct ties among 40,000 people, and a bad row every 1,000 rows for --lenient.
  const out = createWriteStream(input);
  out.write('source,target,weight\n');
  for (let block = 0; block < 100; block++) {
    let text = '';
    for (let i = 0; i < 10_000; i++) {
      const r = block * 10_000 + i;
      text += r % 1000 === 999 ? `p${r % 40_000},p${(r * 7 + 1) % 40_000},bad\n` : `p${r % 40_000},p${(r * 7 + 1 + Math.floor(r / 40_000)) % 40_000},1\n`;
    }
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}, 60_000);

/** Starts orgnet, waits until a file matching `pattern` shows in `dir`, then sends `signal`. */
async function interruptWhen(args: string[], pattern: RegExp, signal: NodeJS.Signals = 'SIGINT'): Promise<{ code: number | null; seen: boolean }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
  let seen = false;
  const poll = setInterval(() => {
    if (!seen && readdirSync(dir).some((f) => pattern.test(f))) {
      seen = true;
      child.kill(signal);
    }
  }, 2);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(poll);
  return { code, seen };
}

describe('Ctrl-C', () => {
  test('while -o is being written: exit 130, no report, no temporary file', async () => {
    const { code, seen } = await interruptWhen(['analyze', input, '--format', 'csv', '--table', 'ties', '--lenient', '--quiet', '-o', 'ties.csv'], /^\.ties\.csv\..*\.tmp$/);
    expect(seen).toBe(true);
    expect(code).toBe(130);
    expect(existsSync(join(dir, 'ties.csv'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  test('while reading with --rejects open: exit 130, no rejects file, no temporary file', async () => {
    const { code, seen } = await interruptWhen(
      ['analyze', input, '--lenient', '--rejects', 'rejects.csv', '--quiet', '--format', 'json', '-o', 'report.json'],
      /^\.rejects\.csv\..*\.tmp$/,
    );
    expect(seen).toBe(true);
    expect(code).toBe(130);
    expect(readdirSync(dir).filter((f) => f !== 'many-ties.csv')).toEqual([]);
  }, 60_000);

  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
  ] as const)('%s while -o is being written: exit %d, no report, no temporary file', async (signal, status) => {
    const { code, seen } = await interruptWhen(['analyze', input, '--format', 'csv', '--table', 'ties', '--lenient', '--quiet', '-o', 'ties.csv'], /^\.ties\.csv\..*\.tmp$/, signal);
    expect(seen).toBe(true);
    expect(code).toBe(status);
    expect(existsSync(join(dir, 'ties.csv'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('Ctrl-C while nothing needs cleaning up: answered within a second', () => {
  test('reading a FIFO that nobody writes to', async () => {
    const fifo = join(dir, 'nobody-writes');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const run = orgnetLater(['analyze', fifo, '--format', 'json', '-o', join(dir, 'fifo-report.json')]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = Date.now();
    run.child.kill('SIGINT');
    const exit = await run.exit;
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(shellStatus(exit)).toBe(130);
    expect(existsSync(join(dir, 'fifo-report.json'))).toBe(false);
  }, 30_000);

  test("laying out the HTML report's map", async () => {
    // 4,000 people in a ring of chords, 32,000 ties: the layout takes seconds (--timings "write").
    const file = join(dir, 'ring.csv');
    const rows = ['source,target'];
    for (let i = 0; i < 4000; i++) for (const step of [1, 2, 3, 5, 8, 13, 21, 34]) rows.push(`p${i},p${(i + step * 37) % 4000}`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const args = ['analyze', file, '--betweenness-samples', '50', '--timings', '-o', join(dir, 'ring.html')];
    // A first run, to the end, says when the page starts being written (total − write) and for how long.
    const started = Date.now();
    const whole = await orgnetLater(args).exit;
    const elapsed = Date.now() - started;
    expect(whole.code, whole.stderr).toBe(0);
    const seconds = (phase: string) => Number(new RegExp(`timing: ${phase} +([0-9.]+) s`).exec(whole.stderr)![1]) * 1000;
    const write = seconds('write');
    expect(write).toBeGreaterThan(1000);
    rmSync(join(dir, 'ring.html'));
    // The second run is interrupted in the middle of writing the page: the layout, before any file.
    const run = orgnetLater(args);
    await new Promise((resolve) => setTimeout(resolve, elapsed - write / 2));
    const sent = Date.now();
    run.child.kill('SIGINT');
    const exit = await run.exit;
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(shellStatus(exit)).toBe(130);
    expect(readdirSync(dir).filter((f) => f.startsWith('ring.html') || f.startsWith('.ring.html'))).toEqual([]);
  }, 90_000);
});
