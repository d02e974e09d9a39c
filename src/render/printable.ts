/**
 * Names as the terminal should show them. Ids, groups and file names come from the user's
 * CSV: an escape character in one could recolour, move the cursor or retitle the terminal
 * that prints the report, and a newline would break the table's rows. Control characters
 * (C0, DEL, C1) are shown as visible escapes instead: `\n`, `\t`, `\r`, else `\xHH`.
 */
import type { Report } from '../core/report/types.js';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function printableValue(value: unknown): unknown {
  if (typeof value === 'string') return printable(value);
  if (Array.isArray(value)) return value.map(printableValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [printable(k), printableValue(v)]));
  }
  return value;
}

/** A copy of the report with every string (and object key, such as group names) printable. */
export function printableReport(report: Report): Report {
  return printableValue(report) as Report;
}
