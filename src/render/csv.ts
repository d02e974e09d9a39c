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
import type { GraphIndex } from '../core/graph/csr.js';
import { isoTime } from '../core/iso-time.js';
import { TIE_COLUMNS, tableData, type Cell, type TableData } from './columns.js';
import type { CsvStyle, RenderContext } from './context.js';
import { batched, CHUNK_CHARS } from './output.js';

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
  const style = ctx.csv ?? PLAIN_CSV;
  if (ctx.table === 'ties') return tieChunks(analysis.index, style);
  return batched(csvLines(tableData(analysis.report, analysis.index, ctx.table), style));
}

function* csvLines({ columns, rows }: TableData, style: CsvStyle): Generator<string> {
  const line = (cells: readonly Cell[]) => cells.map((c) => csvCell(c, style)).join(style.delimiter) + '\r\n';
  yield (style.bom ? BOM : '') + line(columns);
  for (const row of rows) yield line(row);
}

/**
 * The ties table, the same cells as csvLines would write from tieRecords, made directly: a
 * table of a million ties is the ingest benchmark's whole output, and there a cell array and a
 * quoting test per value were most of the writing. Each id is escaped once, not once per tie;
 * a time written from 1970 to 9999 starts with a digit and holds no delimiter or quote, so it
 * needs no test (other years go through csvCell: they start with - or +). The lines are added
 * to the chunk here rather than passed up through eachTie's and batched's generators: three
 * generator steps a tie were a third of the time of writing it.
 */
function* tieChunks(index: GraphIndex, style: CsvStyle): Generator<string> {
  const { ids, out, tieRows, tieFirst, tieLast, undirected } = index;
  const { offsets, index: targets, weight } = out;
  const d = style.delimiter;
  const cells = ids.map((id) => csvCell(id, style));
  const number = (v: number) => csvCell(v, style);
  const time = (ms: number) => {
    if (Number.isNaN(ms)) return '';
    const text = isoTime(ms);
    return text.charCodeAt(0) <= 0x39 && text.charCodeAt(0) >= 0x30 ? text : csvCell(text, style);
  };
  let chunk = (style.bom ? BOM : '') + TIE_COLUMNS.map((c) => csvCell(c, style)).join(d) + '\r\n';
  // eachTie's order: by source, then target; an undirected tie once, from its lower end.
  for (let i = 0; i < index.n; i++) {
    const source = cells[i]! + d;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const j = targets[p]!;
      if (undirected && j < i) continue;
      chunk += `${source}${cells[j]!}${d}${number(weight[p]!)}${d}${number(tieRows[p]!)}${d}${time(tieFirst[p]!)}${d}${time(tieLast[p]!)}\r\n`;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}
