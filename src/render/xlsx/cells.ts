/**
 * One report value → one spreadsheet cell: the value exceljs writes, the style it carries and
 * how wide it shows. Numbers stay numbers, `null` (and the empty string) is an empty cell,
 * ISO dates become real dates, and text is always a string cell with the Text format: exceljs
 * never reads a string as a formula, so a name like `=HYPERLINK("http://x")` stays a name.
 */
import type { Style } from 'exceljs';
import { UsageError } from '../../core/base/errors.js';
import type { Lang } from '../i18n/numbers.js';
import { CENTRALITY_DECIMALS, INDEX_DECIMALS } from '../i18n/numbers.js';
import type { Kind } from './fields.js';

export type XlsxValue = string | number | boolean | Date | null;

/** Excel refuses longer text in a cell (its specification limit), and would cut it on opening. */
const MAX_CELL_TEXT = 32_767;

const NUMBER_FORMATS: Record<Kind, string> = {
  text: '@',
  integer: '#,##0',
  amount: '#,##0.###',
  share: '0.0%',
  // The decimals every other view writes these kinds with (../i18n/numbers.ts).
  centrality: `0.${'0'.repeat(CENTRALITY_DECIMALS)}`,
  index: `0.${'0'.repeat(INDEX_DECIMALS)}`,
  // "< 0.001" below a thousandth, as every other view writes a p-value, while the cell keeps the value.
  p: '[<0.001]"< 0.001";0.000',
  decimal: '0.00',
  trend: '+0%;-0%;0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  boolean: 'General',
};

/**
 * One shared style object per kind: exceljs remembers a style by object identity, so a
 * million cells cost one lookup each instead of one style comparison each.
 */
const STYLES = Object.fromEntries(
  Object.entries(NUMBER_FORMATS).map(([kind, numFmt]) => [kind, Object.freeze({ numFmt }) as Partial<Style>]),
) as Record<Kind, Partial<Style>>;

/** A whole amount shown without the trailing decimal point '#,##0.###' would leave. */
const WHOLE_AMOUNT: Partial<Style> = STYLES.integer;

const HEADER: Partial<Style> = {
  numFmt: '@',
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF9AA8B8' } } },
};
export const HEADER_STYLE: Partial<Style> = Object.freeze(HEADER);
/** Over a column of numbers or dates, which a spreadsheet aligns right, the header is aligned right too. */
export const NUMBER_HEADER_STYLE: Partial<Style> = Object.freeze({ ...HEADER, alignment: { horizontal: 'right' as const } });

export const headerStyle = (kind: Kind): Partial<Style> => (kind === 'text' ? HEADER_STYLE : NUMBER_HEADER_STYLE);

export const TITLE_STYLE: Partial<Style> = Object.freeze({ numFmt: '@', font: { bold: true, size: 13 } });

export function styleOf(kind: Kind, value: XlsxValue): Partial<Style> {
  if (kind === 'amount' && typeof value === 'number' && Number.isInteger(value)) return WHOLE_AMOUNT;
  if (typeof value === 'string') return STYLES.text;
  return STYLES[kind];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The cell value for a report value of a given kind. A date kind turns an ISO-8601 text or
 * epoch milliseconds into a Date (spreadsheets keep no time zone: the report's times are UTC,
 * and so are the cells). A number that is not finite cannot reach here from a valid Report,
 * but would be an empty cell rather than a broken file.
 */
export function cellValue(value: unknown, kind: Kind): XlsxValue {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'date' || kind === 'datetime') {
    if (typeof value === 'number' && Number.isFinite(value)) return new Date(value);
    if (typeof value === 'string' && ISO_DATE.test(value)) {
      const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
      if (!Number.isNaN(date.getTime())) return date;
    }
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  return cellText(String(value));
}

/*
 * Characters XML 1.0 cannot carry, and the carriage return (an XML reader turns it into a
 * line feed), are written as the OOXML escape `_xHHHH_` that Excel, LibreOffice, SheetJS and
 * exceljs's reader turn back into the character; exceljs's writer would drop them silently,
 * and two names differing only there would merge. DEL is valid XML, but exceljs drops it too. A literal `_xHHHH_` in a
 * name is itself escaped (`_x005F_` is the underscore) so that a reader does not decode it.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what is matched
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\u007f\ufffe\uffff]/g;
const hex4 = (c: string): string => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

export function cellText(text: string): string {
  if (text.length > MAX_CELL_TEXT) {
    const start = JSON.stringify(text.slice(0, 40));
    throw new UsageError(
      `a text of ${text.length} characters (${start}…) does not fit in a spreadsheet cell (at most ${MAX_CELL_TEXT}); use --format csv or json for this data`,
    );
  }
  return text.replace(NEEDS_ESCAPE, hex4);
}

/** Columns never narrower than this, nor wider: a long name wraps the view, not the sheet. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** East Asian wide characters take two columns of a spreadsheet's default font. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, line.length + (line.match(WIDE)?.length ?? 0));
  return widest;
}

const grouped = (n: number): number => {
  const digits = String(Math.trunc(Math.abs(n))).length;
  return digits + Math.floor((digits - 1) / 3) + (n < 0 ? 1 : 0);
};

/** About how many characters a value shows in its format (Excel's width unit is one digit). */
export function shownWidth(value: XlsxValue, kind: Kind, lang: Lang): number {
  if (value === null) return 0;
  if (typeof value === 'string') return textWidth(value);
  if (typeof value === 'boolean') return lang === 'es' ? 9 : 5; // VERDADERO / FALSE
  if (value instanceof Date) return kind === 'datetime' ? 19 : 10;
  switch (kind) {
    case 'share':
      return (value * 100).toFixed(1).length + 1;
    case 'trend':
      return String(Math.round(value * 100)).length + 2;
    case 'centrality':
      return value.toFixed(CENTRALITY_DECIMALS).length;
    case 'index':
      return value.toFixed(INDEX_DECIMALS).length;
    case 'p':
      return value.toFixed(3).length;
    case 'decimal':
      return value.toFixed(2).length;
    default:
      return grouped(value) + (Number.isInteger(value) ? 0 : 4);
  }
}

/**
 * A column's width from its header (bold, with room for the filter button) and its widest
 * value. Excel stores a width of n characters as n + 0.71 (the cell padding); exceljs also
 * leaves out a column of width exactly 9, its default, which Excel then shows at 8.43.
 */
export function columnWidth(header: string, widest: number, filterButton = true): number {
  const head = Math.ceil(textWidth(header) * 1.1) + (filterButton ? 3 : 1);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, head, widest + 2)) + 0.71;
}
