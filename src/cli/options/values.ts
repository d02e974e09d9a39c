/**
 * Flag text → value, for the `parse` of the option tables: each refuses what it cannot read with
 * a one-line UsageError that names the flag and says what it expects.
 */
import { UsageError } from '../../core/base/errors.js';
import { compileFormat, TimeFormatError } from '../../core/ingest/csv/time-reader.js';
import { parseTimestamp } from '../../core/ingest/csv/values.js';
import { ENCODINGS, type Encoding, type Period, type Span, type WindowSpec } from '../../core/model/options.js';
import { checkWindowSpec } from '../../core/analysis/windows/layout.js';
import { own } from '../../core/base/own.js';

/** A number `check` accepts, or a UsageError `--flag text: expected what`. */
export const number =
  (flag: string, check: (n: number) => boolean, what: string) =>
  (text: string): number => {
    const n = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${flag} ${text}: expected ${what}`);
    return n;
  };

export const wholeFrom = (flag: string, min: number) => number(flag, (n) => Number.isInteger(n) && n >= min, `a whole number ≥ ${min}`);

export const date =
  (flag: string) =>
  (text: string): number => {
    const t = parseTimestamp(text);
    if (t === null) throw new UsageError(`--${flag} ${text}: expected an ISO-8601 date (2026-01-31) or unix time`);
    return t;
  };

/** Comma-separated names, blanks dropped. */
export function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', '|': '|', tab: '\t', '\\t': '\t', '\t': '\t', comma: ',', semicolon: ';', pipe: '|' };

/** `--delimiter` (and `--output-delimiter`) text → the character. */
export const delimiter =
  (flag: string) =>
  (text: string): string => {
    const d = own(DELIMITERS, text.toLowerCase());
    if (!d) throw new UsageError(`--${flag} ${JSON.stringify(text)}: expected "," ";" "tab" or "|"`);
    return d;
  };

/** The names people write for each encoding, lower case. */
const ENCODING_NAMES: Record<string, Encoding> = {
  utf8: 'utf8', 'utf-8': 'utf8',
  utf16le: 'utf16le', 'utf-16le': 'utf16le', 'utf-16-le': 'utf16le',
  utf16be: 'utf16be', 'utf-16be': 'utf16be', 'utf-16-be': 'utf16be',
  latin1: 'latin1', 'latin-1': 'latin1', 'iso-8859-1': 'latin1', iso88591: 'latin1',
  'windows-1252': 'windows-1252', windows1252: 'windows-1252', cp1252: 'windows-1252', ansi: 'windows-1252',
};

export const encoding =
  (flag: string) =>
  (text: string): Encoding => {
    const found = own(ENCODING_NAMES, text.trim().toLowerCase());
    if (!found) throw new UsageError(`--${flag} ${JSON.stringify(text)}: expected one of ${ENCODINGS.join(', ')}`);
    return found;
  };

/** A size in characters: a whole number, or with a K or M suffix (×1024, ×1024²). */
export const size =
  (flag: string) =>
  (text: string): number => {
    const match = /^\s*(\d+)\s*([kKmM]?)[bB]?\s*$/.exec(text);
    const n = match ? Number(match[1]) * (match[2] === '' ? 1 : /k/i.test(match[2]!) ? 1024 : 1 << 20) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${flag} ${text}: expected a size such as 1048576, 512K or 4M`);
    return n;
  };

/** The separator of names in a target cell, as typed; `tab` (or `\t`) for a tab. */
export function separator(text: string): string {
  if (text === 'tab' || text === '\\t') return '\t';
  if (text === '') throw new UsageError('--split-targets "": expected the separator of the names in a target cell, such as ";"');
  return text;
}

/** `--time-format`, checked before anything is read. */
export function timeFormat(text: string): string {
  try {
    compileFormat(text);
  } catch (error) {
    if (error instanceof TimeFormatError) throw new UsageError(`--time-format ${JSON.stringify(text)}: ${error.message}`);
    throw error;
  }
  return text;
}

/** `--windows SPAN[:STEP]`: `month`, `quarter`, `3month:month`, `2week` (STEP defaults to SPAN). */
export function windows(text: string): WindowSpec {
  const parts = text.trim().toLowerCase().split(':');
  const spans = parts.map(spanOf);
  if (parts.length > 2 || spans.some((s) => s === null)) {
    throw new UsageError(`--windows ${text}: expected SPAN[:STEP], each a unit (day, week, month, quarter) with an optional count before it: month, quarter, 3month:month, 2week`);
  }
  return checkWindowSpec({ span: spans[0]!, step: spans[1] ?? spans[0]! });
}

function spanOf(text: string): Span | null {
  const match = /^(\d*)\s*(day|week|month|quarter)s?$/.exec(text.trim());
  if (match === null) return null;
  const count = match[1] === '' ? 1 : Number(match[1]);
  return Number.isSafeInteger(count) && count >= 1 && count <= 1000 ? { count, unit: match[2] as Period } : null;
}
