/**
 * A few runs of the real binary (bin/orgnet.cjs → dist/), for what only a process shows: exit
 * codes as the shell sees them, help and version, a pipe on stdin, and a reader that closes
 * the pipe early. `npm test` builds dist/ first. Exit 3 (internal error) is not triggered here:
 * no input reaches it on purpose.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { runJson } from '../helpers/binary.js';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function orgnet(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }, // no FORCE_COLOR or NO_COLOR from the test runner
    timeout: 60_000,
  });
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |internal error/);

describe('orgnet binary', () => {
  test('--help: exit 0, the commands and examples', () => {
    const r = orgnet(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: orgnet /);
    expect(r.stdout).toContain('analyze');
    expect(r.stdout).toContain('Examples:\n  $ orgnet analyze interactions.csv --people people.csv');
  });

  test('analyze --help: exit 0, every flag, examples and exit codes', () => {
    const r = orgnet(['analyze', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: orgnet analyze \[options\] <file>/);
    for (const flag of ['--format', '--table', '--lang', '--top', '--sort', '--output', '--people', '--lenient', '--rejects', '--min-group-size', '--key-player-candidates', '--key-player-samples']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('$ cat export.csv | orgnet analyze - --format json -o report.json');
    expect(r.stdout).toContain('Exit codes: 0 success, 2 bad usage or bad input, 3 internal error.');
  });

  test('--version prints the package version', () => {
    const r = orgnet(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  });

  test('exit 0 on acme, the report on stdout, nothing on stderr', () => {
    const r = orgnet(['analyze', 'fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    // 80 people in people.csv; stdout is not a terminal, so no colour
    // The file by its name, not the path typed.
    expect(r.stdout).toMatch(/^interactions\.csv: 80 people, /);
    expect(r.stdout).not.toContain('\u001b[');
  });

  test('exit 2 on a bad file, the problems on stderr, no stack trace', () => {
    const r = orgnet(['analyze', 'fixtures/input/bad-weight.csv']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('fixtures/input/bad-weight.csv:3: bad weight "abc": expected a number > 0');
    noStack(r.stderr);
  });

  test('exit 2 on a missing file and on an unknown option', () => {
    const missing = orgnet(['analyze', 'no-such-file.csv']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('no-such-file.csv: no such file\n');
    const option = orgnet(['analyze', 'fixtures/acme/interactions.csv', '--colour']);
    expect(option.status).toBe(2);
    expect(option.stderr.split('\n')[0]).toBe("orgnet: error: unknown option '--colour'");
  });

  test('standard input through a pipe', () => {
    const csv = 'source,target,weight\na,b,2\nb,a,1\nb,c,1\nc,a,1\nc,d,1\n';
    const r = runJson<{ meta: { input: { file: string } }; org: { people: number; ties: number; density: number } }>(['analyze', '-', '--format', 'json'], { input: csv });
    expect(r.status).toBe(0);
    const report = r.json;
    expect(report.meta.input.file).toBe('<stdin>');
    // 4 people, 5 ties: 5 / (4·3)
    expect(report.org).toMatchObject({ people: 4, ties: 5, density: 5 / 12 });
  });

  test('a reader that stops early (| head -1): clean exit, no EPIPE trace', () => {
    // the JSON of acme is far larger than a pipe buffer, so writing outlives head
    const errors = join(mkdtempSync(join(tmpdir(), 'orgnet-bin-')), 'stderr.txt');
    const script = `"${process.execPath}" "${BIN}" analyze fixtures/acme/interactions.csv --people fixtures/acme/people.csv --format json 2>"${errors}" | head -1; echo "status=\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.stderr).toBe('');
    expect(readFileSync(errors, 'utf8')).toBe('');
    rmSync(dirname(errors), { recursive: true, force: true });
    expect(r.stdout).toBe('{\nstatus=0\n');
  });

  test('a workbook goes to standard output only with -o -, and then as the exact bytes', () => {
    const refused = orgnet(['analyze', 'fixtures/cli/triangle-plus-one.csv', '--format', 'xlsx']);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe('orgnet: --format xlsx writes a binary file; name it with -o report.xlsx (or -o - to send it to standard output)\n');

    const piped = spawnSync(process.execPath, [BIN, 'analyze', 'fixtures/cli/triangle-plus-one.csv', '--format', 'xlsx', '-o', '-'], {
      cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, timeout: 60_000,
    });
    expect(piped.status).toBe(0);
    expect(piped.stderr.toString()).toBe('');
    const book = XLSX.read(piped.stdout, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Summary', 'People', 'Communities', 'Ties']);
    expect(XLSX.utils.sheet_to_csv(book.Sheets.Ties!).split('\n')[1]).toBe('a,b,2,1,,');
  });
});
