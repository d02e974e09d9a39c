/**
 * Periods an export cut short (docs/metrics.md#activity `coverage` < 1), said in words: their interactions are
 * shown, but trends and statuses are judged on the complete periods only, and a reader looking at
 * a low last bar should know why it is low. One sentence for the terminal and Markdown views; the
 * page words it in its language (render/i18n).
 */
import type { PeriodRow } from '../core/model/report.js';
import { reportEn } from './i18n/report-en.js';

const words = reportEn.partialPeriods;

/** The partial periods, first and last, with their covered share. */
function partialPeriods(series: readonly PeriodRow[]): PeriodRow[] {
  return series.filter((s) => s.coverage !== undefined && s.coverage < 1);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function partialNote(series: readonly PeriodRow[]): string | null {
  const partial = partialPeriods(series);
  if (partial.length === 0) return null;
  const list = partial.map((s) => words.period(s.period, percent(s.coverage))).join(words.and);
  const verb = words.verb(partial.length);
  // With no complete period nobody can be judged, so everyone reads "steady" and the active share
  // 100 %: say so, or the reader takes it for a finding.
  if (partial.length === series.length) {
    return words.noneComplete(list, verb);
  }
  return words.some(list, verb);
}
