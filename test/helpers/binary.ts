/**
 * The real binary (bin/orgnet.cjs → dist/, built by `npm test`), run as a user runs it, for the
 * tests of what only a process shows: exit codes, what stays on disk, devices, pipes, signals.
 */
import { spawn, spawnSync, type SpawnSyncReturns, type StdioOptions } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

export const BIN = join(ROOT, 'bin/orgnet.cjs');
export const ACME = join(ROOT, 'fixtures/acme/interactions.csv');
export const ACME_PEOPLE = join(ROOT, 'fixtures/acme/people.csv');

export interface SpawnOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  stdio?: StdioOptions;
  timeout?: number;
}

/** One run, waited for; stdout and stderr as text. */
export function orgnet(args: string[], options: SpawnOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    // No FORCE_COLOR or NO_COLOR from the test runner, no salt unless the test gives one.
    env: { PATH: process.env.PATH ?? '', ...options.env },
    timeout: options.timeout ?? 60_000,
    maxBuffer: 1 << 28,
    ...(options.stdio ? { stdio: options.stdio } : {}),
  });
}

export interface JsonRun<T> {
  json: T;
  stdout: string;
  stderr: string;
  status: number | null;
}

/** One run whose standard output is JSON (`--format json`): the output parsed, as text, stderr and the exit status. */
export function runJson<T = unknown>(args: string[], options: SpawnOptions = {}): JsonRun<T> {
  const r = orgnet(args, options);
  let json: T;
  try {
    json = JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`orgnet ${args.join(' ')} wrote no JSON (exit ${r.status}): ${r.stderr}`);
  }
  return { json, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** One run in the background: its exit, and what it wrote (so far, or in the end). */
export function orgnetLater(args: string[], options: SpawnOptions = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = once(child, 'close').then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null, stdout, stderr }));
  return { child, exit, stdout: () => stdout, stderr: () => stderr };
}

/**
 * The exit status a shell reports: the code, or 128 + the signal's number for a process the
 * signal ended by its default action (orgnet catches signals only while it has a temporary file
 * to remove, and then exits with that same status itself).
 */
export function shellStatus(exit: { code: number | null; signal: string | null }): number | null {
  if (exit.code !== null) return exit.code;
  const number = exit.signal === null ? undefined : osConstants.signals[exit.signal as NodeJS.Signals];
  return number === undefined ? null : 128 + number;
}

/** A program that reads a FIFO (or any file) whole, as a shell's `cat` would, for the test to compare. */
export function reader(path: string): Promise<Buffer> {
  const child = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'ignore'] });
  const parts: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => parts.push(d));
  // 'close', not 'exit': the output may still be on its way when the program has exited.
  return once(child, 'close').then(() => Buffer.concat(parts));
}


/** A message for the user: one line (or the first line stands alone), no stack trace, no internal error. */
export function expectCleanError(stderr: string, pattern?: RegExp): void {
  expect(stderr).not.toMatch(/\n\s+at |internal error|Error:|node:internal/);
  expect(stderr.endsWith('\n')).toBe(true);
  if (pattern) expect(stderr.split('\n')[0]).toMatch(pattern);
}

/** The names in `dir`, temporary files included. */
export const entries = (dir: string): string[] => readdirSync(dir).sort();
