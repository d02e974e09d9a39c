/**
 * Whether the report describes undirected data (docs/input.md: `--undirected`, `--events`), where
 * reciprocity has no meaning. Read defensively from `meta.options`, which the input modes set:
 * a report without those options is directed.
 */
import type { Report } from '../core/model/report.js';
import { reportEn } from './i18n/report-en.js';

/** Shown instead of every reciprocity figure for undirected data (docs/input.md), in every view. */
export const NO_RECIPROCITY = reportEn.noReciprocity;

export function undirectedReport(report: Report): boolean {
  const options = report.meta.options as Record<string, unknown>;
  return options.undirected === true || Boolean(options.events);
}
