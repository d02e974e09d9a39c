/**
 * The input modes read parquet too (docs/input.md, docs/input.md#encodings-and-messy-files): the meetings export written to parquet by
 * DuckDB gives, with --events, the same report as the CSV it came from; so does a contacts file
 * with --undirected.
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ROOT } from '../helpers/cli.js';
import { analyzeJson } from './analyze-helpers.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('modes-parquet');
const MEETINGS = join(ROOT, 'fixtures/meetings/attendees.csv');
const PEOPLE = join(ROOT, 'fixtures/meetings/people.csv');
const CONTACTS = join(ROOT, 'fixtures/check/two-groups/interactions.csv');

async function toParquet(csv: string, out: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${out}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}

/** Everything but where the rows came from (the file's name is in the warnings too). */
function figures(r: Report) {
  const { file, delimiter: _delimiter, ...input } = r.meta.input;
  const warnings = r.meta.warnings.map((w) => w.replace(file, 'FILE'));
  return { ...r, meta: { ...r.meta, input, warnings, generatedAt: null } };
}

describe('input modes from parquet', () => {
  beforeAll(async () => {
    await toParquet(MEETINGS, join(dir, 'attendees.parquet'));
    await toParquet(CONTACTS, join(dir, 'contacts.parquet'));
  });

  test('--events: the same co-attendance network as from the CSV', async () => {
    const args = ['--people', PEOPLE, '--events', '--max-event-size', '12', '--quiet'];
    const fromCsv = await analyzeJson([MEETINGS, ...args]);
    const fromParquet = await analyzeJson([join(dir, 'attendees.parquet'), ...args]);
    expect(fromParquet.meta.input.events).toEqual({ read: 20, used: 17, tooSmall: 2, tooLarge: 1 });
    expect(figures(fromParquet)).toEqual(figures(fromCsv));
  });

  test('--undirected: the same report as from the CSV', async () => {
    const fromCsv = await analyzeJson([CONTACTS, '--undirected', '--quiet']);
    const fromParquet = await analyzeJson([join(dir, 'contacts.parquet'), '--undirected', '--quiet']);
    expect(fromParquet.org.reciprocity).toBeNull();
    expect(figures(fromParquet)).toEqual(figures(fromCsv));
  });
});
