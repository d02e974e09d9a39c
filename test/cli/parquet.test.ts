/**
 * Parquet input (docs/input.md#encodings-and-messy-files) through DuckDB: the acme interactions written to parquet by DuckDB
 * itself, with typed columns (VARCHAR ids, DOUBLE weights, TIMESTAMP or BIGINT unix times), give
 * the same report as the CSV they came from; a file that is not parquet is one clear line, exit 2.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ROOT, run, runJson } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const ACME = join(ROOT, 'fixtures/acme/interactions.csv');
const ACME_PEOPLE = join(ROOT, 'fixtures/acme/people.csv');
const dir = tempDir('parquet');
const file = (name: string) => join(dir, name);

async function duck(sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
}

async function report(args: string[]): Promise<Report> {
  const result = await runJson<Report>(['analyze', ...args, '--format', 'json', '--quiet']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.json;
}

/** Everything but the input's name and delimiter, which say where the rows came from. */
function figures(r: Report) {
  const { file: _file, delimiter: _delimiter, ...input } = r.meta.input;
  const { people: _people, ...meta } = r.meta;
  return { ...r, meta: { ...meta, input, generatedAt: null } };
}

beforeAll(async () => {
  const csv = `read_csv(${JSON.stringify(ACME).replace(/"/g, "'")}, all_varchar = true)`;
  await duck(`COPY (SELECT source, target, channel, CAST(weight AS DOUBLE) AS weight, CAST(timestamp AS TIMESTAMP) AS timestamp FROM ${csv}) TO '${file('acme.parquet')}' (FORMAT parquet)`);
  await duck(`COPY (SELECT source, target, channel, CAST(weight AS DOUBLE) AS weight, CAST(epoch(CAST(timestamp AS TIMESTAMP)) AS BIGINT) AS timestamp FROM ${csv}) TO '${file('acme-unix.parquet')}' (FORMAT parquet)`);
  await duck(`COPY (SELECT * FROM read_csv('${ACME_PEOPLE}', all_varchar = true)) TO '${file('people.parquet')}' (FORMAT parquet)`);
  writeFileSync(file('not.parquet'), 'source,target\na,b\n');
});

describe('parquet input', () => {
  test('the acme interactions as parquet (TIMESTAMP column) give the CSV report', async () => {
    const fromCsv = await report([ACME, '--people', ACME_PEOPLE]);
    const fromParquet = await report([file('acme.parquet'), '--people', ACME_PEOPLE]);
    expect(fromParquet.meta.input.file).toBe(file('acme.parquet'));
    expect(figures(fromParquet)).toEqual(figures(fromCsv));
  });

  test('unix seconds in a BIGINT column, and the people file as parquet', async () => {
    const fromCsv = await report([ACME, '--people', ACME_PEOPLE]);
    const fromParquet = await report([file('acme-unix.parquet'), '--people', file('people.parquet')]);
    expect(figures(fromParquet)).toEqual(figures(fromCsv));
  });

  test('--input-format parquet reads a file whatever its name; a file that is not parquet is refused', async () => {
    copyFileSync(file('acme.parquet'), file('acme.data'));
    const named = await report([file('acme.data'), '--input-format', 'parquet', '--people', ACME_PEOPLE]);
    expect(figures(named)).toEqual(figures(await report([file('acme.parquet'), '--people', ACME_PEOPLE])));
    const r = await run(['analyze', file('not.parquet')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${file('not.parquet').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read as parquet: .+\\n$`));
  });
});
