/**
 * Writing one table as one or more worksheets through exceljs's streaming writer: header row
 * frozen and styled, autofilter over the table, column widths from the content (measured in a
 * first pass over the rows, since a streamed sheet declares its widths before its first row),
 * every cell typed and formatted. A table longer than a worksheet (1,048,576 rows) continues
 * on `Name (2)`, `Name (3)`, … with the same header, so no row is ever dropped.
 */
import type { stream, Style, Worksheet } from 'exceljs';
import type { Lang } from '../i18n/numbers.js';
import { cellValue, columnWidth, headerStyle, shownWidth, styleOf, type XlsxValue } from './cells.js';
import type { Kind } from './fields.js';
import type { Flow } from './flow.js';

type Workbook = stream.xlsx.WorkbookWriter;

/** Rows a worksheet holds (Excel's limit), header included. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Rows written between two waits for the compressor. */
const ROWS_PER_PACE = 200;
/**
 * Every row shares one (empty) row style: exceljs gives each new row its own `{}` and, not
 * having seen that object before, works its style out again, row after row.
 */
const ROW_STYLE: Partial<Style> = {};

export interface SheetColumn {
  header: string;
  kind: Kind;
}

export interface TableSheet {
  name: string;
  columns: SheetColumn[];
  /** Leading columns kept in view while scrolling right (the person's id). */
  frozenColumns?: number;
  /** The rows' values, in column order; called twice (widths, then cells), so each call starts over. */
  rows: () => Iterable<readonly unknown[]>;
}

export interface WriteContext {
  workbook: Workbook;
  flow: Flow;
  lang: Lang;
  /** Rows per worksheet, header included: Excel's limit, lower only in tests. */
  maxRows: number;
  /** `--title`: the Summary's first row; null for none. */
  title?: string | null;
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A worksheet being written, row after row, waiting for the compressor now and then. */
export class SheetWriter {
  readonly sheet: Worksheet;
  private rowNumber = 0;

  constructor(private readonly ctx: WriteContext, name: string, widths: number[], frozen: { rows: number; columns: number }) {
    const split = frozen.rows > 0 || frozen.columns > 0;
    const topLeftCell = `${columnLetters(frozen.columns + 1)}${frozen.rows + 1}`;
    this.sheet = ctx.workbook.addWorksheet(name, {
      views: [split ? { state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows, topLeftCell } : { state: 'normal' }],
    });
    this.sheet.columns = widths.map((width) => ({ width }));
  }

  get rows(): number {
    return this.rowNumber;
  }

  /** The header row: each header aligned as the values of its column. */
  async header(texts: readonly string[], kinds: readonly Kind[]): Promise<void> {
    await this.add(texts.map((t) => cellValue(t, 'text')), kinds.map(headerStyle));
  }

  async values(values: readonly XlsxValue[], kinds: readonly Kind[]): Promise<void> {
    await this.add(values, values.map((v, i) => styleOf(kinds[i] ?? 'text', v)));
  }

  async add(values: readonly XlsxValue[], styles: readonly (Partial<Style> | undefined)[]): Promise<void> {
    this.rowNumber += 1;
    const row = this.sheet.getRow(this.rowNumber);
    (row as unknown as { style: Partial<Style> }).style = ROW_STYLE;
    values.forEach((value, i) => {
      if (value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      const style = styles[i];
      if (style) cell.style = style;
    });
    row.commit();
    if (this.rowNumber % ROWS_PER_PACE === 0) await this.ctx.flow.pace(this.sheet);
  }

  filter(rows: number, columns: number): void {
    if (columns > 0) this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows, column: columns } };
  }

  /**
   * Ends the sheet. The next sheet's XML waits in its own stream until the zip has finished
   * this one; the pacing of its rows bounds that.
   */
  async commit(): Promise<void> {
    this.sheet.commit();
    await this.ctx.flow.yield();
  }
}

/** Widths from the header and the widest shown value of each column (one pass over the rows). */
function measure(table: TableSheet, lang: Lang): number[] {
  const widest = table.columns.map(() => 0);
  for (const row of table.rows()) {
    for (let i = 0; i < table.columns.length; i++) {
      const { kind } = table.columns[i]!;
      widest[i] = Math.max(widest[i]!, shownWidth(cellValue(row[i], kind), kind, lang));
    }
  }
  return table.columns.map((c, i) => columnWidth(c.header, widest[i]!));
}

/** Writes a table; returns the names of the worksheets it took. */
export async function writeTable(ctx: WriteContext, table: TableSheet): Promise<string[]> {
  const widths = measure(table, ctx.lang);
  const headers = table.columns.map((c) => c.header);
  const kinds = table.columns.map((c) => c.kind);
  const names: string[] = [];
  let sheet: SheetWriter | null = null;
  const open = async (): Promise<SheetWriter> => {
    const name = names.length === 0 ? table.name : `${table.name} (${names.length + 1})`;
    names.push(name);
    const writer = new SheetWriter(ctx, name, widths, { rows: 1, columns: table.frozenColumns ?? 0 });
    await writer.header(headers, kinds);
    return writer;
  };
  const close = async (writer: SheetWriter): Promise<void> => {
    writer.filter(writer.rows, headers.length);
    await writer.commit();
  };
  for (const row of table.rows()) {
    if (sheet === null || sheet.rows >= ctx.maxRows) {
      if (sheet) await close(sheet);
      sheet = await open();
    }
    await sheet.values(kinds.map((kind, i) => cellValue(row[i], kind)), kinds);
  }
  await close(sheet ?? (await open()));
  return names;
}
