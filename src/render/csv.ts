/**
 * CSV per RFC 4180 (CRLF, quotes doubled), safe to open in a spreadsheet: a text cell
 * that starts with = + - @ tab or CR is prefixed with `'` so it is never run as a formula.
 * Numbers are written as numbers, even negative ones; `null` is an empty cell.
 */
import type { Analysis } from '../core/analyze.js';
import { tableData, type Cell, type TableData } from './columns.js';
import type { RenderContext } from './context.js';
import { batched } from './output.js';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(analysis: Analysis, ctx: RenderContext): Iterable<string> {
  return batched(csvLines(tableData(analysis.report, analysis.graph, ctx.table)));
}

function* csvLines({ columns, rows }: TableData): Generator<string> {
  yield columns.map(csvCell).join(',') + '\r\n';
  for (const row of rows) yield row.map(csvCell).join(',') + '\r\n';
}
