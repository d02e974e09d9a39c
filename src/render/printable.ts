/**
 * Names as the terminal should show them: every string of a report with its control characters
 * shown as visible escapes (src/core/base/printable.ts says why).
 */
import { printable } from '../core/base/printable.js';
import type { Report } from '../core/model/report.js';

export { printable };

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
