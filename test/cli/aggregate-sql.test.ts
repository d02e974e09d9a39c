/**
 * sql/aggregate-interactions.sql, run by DuckDB on the acme rows, sums them into daily ties;
 * orgnet's report on that aggregate equals its report on the raw rows in every figure except
 * those that count rows (README "Beyond one machine").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ROOT, runJson } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const ACME = join(ROOT, 'fixtures/acme/interactions.csv');
const PEOPLE = join(ROOT, 'fixtures/acme/people.csv');
const SQL = readFileSync(join(ROOT, 'sql/aggregate-interactions.sql'), 'utf8');
const daily = join(tempDir('sql'), 'daily-ties.csv');

beforeAll(async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // The view the SQL expects: acme calls its relation column `channel`.
  await connection.run(
    `CREATE VIEW interactions AS SELECT source, target, channel AS relation, CAST(timestamp AS TIMESTAMP) AS event_time, ` +
      `CAST(weight AS DOUBLE) AS weight FROM read_csv('${ACME}', all_varchar = true)`,
  );
  await connection.run(`COPY (${SQL}) TO '${daily}' (HEADER, DELIMITER ',')`);
  connection.closeSync();
  instance.closeSync();
});

async function report(args: string[]): Promise<Report> {
  const r = await runJson<Report>(['analyze', ...args, '--people', PEOPLE, '--format', 'json', '--quiet']);
  expect(r.code).toBe(0);
  return r.json;
}

/** The report without what tells where rows came from and how many there were. */
function figures(r: Report) {
  const { generatedAt: _g, options: { timeCol: _t, ...options }, input: _input, ...meta } = r.meta;
  return { ...r, meta: { ...meta, options }, org: { ...r.org, interactions: null } };
}

describe('sql/aggregate-interactions.sql', () => {
  test('gives one row per pair, relation and day, with the columns orgnet reads', () => {
    const [header, first] = readFileSync(daily, 'utf8').split('\n');
    expect(header).toBe('source,target,relation,period,weight,first,last');
    expect(first).toMatch(/^[^,]+,[^,]+,(chat|email|meeting),2025-\d\d-\d\d,[\d.]+,2025-[\d-]+ [\d:]+,2025-[\d-]+ [\d:]+$/);
  });

  test("orgnet's report on the daily ties equals its report on the raw rows, but for row counts", async () => {
    const raw = await report([ACME]);
    const aggregate = await report([daily, '--time-col', 'first']);
    expect(aggregate.meta.input.rowsUsed).toBeLessThan(raw.meta.input.rowsUsed);
    expect(figures(aggregate)).toEqual(figures(raw));
  });
});
