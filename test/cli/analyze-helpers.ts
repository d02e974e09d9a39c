/**
 * Shared by the `orgnet analyze` command-line tests: fixtures by name, the JSON report of a
 * run, an RFC 4180 reader that is not orgnet's own (csv-parse), and throwaway folders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, expect } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { runJson, type RunOptions, type RunResult } from '../helpers/cli.js';

export const TRIANGLE = 'fixtures/cli/triangle-plus-one.csv';
export const TRIANGLE_PEOPLE = 'fixtures/cli/triangle-plus-one.people.csv';
export const TIMED = 'fixtures/cli/timed-relations.csv';
export const TRICKY = 'fixtures/cli/tricky-names.csv';
export const ACME = 'fixtures/acme/interactions.csv';
export const ACME_PEOPLE = 'fixtures/acme/people.csv';

/** Runs `orgnet analyze ARGS --format json`, expects success and returns the parsed report. */
export async function analyzeJson(args: string[], options: RunOptions = {}): Promise<Report> {
  const result = await runJson<Report>(['analyze', ...args, '--format', 'json'], options);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.code).toBe(0);
  return result.json;
}

/** A usage or input failure: exit 2, nothing on stdout, no stack trace. */
export function expectExit2(result: RunResult): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toMatch(/internal error/);
}

/** Records of a CSV text, read by csv-parse (not by orgnet), header included. */
export function readCsv(text: string): string[][] {
  return parse(text, { relax_column_count: false }) as string[][];
}

/** A fresh folder per test, removed afterwards. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgnet-cli-'));
    made.push(dir);
    return dir;
  };
}

/** The docs/outputs.md input invariant. */
export function expectRowsAddUp(report: Report): void {
  const i = report.meta.input;
  expect(i.rowsRead).toBe(i.rowsUsed + i.skippedRows + i.selfLoops + i.filteredRows);
}

/** Every number in a parsed JSON value, with its path, for the "no NaN / Infinity" checks. */
export function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  }
  return [];
}
