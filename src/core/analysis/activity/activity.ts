/**
 * Activity frequency over time (docs/metrics.md#activity, docs/metrics.md#organization `activeShare`):
 * turns a filled Timeline into the report's `activity` section, each person's `activity`,
 * and the organization's share of people who are not dormant.
 *
 *   activeShare        = │{people with an interaction whose status is not dormant}│
 *                        / │{people with an interaction}│; null without such people or timestamps
 *   section.trend      = trend (trend.ts) of the series' interactions over the complete periods
 *
 * Partial periods (series.ts) are in the series and in each person's `interactions`, but trends,
 * active periods, rates and statuses use the complete periods only: an export cut in the middle
 * of a month makes nobody fading or dormant. People with no interaction in the window are
 * `absent` — listed in the people file, never seen — and count in no share.
 * Without a timestamp column only `interactions` (in + out strength) is known; every other
 * field is null, the series is empty and `periods` is 0.
 */
import type { Period } from '../../model/options.js';
import type { ActivitySection, PersonActivity } from '../../model/report.js';
import { absentPerson, personActivity } from './person.js';
import { buildSeries, observedPeriods, type ActivityWindow } from './series.js';
import type { Timeline } from './timeline.js';
import { trendOf } from './trend.js';


export interface ActivityInput {
  /** Person index → id, as interned by ingest (`Interactions.ids`); the timeline's indexes point here. */
  ids: readonly string[];
  /** The people to report, isolates included; defaults to `ids`. */
  people?: readonly string[];
  /** The `--since`/`--until` window the rows were filtered by; periods then follow it. */
  window?: ActivityWindow;
  /** Ties without direction: the series has no reciprocity. */
  undirected?: boolean;
}

export interface ActivityResult {
  section: ActivitySection;
  byId: Map<string, PersonActivity>;
  activeShare: number | null;
}

export function computeActivity(timeline: Timeline, input: ActivityInput): ActivityResult {
  const observed = observedPeriods(timeline, input.window);
  const series = buildSeries(timeline, observed, input.undirected === true);
  const { range, complete } = observed;
  const org = trendOf(complete.count, (from, to) => {
    let sum = 0;
    for (let offset = from; offset <= to; offset++) sum += series[complete.start - range.start + offset]?.interactions ?? 0;
    return sum;
  });
  const byIndex = new Map<string, number>();
  input.ids.forEach((id, i) => byIndex.set(id, i));
  const byId = new Map<string, PersonActivity>();
  for (const id of input.people ?? input.ids) {
    const person = byIndex.get(id);
    byId.set(id, person === undefined ? absentPerson() : personActivity(timeline, person, observed));
  }
  return {
    section: { period: timeline.period, periods: range.count, trend: org.trend, series },
    byId,
    activeShare: activeShare(byId),
  };
}

function activeShare(byId: ReadonlyMap<string, PersonActivity>): number | null {
  let seen = 0;
  let active = 0;
  for (const activity of byId.values()) {
    if (activity.status === 'absent' || activity.status === null) continue;
    seen++;
    if (activity.status !== 'dormant') active++;
  }
  return seen === 0 ? null : active / seen;
}

/** `interactions[i]` is what `people[i]` did: in + out strength, or events attended. */
export function activityWithoutTimestamps(
  period: Period,
  people: readonly string[],
  interactions: readonly number[],
): ActivityResult {
  const byId = new Map<string, PersonActivity>();
  people.forEach((id, i) => {
    byId.set(id, {
      interactions: interactions[i] ?? 0,
      activePeriods: null,
      activityRate: null,
      firstSeen: null,
      lastSeen: null,
      trend: null,
      status: null,
    });
  });
  return { section: { period, periods: 0, trend: null, series: [] }, byId, activeShare: null };
}
