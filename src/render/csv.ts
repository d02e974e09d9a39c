/**
 * CSV per RFC 4180 (CRLF, quotes doubled), safe to open in a spreadsheet: a text cell
 * that starts with = + - @ tab or CR is prefixed with `'` so it is never run as a formula.
 * Numbers are written as numbers, even negative ones; `null` is an empty cell.
 *
 * For Excel (`--excel`): a UTF-8 byte-order mark first, without which Excel reads UTF-8 as the
 * system code page (`JosÃ©`); and with `;` as the delimiter, decimal commas (`0,25`), as
 * Excel in Spanish and most European locales writes and reads them — there `;` separates
 * fields precisely because `,` is the decimal mark. A cell holding the delimiter is quoted.
 */
import type { Analysis } from '../core/analyze.js';
import { tableData, type Cell, type TableData } from './columns.js';
import type { CsvStyle, RenderContext } from './context.js';
import { batched } from './output.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\ufeff';

export const PLAIN_CSV: CsvStyle = { delimiter: ',', decimalComma: false, bom: false };

const QUOTE: Record<string, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/, '\t': /["\t\r\n]/, '|': /["|\r\n]/ };

export function csvCell(value: Cell, style: CsvStyle = PLAIN_CSV): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return style.decimalComma ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return (QUOTE[style.delimiter] ?? QUOTE[',']!).test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(analysis: Analysis, ctx: RenderContext): Iterable<string> {
  return batched(csvLines(tableData(analysis.report, analysis.index, ctx.table), ctx.csv ?? PLAIN_CSV));
}

function* csvLines({ columns, rows }: TableData, style: CsvStyle): Generator<string> {
  const line = (cells: readonly Cell[]) => cells.map((c) => csvCell(c, style)).join(style.delimiter) + '\r\n';
  yield (style.bom ? BOM : '') + line(columns);
  for (const row of rows) yield line(row);
}
