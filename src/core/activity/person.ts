/**
 * A person's activity over the periods of the analysis (SPEC §4.6 person `activity`).
 *
 *   interactions  = Σ weights of the person's rows, in or out
 *   activePeriods = periods with at least one such row
 *   activityRate  = activePeriods / periods (null when there are no periods)
 *   firstSeen, lastSeen = UTC ISO dates of the person's first and last row
 *   trend, status as in trend.ts, over the person's per-period interactions
 *
 * Someone with no row in the range (an isolate from the people file) has interactions 0,
 * activePeriods 0, activityRate 0, no dates, no trend, and is `dormant`.
 * Weights are interaction counts; a row counts fully for both of its ends.
 */
import type { PersonActivity } from '../report/types.js';
import { isoDate } from './calendar.js';
import { inRange, type PeriodRange } from './series.js';
import type { Timeline } from './timeline.js';
import { activityStatus, trendOf } from './trend.js';

export function inactivePerson(range: PeriodRange): PersonActivity {
  return {
    interactions: 0,
    activePeriods: 0,
    activityRate: range.count > 0 ? 0 : null,
    firstSeen: null,
    lastSeen: null,
    trend: null,
    status: 'dormant',
  };
}

export function personActivity(timeline: Timeline, person: number, range: PeriodRange): PersonActivity {
  const byPeriod = timeline.personPeriods[person];
  const first = timeline.personFirst[person];
  const last = timeline.personLast[person];
  if (!byPeriod || first === undefined || last === undefined) return inactivePerson(range);
  // Ascending period order, so the sum does not depend on the order rows arrived in.
  const active = [...byPeriod.keys()].filter((p) => inRange(range, p)).sort((a, b) => a - b);
  if (active.length === 0) return inactivePerson(range);
  const interactions = active.reduce((sum, p) => sum + (byPeriod.get(p) ?? 0), 0);
  const t = trendOf(range.count, (from, to) => {
    let sum = 0;
    for (let offset = from; offset <= to; offset++) sum += byPeriod.get(range.start + offset) ?? 0;
    return sum;
  });
  return {
    interactions,
    activePeriods: active.length,
    activityRate: active.length / range.count,
    firstSeen: isoDate(first),
    lastSeen: isoDate(last),
    trend: t.trend,
    status: activityStatus(interactions, t),
  };
}
