/**
 * A person's activity over the periods of the analysis (docs/metrics.md#activity person `activity`).
 *
 *   interactions  = Σ weights of the person's rows, in or out, in every period of the window
 *   activePeriods = complete periods with at least one such row
 *   activityRate  = activePeriods / complete periods (null when no period is complete)
 *   firstSeen, lastSeen = UTC ISO dates of the person's first and last row (durations on a relative clock)
 *   trend, status as in trend.ts, over the person's per-period interactions in the complete periods
 *
 * Someone with no row in the window (listed in the people file, or seen only in filtered or
 * untimed rows) is `absent`: interactions 0, activePeriods 0, no rate, no dates, no trend — which
 * is an export's scope more often than disengagement, and counts in no group's figure.
 * Weights are interaction counts; a row counts fully for both of its ends.
 */
import type { PersonActivity } from '../../model/report.js';
import { dayText } from './calendar.js';
import { inRange, type ObservedPeriods } from './series.js';
import type { Timeline } from './timeline.js';
import { activityStatus, trendOf } from './trend.js';

export function absentPerson(): PersonActivity {
  return { interactions: 0, activePeriods: 0, activityRate: null, firstSeen: null, lastSeen: null, trend: null, status: 'absent' };
}

export function personActivity(timeline: Timeline, person: number, observed: ObservedPeriods): PersonActivity {
  const byPeriod = timeline.personPeriods[person];
  const first = timeline.personFirst[person];
  const last = timeline.personLast[person];
  if (!byPeriod || first === undefined || last === undefined) return absentPerson();
  const { range, complete } = observed;
  // Ascending period order, so the sum does not depend on the order rows arrived in.
  const active = [...byPeriod.keys()].filter((p) => inRange(range, p)).sort((a, b) => a - b);
  if (active.length === 0) return absentPerson();
  const interactions = active.reduce((sum, p) => sum + (byPeriod.get(p) ?? 0), 0);
  const t = trendOf(complete.count, (from, to) => {
    let sum = 0;
    for (let offset = from; offset <= to; offset++) sum += byPeriod.get(complete.start + offset) ?? 0;
    return sum;
  });
  const activePeriods = active.filter((p) => inRange(complete, p)).length;
  // Rows after the last complete period (an export cut mid-period): the person is active now.
  const recent = active.some((p) => p >= complete.start + complete.count);
  return {
    interactions,
    activePeriods,
    activityRate: complete.count > 0 ? activePeriods / complete.count : null,
    firstSeen: dayText(first, timeline.clock),
    lastSeen: dayText(last, timeline.clock),
    trend: t.trend,
    status: activityStatus(interactions, t, recent),
  };
}
