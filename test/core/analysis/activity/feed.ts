/** Feeds hand-written rows to a timeline the way ingest does: ids and ties interned in order of appearance. */
import { createTimeline, type Timeline } from '../../../../src/core/analysis/activity/timeline.js';
import type { Period } from '../../../../src/core/model/options.js';

/** source, target, weight, ISO time (or epoch ms). */
export type Row = readonly [string, string, number, string | number];

export interface Fed {
  timeline: Timeline;
  ids: string[];
}

export function feed(period: Period, rows: readonly Row[]): Fed {
  const timeline = createTimeline(period);
  const ids: string[] = [];
  const person = new Map<string, number>();
  const ties = new Map<string, number>();
  const intern = (id: string): number => {
    let index = person.get(id);
    if (index === undefined) person.set(id, (index = ids.push(id) - 1));
    return index;
  };
  for (const [source, target, weight, time] of rows) {
    const s = intern(source);
    const t = intern(target);
    let tie = ties.get(`${s},${t}`);
    if (tie === undefined) ties.set(`${s},${t}`, (tie = ties.size));
    timeline.add(s, t, tie, weight, typeof time === 'number' ? time : Date.parse(time));
  }
  return { timeline, ids };
}
