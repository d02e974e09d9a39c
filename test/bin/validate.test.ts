/**
 * `orgnet validate` through the real binary: the verdict as the exit code (0 valid, 2 problems
 * or bad usage), the report on stdout or in the -o file, stderr quiet unless -o hides the verdict.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Validation } from '../../src/core/model/validation.js';
import { runJson } from '../helpers/binary.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');

function orgnet(args: string[], input?: Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
}

describe('orgnet validate, the binary', () => {
  test('listed by orgnet --help, its own help from orgnet help validate', () => {
    const top = orgnet(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/^ {2}validate \[options\] <file> +read the input files only: columns/m);
    const own = orgnet(['help', 'validate']);
    expect(own.status).toBe(0);
    expect(own.stdout).toMatch(/^Usage: orgnet validate \[options\] <file>$/m);
    expect(own.stdout).toContain('--strict');
    expect(own.stdout).toContain('--encoding <name>');
  });

  test('valid files: exit 0, the description on stdout, nothing on stderr', () => {
    const r = orgnet(['validate', 'fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('  rows         9,768 read: 9,762 used, 6 self-loops, 0 filtered, 0 bad\n');
    expect(r.stdout.endsWith('\nvalid: orgnet analyze takes these files\n')).toBe(true);
  });

  test('a windows-1252 export: exit 2 naming the line; with --encoding, exit 0', () => {
    const r = orgnet(['validate', 'fixtures/input/windows-1252-names.csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('  fixtures/input/windows-1252-names.csv:2: not valid UTF-8 (byte 0xE9 after "Jos"): the file is in another encoding; try --encoding windows-1252');
    expect(r.stdout.endsWith('\nnot valid: 1 problem\n')).toBe(true);
    expect(orgnet(['validate', 'fixtures/input/windows-1252-names.csv', '--encoding', 'windows-1252']).status).toBe(0);
  });

  test('standard input, JSON for machines', () => {
    const r = runJson<Validation>(['validate', '-', '--format', 'json'], { input: readFileSync(join(ROOT, 'fixtures/input/bad-weight.csv')) });
    expect(r.status).toBe(2);
    const v = r.json;
    expect(v.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['<stdin>:3', '<stdin>:4', '<stdin>:5']);
  });

  test('-o: the file holds the problems, stderr says there are some, exit 2', () => {
    const dir = tempDir('bin-validate');
    const out = join(dir, 'check.json');
    const r = orgnet(['validate', 'fixtures/input/thirteen-bad-rows.csv', '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`orgnet: not valid: 13 problems, listed in ${out}\n`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Validation).errors).toBe(13);
    expect(readdirSync(dir)).toEqual(['check.json']);
  });

  test('bad usage: exit 2, one line on stderr, no stack trace', () => {
    const r = orgnet(['validate', 'fixtures/input/comma-basic.csv', '--limit', '-3']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('orgnet: --limit -3: expected a whole number ≥ 0\n');
  });
});
