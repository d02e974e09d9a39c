/**
 * Runs the command line in-process, the way a user runs it, with captured streams:
 * `await run(['analyze', 'file.csv', '--format', 'json'])` → { code, stdout, stderr }, and
 * `await runJson<Report>([…])` → the same with the output parsed as `json`.
 */
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Buffer;
  cwd?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  now?: Date;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
    now: () => options.now ?? new Date('2026-01-01T00:00:00Z'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export interface JsonRunResult<T> extends RunResult {
  json: T;
}

/** One run whose standard output is JSON (`--format json`): the run, with its output parsed. */
export async function runJson<T = unknown>(argv: string[], options: RunOptions = {}): Promise<JsonRunResult<T>> {
  const r = await run(argv, options);
  let json: T;
  try {
    json = JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`orgnet ${argv.join(' ')} wrote no JSON (exit ${r.code}): ${r.stderr}`);
  }
  return { ...r, json };
}
