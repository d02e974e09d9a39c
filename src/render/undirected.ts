/**
 * Whether the report describes undirected data (SPEC §2.4: `--undirected`, `--events`), where
 * reciprocity has no meaning. Read defensively from `meta.options`, which the input modes set:
 * a report without those options is directed.
 */
import type { Report } from '../core/model/report.js';

/** Shown instead of every reciprocity figure for undirected data (SPEC §2.4), in every view. */
export const NO_RECIPROCITY = 'undirected data: reciprocity does not apply';

export function undirectedReport(report: Report): boolean {
  const options = report.meta.options as Record<string, unknown>;
  return options.undirected === true || Boolean(options.events);
}
