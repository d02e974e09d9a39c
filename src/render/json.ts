/** The Report as JSON (SPEC §6). JSON.stringify already writes NaN/Infinity as null. */
import type { Analysis } from '../core/analyze.js';

export function renderJson(analysis: Analysis): string {
  return JSON.stringify(analysis.report, null, 2) + '\n';
}
