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
import type { Analysis } from '../core/analysis/analyze.js';
import type { GraphIndex } from '../core/graph/csr.js';
import { isoDuration, isoTime, writeIsoTime } from '../core/base/iso-time.js';
import { TIE_COLUMNS, tableData, type Cell, type TableData } from './columns.js';
import type { CsvStyle, RenderContext } from './context.js';
import { batched, CHUNK_CHARS, type Chunk } from './output.js';

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

export function renderCsv(analysis: Analysis, ctx: RenderContext): Iterable<Chunk> {
  const style = ctx.csv ?? PLAIN_CSV;
  if (ctx.table === 'ties') return tieChunks(analysis.index, style, analysis.report.meta.input.clock === 'relative');
  return batched(csvLines(tableData(analysis.report, analysis.index, ctx.table), style));
}

function* csvLines({ columns, rows }: TableData, style: CsvStyle): Generator<string> {
  const line = (cells: readonly Cell[]) => cells.map((c) => csvCell(c, style)).join(style.delimiter) + '\r\n';
  yield (style.bom ? BOM : '') + line(columns);
  for (const row of rows) yield line(row);
}

/**
 * The ties table, the same cells as csvLines would write from tieRecords, made directly as
 * UTF-8 bytes: a table of a million ties is the ingest benchmark's whole output, and there a
 * cell array and a quoting test per value, and then a string per line to be concatenated,
 * collected and encoded again, were most of the writing. Each id is escaped and encoded once,
 * not once per tie; an integer count or weight is written digit by digit, any other number as
 * String() writes it; a time from 1970 to 9999 (writeIsoTime) starts with a digit and holds no
 * delimiter or quote, so it needs no test (other years go through csvCell: they start with - or +).
 * A line is never cut between two chunks, so each chunk is valid UTF-8 on its own.
 */
function* tieChunks(index: GraphIndex, style: CsvStyle, relative: boolean): Generator<Chunk> {
  const { ids, out, tieRows, tieFirst, tieLast, undirected } = index;
  const { offsets, index: targets, weight } = out;
  const d = style.delimiter.charCodeAt(0);
  const cells = ids.map((id) => Buffer.from(csvCell(id, style), 'utf8'));
  yield (style.bom ? BOM : '') + TIE_COLUMNS.map((c) => csvCell(c, style)).join(style.delimiter) + '\r\n';
  let bytes = Buffer.allocUnsafe(CHUNK_BYTES);
  let at = 0;
  // eachTie's order: by source, then target; an undirected tie once, from its lower end.
  for (let i = 0; i < index.n; i++) {
    const source = cells[i]!;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const j = targets[p]!;
      if (undirected && j < i) continue;
      const target = cells[j]!;
      const longest = source.length + target.length + 4 * MAX_CELL_BYTES + 7;
      if (at + longest > bytes.length) {
        if (at > 0) yield bytes.subarray(0, at);
        bytes = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, longest));
        at = 0;
      }
      at = put(bytes, at, source);
      bytes[at++] = d;
      at = put(bytes, at, target);
      bytes[at++] = d;
      at = putNumber(bytes, at, weight[p]!, style);
      bytes[at++] = d;
      at = putNumber(bytes, at, tieRows[p]!, style);
      bytes[at++] = d;
      at = putTime(bytes, at, tieFirst[p]!, style, relative);
      bytes[at++] = d;
      at = putTime(bytes, at, tieLast[p]!, style, relative);
      bytes[at++] = 0x0d;
      bytes[at++] = 0x0a;
    }
  }
  if (at > 0) yield bytes.subarray(0, at);
}

/** A chunk of the ties table: the size of a chunk of text. */
const CHUNK_BYTES = CHUNK_CHARS;
/** Room for any number (String() of a double is at most 25 characters) or time cell. */
const MAX_CELL_BYTES = 32;

function put(bytes: Buffer, at: number, cell: Buffer): number {
  // A short id is copied faster byte by byte than by a call into the runtime.
  if (cell.length > 32) return at + cell.copy(bytes, at);
  for (let k = 0; k < cell.length; k++) bytes[at + k] = cell[k]!;
  return at + cell.length;
}

/** csvCell's text of a number, as ASCII. */
function putNumber(bytes: Buffer, at: number, value: number, style: CsvStyle): number {
  if (value >= 0 && value < 1e15 && Number.isInteger(value)) {
    let end = at;
    for (let v = value; ; ) {
      end++;
      v = Math.floor(v / 10);
      if (v === 0) break;
    }
    for (let k = end - 1, v = value; k >= at; k--) {
      const q = Math.floor(v / 10);
      bytes[k] = 0x30 + v - q * 10;
      v = q;
    }
    return end;
  }
  return at + bytes.write(csvCell(value, style), at, 'latin1');
}

/** A relative clock's times are durations (docs/input.md#interactions-required---reads-standard-input), a few ASCII characters. */
function putTime(bytes: Buffer, at: number, ms: number, style: CsvStyle, relative: boolean): number {
  if (Number.isNaN(ms)) return at;
  if (relative) return at + bytes.write(csvCell(isoDuration(ms), style), at, 'latin1');
  const end = writeIsoTime(bytes, at, ms);
  return end >= 0 ? end : at + bytes.write(csvCell(isoTime(ms), style), at, 'latin1');
}
