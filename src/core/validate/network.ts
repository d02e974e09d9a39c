/**
 * The counts `orgnet validate` derives from what the readers returned, without building the
 * graph: the people and ties the report will have (SPEC §4.3 `people`, `ties`, `isolates`), the
 * time range and its periods (SPEC §4.6), and what the two files say about each other.
 */
import { periodIndex } from '../activity/periods.js';
import type { Interactions, PeopleTable } from '../input/types.js';
import type { Period } from '../options.js';
import type { CrossCheck, IdList, NetworkCheck, TimeCheck } from './types.js';

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

export function timeCheck(interactions: Interactions, column: string, period: Period): TimeCheck {
  const { ties } = interactions;
  let first = Infinity;
  let last = -Infinity;
  for (let t = 0; t < ties.size; t++) {
    // A tie without timestamps has NaN for both, which neither comparison takes.
    if (ties.first[t]! < first) first = ties.first[t]!;
    if (ties.last[t]! > last) last = ties.last[t]!;
  }
  if (first === Infinity) return { column, first: null, last: null, period, periods: 0 };
  const periods = periodIndex(period, last) - periodIndex(period, first) + 1;
  return { column, first: new Date(first).toISOString(), last: new Date(last).toISOString(), period, periods };
}

/** Before 1980-01-01: numbers read as unix time that were most likely a clock counting from the recording's start. */
const EARLY = Date.UTC(1980, 0, 1);

export function relativeClockNote(time: TimeCheck, file: string): string | null {
  if (time.last === null || Date.parse(time.last) >= EARLY) return null;
  return `${file}: every timestamp falls before 1980 (${time.first} to ${time.last}): numbers are read as unix seconds (milliseconds above 1e11); if they count from the start of a recording, dates and periods are relative only`;
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
