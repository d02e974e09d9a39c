/**
 * `orgnet analyze --format ndjson --table T` as a user runs it (in process): one JSON object
 * per line, each line parsed on its own, equal to the JSON report's rows of the same run (the
 * ties: to the CSV ties table of the same run, read by csv-parse).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { TABLES } from '../../src/render/context.js';
import { run } from '../helpers/cli.js';
import { ACME, ACME_PEOPLE, analyzeJson, readCsv, TIMED, TRIANGLE, TRICKY, useTempDirs } from './analyze-helpers.js';

const tempDir = useTempDirs();

async function ndjson(args: string[]): Promise<unknown[]> {
  const result = await run(['analyze', ...args, '--format', 'ndjson']);
  expect(result.code).toBe(0);
  expect(result.stderr).not.toMatch(/error/); // warnings (a pooled group) are fine
  return linesOf(result.stdout);
}

/** Every line is one complete JSON value; the output ends with a line feed unless it is empty. */
function linesOf(text: string): unknown[] {
  if (text === '') return [];
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as unknown);
}

const rowsOf = (report: Report) => ({
  people: report.people,
  groups: report.groups,
  communities: report.communities,
  activity: report.activity.series,
  mixing: report.mixing,
  // One object per value of each --compare-by column, its column named (none without the flag).
  attributes: Object.entries(report.attributes).flatMap(([attribute, a]) => a.groups.map((g) => ({ attribute, ...g }))),
});

/** The CSV ties table as the objects NDJSON promises: numbers as numbers, an empty time as null. */
function tiesFromCsv(csv: string): unknown[] {
  const [header, ...rows] = readCsv(csv);
  expect(header).toEqual(['source', 'target', 'weight', 'count', 'first', 'last']);
  return rows.map(([source, target, weight, count, first, last]) => ({
    source, target, weight: Number(weight), count: Number(count), first: first || null, last: last || null,
  }));
}

describe('--format ndjson', () => {
  test.each([
    ['acme', [ACME, '--people', ACME_PEOPLE]],
    ['acme, --min-group-size 13 --remove ana.garcia', [ACME, '--people', ACME_PEOPLE, '--min-group-size', '13', '--remove', 'ana.garcia']],
    ['timed relations', [TIMED]],
  ])('%s: every table equals the JSON report rows of the same run', async (_name, args) => {
    const report = await analyzeJson(args);
    const expected = rowsOf(report);
    // The windows table needs --windows: test/windows/ has it.
    for (const table of TABLES.filter((t) => t !== 'windows')) {
      const lines = await ndjson([...args, '--table', table]);
      if (table === 'ties') {
        const csv = await run(['analyze', ...args, '--format', 'csv', '--table', 'ties']);
        expect(lines, table).toEqual(tiesFromCsv(csv.stdout));
      } else {
        expect(lines, table).toEqual(expected[table]);
      }
    }
  });

  test('nested objects stay nested, arrays stay arrays, key order as in the JSON report', async () => {
    const [first] = (await ndjson([ACME, '--people', ACME_PEOPLE])) as Record<string, unknown>[];
    const report = await analyzeJson([ACME, '--people', ACME_PEOPLE]);
    expect(Object.keys(first!)).toEqual(Object.keys(report.people[0]!));
    expect(first!.activity).toEqual(report.people[0]!.activity);
    // acme's `name` column is the display name; the other columns stay attributes.
    expect(first!.label).toBe('Ahmed Nasser');
    expect(first!.attributes).toEqual({ title: 'Procurement Specialist', location: 'Remote' });
    expect(Array.isArray(first!.roles)).toBe(true);
  });

  test('a name with a newline or a quote stays on its own line', async () => {
    const text = (await run(['analyze', TRICKY, '--format', 'ndjson', '--table', 'ties'])).stdout;
    expect(text.split('\n')).toHaveLength(5 + 1); // 5 ties, then the final line feed
    const ties = linesOf(text) as { source: string; target: string }[];
    expect(ties.map((t) => [t.source, t.target])).toContainEqual(['say "hi"', 'two\nlines']);
  });

  test('an empty table writes nothing', async () => {
    expect((await run(['analyze', TRIANGLE, '--format', 'ndjson', '--table', 'groups'])).stdout).toBe('');
    expect((await run(['analyze', TRIANGLE, '--format', 'ndjson', '--table', 'activity'])).stdout).toBe('');
  });

  test('-o rows.ndjson and -o rows.jsonl pick the format from the extension', async () => {
    const dir = tempDir();
    for (const name of ['rows.ndjson', 'rows.JSONL']) {
      const result = await run(['analyze', TRIANGLE, '--table', 'ties', '-o', join(dir, name)]);
      expect(result.code).toBe(0);
      expect(linesOf(readFileSync(join(dir, name), 'utf8'))).toHaveLength(5);
    }
  });
});
