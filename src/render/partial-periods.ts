/**
 * Periods an export cut short (docs/metrics.md#activity `coverage` < 1), said in words: their interactions are
 * shown, but trends and statuses are judged on the complete periods only, and a reader looking at
 * a low last bar should know why it is low. One sentence for the terminal and Markdown views; the
 * page words it in its language (render/i18n).
 */
import type { PeriodRow } from '../core/model/report.js';

/** The partial periods, first and last, with their covered share. */
function partialPeriods(series: readonly PeriodRow[]): PeriodRow[] {
  return series.filter((s) => s.coverage !== undefined && s.coverage < 1);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function partialNote(series: readonly PeriodRow[]): string | null {
  const partial = partialPeriods(series);
  if (partial.length === 0) return null;
  const list = partial.map((s) => `${s.period} (${percent(s.coverage)} of it in the data)`).join(' and ');
  const verb = partial.length === 1 ? 'is partial' : 'are partial';
  // With no complete period nobody can be judged, so everyone reads "steady" and the active share
  // 100 %: say so, or the reader takes it for a finding.
  if (partial.length === series.length) {
    return `${list} ${verb}, and no period is complete: nobody is judged dormant, fading or growing (a shorter --period gives complete periods to compare)`;
  }
  return `${list} ${verb}: shown, but trends and statuses use the complete periods only`;
}
