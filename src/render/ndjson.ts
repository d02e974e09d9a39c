/**
 * NDJSON (docs/outputs.md, `--format ndjson --table T`): one JSON object per line, one line per row of
 * that table, for jq, DuckDB (`read_json_auto`), Miller and log pipelines. The objects are the
 * JSON report's rows as they are — nested objects (`activity`, `brokerage`, `attributes`) stay
 * nested, arrays stay arrays — and the `ties` rows carry the CSV ties columns. Lines end with
 * LF; an empty table writes nothing. Rows are written one at a time, never as one string.
 */
import type { Analysis } from '../core/analysis/analyze.js';
import { attributeRows, tieRecords } from './columns.js';
import type { RenderContext, TableName } from './context.js';
import { batched } from './output.js';

export function renderNdjson(analysis: Analysis, ctx: RenderContext): Iterable<string> {
  return batched(ndjsonLines(rowsOf(analysis, ctx.table)));
}

/** The rows of one table, as the JSON report holds them (ties: as the CSV ties table). */
export function rowsOf(analysis: Analysis, table: TableName): Iterable<unknown> {
  const { report } = analysis;
  switch (table) {
    case 'people':
      return report.people;
    case 'groups':
      return report.groups;
    case 'communities':
      return report.communities;
    case 'activity':
      return report.activity.series;
    case 'mixing':
      return report.mixing;
    case 'attributes':
      return attributeRows(report);
    case 'ties':
      return tieRecords(analysis.index, analysis.report.meta.input.clock ?? 'calendar');
    case 'windows':
      return report.windows ?? [];
  }
}

/** U+2028 and U+2029 are valid raw in JSON, but line readers such as Python's splitlines() break on them. */
const LINE_SEPARATORS = /[\u2028\u2029]/g;
const escapeSeparator = (c: string): string => `\\u${c.charCodeAt(0).toString(16)}`;

function* ndjsonLines(rows: Iterable<unknown>): Generator<string> {
  // JSON.stringify escapes every control character, so a name with a newline in it never
  // splits a record across lines; the two Unicode line separators are escaped here.
  for (const row of rows) yield `${JSON.stringify(row).replace(LINE_SEPARATORS, escapeSeparator)}\n`;
}
