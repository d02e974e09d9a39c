/**
 * Reads a workbook back with two independent readers — exceljs (the library that wrote it)
 * and SheetJS (`xlsx`) — into one plain shape, so a test compares what a spreadsheet shows:
 * per sheet, rows of typed cells. A date cell is a number with a date format in the file; both
 * readers' dates are turned into epoch milliseconds (UTC), the way the report holds times.
 */
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';

export type ReadCell =
  | { t: 'empty' }
  | { t: 's'; v: string }
  | { t: 'n'; v: number; format: string }
  | { t: 'b'; v: boolean }
  | { t: 'd'; v: number; format: string };

export interface ReadBook {
  sheets: string[];
  grid: Map<string, ReadCell[][]>;
}

const EMPTY: ReadCell = { t: 'empty' };
const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial day
const DAY_MS = 86_400_000;

const isDateFormat = (format: string | undefined): boolean => format !== undefined && /y{2,4}/.test(format);

/** Trailing empty cells do not exist in a sheet: drop them so both readers agree. */
function trim(row: ReadCell[]): ReadCell[] {
  let end = row.length;
  while (end > 0 && row[end - 1]!.t === 'empty') end--;
  return row.slice(0, end);
}

export function readWithSheetJs(bytes: Buffer): ReadBook {
  const book = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellNF: true, cellText: false });
  const grid = new Map<string, ReadCell[][]>();
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name]!;
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1:A1');
    const rows: ReadCell[][] = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row: ReadCell[] = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        row.push(sheetJsCell(cell));
      }
      rows.push(trim(row));
    }
    grid.set(name, rows);
  }
  return { sheets: book.SheetNames, grid };
}

function sheetJsCell(cell: XLSX.CellObject | undefined): ReadCell {
  if (!cell || cell.t === 'z' || cell.v === undefined) return EMPTY;
  if (cell.f !== undefined) throw new Error(`unexpected formula ${cell.f}`);
  if (cell.t === 's') return { t: 's', v: String(cell.v) };
  if (cell.t === 'b') return { t: 'b', v: cell.v as boolean };
  if (cell.t === 'n') {
    const format = String(cell.z ?? 'General');
    const v = cell.v as number;
    return isDateFormat(format) ? { t: 'd', v: Math.round((v - EXCEL_EPOCH_DAYS) * DAY_MS), format } : { t: 'n', v, format };
  }
  throw new Error(`unexpected cell type ${cell.t}`);
}

export async function readWithExcelJs(bytes: Buffer): Promise<ReadBook & { book: ExcelJS.Workbook }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const grid = new Map<string, ReadCell[][]>();
  const sheets: string[] = [];
  book.eachSheet((sheet) => {
    sheets.push(sheet.name);
    const rows: ReadCell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: ReadCell[] = [];
      const excelRow = sheet.getRow(r);
      for (let c = 1; c <= excelRow.cellCount; c++) row.push(excelJsCell(excelRow.getCell(c)));
      rows.push(trim(row));
    }
    grid.set(sheet.name, rows);
  });
  return { sheets, grid, book };
}

function excelJsCell(cell: ExcelJS.Cell): ReadCell {
  const { value } = cell;
  const format = cell.numFmt ?? 'General';
  if (value === null || value === undefined) return EMPTY;
  if (value instanceof Date) return { t: 'd', v: value.getTime(), format };
  if (typeof value === 'string') return { t: 's', v: value };
  if (typeof value === 'number') return { t: 'n', v: value, format };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  throw new Error(`unexpected cell value ${JSON.stringify(value)} (type ${cell.type})`);
}
