/**
 * Trend and status of an activity series (docs/metrics.md#activity).
 *
 *   k      = min(3, ⌊periods / 2⌋)
 *   trend  = (last k − previous k) / previous k, summing the series' interactions over the last k
 *            periods and over the k periods before them
 *   status = absent   when there is no interaction at all
 *            dormant  when there is none in the last k periods, nor after them (`recent`: rows
 *                     in a period an export cut short, after the complete ones)
 *            fading   when trend ≤ −0.5
 *            growing  when trend ≥ 0.5
 *            steady   otherwise
 *
 * Undefined: trend is null when k = 0 (fewer than two periods: nothing to compare) or when
 * previous k sums to 0 (no baseline). A null trend is neither fading nor growing, so someone
 * active only in the last k periods is `steady`, and so is anyone active over a single period.
 * Weights are interaction counts (strengths), summed. No networkx counterpart.
 */
import type { ActivityStatus } from '../../model/report.js';

const TREND_DEFAULTS = { maxWindow: 3, fading: -0.5, growing: 0.5 } as const;

export interface TrendResult {
  k: number;
  last: number;
  previous: number;
  trend: number | null;
}

/** `sum(from, to)` adds the interactions of period offsets from..to (inclusive, 0 = first period). */
export function trendOf(periods: number, sum: (from: number, to: number) => number): TrendResult {
  const k = Math.min(TREND_DEFAULTS.maxWindow, Math.floor(periods / 2));
  if (k === 0) return { k, last: 0, previous: 0, trend: null };
  const last = sum(periods - k, periods - 1);
  const previous = sum(periods - 2 * k, periods - k - 1);
  return { k, last, previous, trend: previous > 0 ? (last - previous) / previous : null };
}

export function activityStatus(interactions: number, t: TrendResult, recent = false): ActivityStatus {
  if (interactions <= 0) return 'absent';
  if (t.k > 0 && t.last <= 0 && !recent) return 'dormant';
  if (t.trend === null) return 'steady';
  if (t.trend <= TREND_DEFAULTS.fading) return 'fading';
  if (t.trend >= TREND_DEFAULTS.growing) return 'growing';
  return 'steady';
}
