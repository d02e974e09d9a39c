/**
 * Parquet input (docs/input.md#encodings-and-messy-files), read through DuckDB: exports from data lakes come as parquet far
 * more often than as CSV. DuckDB (`@duckdb/node-api`, an optional dependency whose binary ships
 * inside the npm package) is loaded only when such a file is read, so every other run starts
 * without it. Rows reach the same readers as CSV records do — header, then text fields — so the
 * column rules, aliases, checks and counts are the ones of docs/input.md#interactions-required---reads-standard-input: numbers arrive as their
 * decimal text, date-times (TIMESTAMP, TIMESTAMPTZ, DATE) as ISO-8601 in UTC, and null as an
 * empty cell. Lines in messages are row numbers + 1, as if the file were a CSV with a header.
 */
import { InputError } from '../core/base/errors.js';
import type { CsvReadOptions, CsvSink, CsvSummary, RecordSource } from '../core/ingest/csv/csv-reader.js';

/** DuckDB's name for the type of each column that holds a point in time. */
const TEMPORAL = /^(TIMESTAMP|DATE|TIMESTAMP_S|TIMESTAMP_MS|TIMESTAMP_NS|TIMESTAMP WITH TIME ZONE)$/;

const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * A file name as DuckDB's reader takes it literally. `read_parquet` reads a glob pattern, so a
 * file named `*.parquet` would read every parquet file beside it, and `[ab].parquet` would read
 * `a.parquet`. Each glob character becomes a bracket expression that matches only itself
 * (`*` → `[*]`, `?` → `[?]`, `[` → `[[]`), so the pattern names that one file.
 */
function literalPath(path: string): string {
  return path.replace(/[*?[]/g, (c) => `[${c}]`);
}
const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function isParquetPath(path: string): boolean {
  return /\.parquet$/i.test(path);
}

type DuckDb = typeof import('@duckdb/node-api');

async function loadDuckDb(file: string): Promise<DuckDb> {
  try {
    return await import('@duckdb/node-api');
  } catch {
    throw new InputError(file, 'reading parquet needs DuckDB, an optional dependency that is not installed: run npm install @duckdb/node-api');
  }
}

/** A parquet file as a source of records for the readers in src/core/input. */
export function parquetSource(path: string, file: string): RecordSource {
  return {
    kind: 'records',
    readRecords: (sink, options) => readParquet(path, file, sink, options),
  };
}

async function readParquet(path: string, file: string, sink: CsvSink, options: CsvReadOptions): Promise<CsvSummary> {
  const { DuckDBInstance } = await loadDuckDb(file);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run("SET TimeZone = 'UTC'");
    const source = `read_parquet(${quoteLiteral(literalPath(path))})`;
    const columns = await describe(connection, source, file);
    // Every column as text, converted by DuckDB itself: date-times to ISO-8601 in UTC.
    const select = columns
      .map(({ name, type }) =>
        TEMPORAL.test(type)
          ? `strftime(CAST(${quoteName(name)} AS TIMESTAMP), '%Y-%m-%dT%H:%M:%S.%gZ')`
          : `CAST(${quoteName(name)} AS VARCHAR)`,
      )
      .join(', ');
    const result = await connection.stream(`SELECT ${select} FROM ${source}`);
    sink.header(
      columns.map((c) => c.name.trim()),
      ',',
    );
    let line = 1;
    for await (const chunk of result) {
      for (const row of chunk.getRows()) {
        const fields = row.map((value) => (value === null ? '' : String(value)));
        sink.record(fields, ++line, options.raw === true ? csvLine(fields) : undefined);
      }
    }
    if (line === 1) throw new InputError(file, 'no rows: the parquet file holds a schema but no data');
    // DuckDB hands over text already decoded: the encoding of the report's meta is UTF-8's.
    return { delimiter: ',', records: line - 1, encoding: 'utf8', encodingDetected: false };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function describe(connection: { runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }> }, source: string, file: string) {
  try {
    const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    return reader.getRows().map((row) => ({ name: String(row[0]), type: String(row[1]) }));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(file, `cannot read as parquet: ${detail}`);
  }
}

/** The row as one CSV line, for `--rejects`. */
function csvLine(fields: string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}
