/**
 * A parquet file's name is a name, not a glob pattern: DuckDB's `read_parquet` expands `*`, `?`
 * and `[…]`, so `*.parquet` read every parquet file beside it and `[ab].parquet` read `a.parquet`.
 * Through the real binary, each file named with those characters must be read alone: its rows
 * and people, which differ from every other file's here.
 */
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import { runJson } from '../helpers/binary.js';
import { tempDir } from '../helpers/temp-dir.js';


const dir = tempDir('parquet-names');
/** Each file's rows: a chain of people whose names say which file they came from. */
const FILES: Record<string, number> = { '*.parquet': 2, 'a.parquet': 3, 'b.parquet': 4, '[ab].parquet': 5, '?.parquet': 6, 'x.parquet': 7, 'dir[1]/in.parquet': 8, 'dir1/in.parquet': 9 };
const tag = (name: string) => name.replace(/[^a-z0-9]/gi, '_');

beforeAll(async () => {
  mkdirSync(join(dir, 'dir[1]'));
  mkdirSync(join(dir, 'dir1'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const [name, rows] of Object.entries(FILES)) {
    const values = Array.from({ length: rows }, (_, i) => `('${tag(name)}-${i}', '${tag(name)}-${i + 1}')`).join(', ');
    // Written under a plain name, then renamed: DuckDB's writer would not take these names either.
    await connection.run(`COPY (SELECT * FROM (VALUES ${values}) t(source, target)) TO '${join(dir, 'staging.parquet')}' (FORMAT parquet)`);
    renameSync(join(dir, 'staging.parquet'), join(dir, name));
  }
  connection.closeSync();
  instance.closeSync();
});

describe('parquet file names with glob characters', () => {
  test.each(Object.keys(FILES))('%s is read alone', (name) => {
    const r = runJson<{ meta: { input: { rowsRead: number } }; people: { id: string }[] }>(['analyze', join(dir, name), '--format', 'json', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const report = r.json;
    expect(report.meta.input.rowsRead).toBe(FILES[name]);
    // A chain of k rows has k + 1 people, all of this file.
    expect(report.people).toHaveLength(FILES[name]! + 1);
    expect(report.people.every((p) => p.id.startsWith(`${tag(name)}-`))).toBe(true);
  });
});
