/**
 * The counts `orgnet validate` derives from what the readers returned, without building the
 * graph: the people and ties the report will have (docs/metrics.md#organization `people`, `ties`, `isolates`), the
 * time range and its periods (docs/metrics.md#activity), and what the two files say about each other.
 */
import { MS_PER_DAY } from '../analysis/activity/calendar.js';
import { periodIndex, periodLabel, periodStartMs } from '../analysis/activity/periods.js';
import { timeText } from '../base/iso-time.js';
import type { Interactions, PeopleTable } from '../model/ingest.js';
import type { Period } from '../model/options.js';
import type { CrossCheck, IdList, NetworkCheck, TimeCheck } from '../model/validation.js';

export function networkCheck(interactions: Interactions, people: PeopleTable | null, minTieWeight: number): NetworkCheck {
  const { ties, ids } = interactions;
  const tied = new Uint8Array(ids.length);
  let kept = 0;
  for (let t = 0; t < ties.size; t++) {
    if (ties.weight[t]! < minTieWeight) continue;
    kept++;
    tied[ties.source[t]!] = 1;
    tied[ties.target[t]!] = 1;
  }
  let isolates = tied.length - tied.reduce((sum, v) => sum + v, 0);
  let total = ids.length;
  if (people !== null) {
    const named = new Set(ids);
    for (const id of people.ids) {
      if (named.has(id)) continue;
      total++;
      isolates++;
    }
  }
  return { people: total, ties: kept, tiesDropped: ties.size - kept, isolates };
}

/**
 * The time range of the rows used and its periods, as the report's activity will count them
 * (analysis/activity/series.ts): on the file's clock, with the periods the observed window covers only in
 * part — from `--since` (else the first timestamp's day) to `--until` (else the end of the last one's).
 */
export function timeCheck(interactions: Interactions, column: string, period: Period, window: { since: number | null; until: number | null }): TimeCheck {
  const { ties } = interactions;
  const clock = interactions.meta.clock ?? 'calendar';
  const dateOrder = interactions.meta.dateOrder ?? null;
  let first = Infinity;
  let last = -Infinity;
  for (let t = 0; t < ties.size; t++) {
    // A tie without timestamps has NaN for both, which neither comparison takes.
    if (ties.first[t]! < first) first = ties.first[t]!;
    if (ties.last[t]! > last) last = ties.last[t]!;
  }
  if (first === Infinity) return { column, first: null, last: null, period, periods: 0, clock, dateOrder, partial: [] };
  const from = window.since ?? Math.floor(first / MS_PER_DAY) * MS_PER_DAY;
  const to = window.until ?? (Math.floor(last / MS_PER_DAY) + 1) * MS_PER_DAY;
  const start = periodIndex(period, from, clock);
  const end = periodIndex(period, to - 1, clock);
  const partial: TimeCheck['partial'] = [];
  for (const p of new Set([start, end])) {
    const s = periodStartMs(period, p, clock);
    const e = periodStartMs(period, p + 1, clock);
    const coverage = Math.max(0, Math.min(to, e) - Math.max(from, s)) / (e - s);
    if (coverage < 1) partial.push({ period: periodLabel(period, p, clock), coverage });
  }
  return { column, first: timeText(first, clock), last: timeText(last, clock), period, periods: end - start + 1, clock, dateOrder, partial };
}

export function crossCheck(interactions: Interactions, people: PeopleTable, limit: number): CrossCheck {
  const listed = new Set(people.ids);
  const named = new Set(interactions.ids);
  return {
    unknownIds: idList(interactions.ids, (id) => !listed.has(id), limit),
    withoutInteractions: idList(people.ids, (id) => !named.has(id), limit),
  };
}

function idList(ids: readonly string[], keep: (id: string) => boolean, limit: number): IdList {
  const out: IdList = { count: 0, first: [] };
  for (const id of ids) {
    if (!keep(id)) continue;
    out.count++;
    if (out.first.length < limit) out.first.push(id);
  }
  return out;
}
