/** The `--windows` span and step of a report, read back from `meta.windows` (`3month`, `week`). */
import type { Period, Span, WindowSpec } from '../core/model/options.js';
import type { Report } from '../core/model/report.js';

function spanOf(text: string): Span | null {
  const match = /^(\d*)(day|week|month|quarter)$/.exec(text);
  return match === null ? null : { count: match[1] === '' ? 1 : Number(match[1]), unit: match[2] as Period };
}

export function windowSpecOf(report: Report): WindowSpec | null {
  const meta = report.meta.windows;
  const span = meta ? spanOf(meta.span) : null;
  const step = meta ? spanOf(meta.step) : null;
  return span && step ? { span, step } : null;
}
