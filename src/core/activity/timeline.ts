/**
 * Activity over time, counted while the interactions are read (SPEC §4.6). Ingest calls
 * `add` once per used row that has a timestamp, in any time order; nothing per row is kept.
 * Memory grows with people × active periods plus distinct (tie, period) pairs — the latter
 * are what per-period reciprocity and "new ties" need.
 *
 * A row of weight w in period p adds w to p's interactions and w to both ends' activity in p
 * (a row is an interaction in or out for each of them), marks its tie as active in p, and
 * moves the tie's first period and each end's first/last timestamp if earlier/later.
 * A tie-making event (`--events`, SPEC §2.4) is one interaction for the period and one for each
 * of its people — events attended, not pair weights — and marks each of its pair ties active.
 */
import type { TimelineSink } from '../input/types.js';
import type { Period } from '../options.js';
import { periodIndex } from './periods.js';

export interface PeriodTally {
  /** Sum of the weights of the period's rows. */
  interactions: number;
  /** Distinct tie indexes with at least one row in the period. */
  ties: Set<number>;
}

export interface Timeline extends TimelineSink {
  readonly period: Period;
  /** Earliest and latest timestamp received (epoch ms); NaN before the first row. */
  readonly span: Readonly<{ first: number; last: number }>;
  /** Per person index: weight in or out per period index (absent when the person had no row). */
  readonly personPeriods: readonly (ReadonlyMap<number, number> | undefined)[];
  /** Per person index: earliest and latest timestamp of their rows (epoch ms). */
  readonly personFirst: readonly (number | undefined)[];
  readonly personLast: readonly (number | undefined)[];
  /** Per period index with at least one row. */
  readonly periods: ReadonlyMap<number, Readonly<PeriodTally>>;
  /** Per tie index: its source and target person indexes and the first period it was active in. */
  readonly tieSource: readonly (number | undefined)[];
  readonly tieTarget: readonly (number | undefined)[];
  readonly tieFirstPeriod: readonly (number | undefined)[];
}

export function createTimeline(period: Period): Timeline {
  const span = { first: Number.NaN, last: Number.NaN };
  const personPeriods: (Map<number, number> | undefined)[] = [];
  const personFirst: (number | undefined)[] = [];
  const personLast: (number | undefined)[] = [];
  const periods = new Map<number, PeriodTally>();
  const tieSource: (number | undefined)[] = [];
  const tieTarget: (number | undefined)[] = [];
  const tieFirstPeriod: (number | undefined)[] = [];

  function touchPerson(person: number, p: number, weight: number, time: number): void {
    let byPeriod = personPeriods[person];
    if (!byPeriod) personPeriods[person] = byPeriod = new Map();
    byPeriod.set(p, (byPeriod.get(p) ?? 0) + weight);
    personFirst[person] = Math.min(personFirst[person] ?? time, time);
    personLast[person] = Math.max(personLast[person] ?? time, time);
  }

  function touchPeriod(p: number, tie: number, weight: number): void {
    let tally = periods.get(p);
    if (!tally) periods.set(p, (tally = { interactions: 0, ties: new Set() }));
    tally.interactions += weight;
    tally.ties.add(tie);
  }

  function touchTie(tie: number, source: number, target: number, p: number): void {
    tieSource[tie] = source;
    tieTarget[tie] = target;
    tieFirstPeriod[tie] = Math.min(tieFirstPeriod[tie] ?? p, p);
  }

  function touchSpan(time: number): void {
    // NaN compares false, so the first row sets both ends of the span.
    if (!(time >= span.first)) span.first = time;
    if (!(time <= span.last)) span.last = time;
  }

  function add(source: number, target: number, tie: number, weight: number, time: number): void {
    const p = periodIndex(period, time);
    touchPerson(source, p, weight, time);
    // A self-loop (dropped by ingest anyway) is one interaction of one person, not two.
    if (target !== source) touchPerson(target, p, weight, time);
    touchPeriod(p, tie, weight);
    touchTie(tie, source, target, p);
    touchSpan(time);
  }

  function addEvent(people: ArrayLike<number>, ties: ArrayLike<number>, time: number): void {
    const p = periodIndex(period, time);
    for (let i = 0; i < people.length; i++) touchPerson(people[i]!, p, 1, time);
    let tally = periods.get(p);
    if (!tally) periods.set(p, (tally = { interactions: 0, ties: new Set() }));
    tally.interactions += 1;
    for (let i = 0; i < ties.length; i++) {
      tally.ties.add(ties[i]!);
      tieFirstPeriod[ties[i]!] = Math.min(tieFirstPeriod[ties[i]!] ?? p, p);
    }
    touchSpan(time);
  }

  return { period, span, personPeriods, personFirst, personLast, periods, tieSource, tieTarget, tieFirstPeriod, add, addEvent };
}
