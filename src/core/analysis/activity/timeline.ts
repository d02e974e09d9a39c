/**
 * Activity over time, counted while the interactions are read (docs/metrics.md#activity). Ingest calls
 * `add` once per used row that has a timestamp, in any time order; nothing per row is kept.
 * Memory grows with people × active periods plus distinct (tie, period) pairs — the latter
 * are what per-period reciprocity and "new ties" need.
 *
 * A row of weight w in period p adds w to p's interactions and w to both ends' activity in p
 * (a row is an interaction in or out for each of them), marks its tie as active in p, and
 * moves the tie's first period and each end's first/last timestamp if earlier/later.
 * A tie-making event (`--events`, docs/input.md) is one interaction for the period and one for each
 * of its people — events attended, not pair weights — and marks each of its pair ties active.
 *
 * Rows are counted into typed-array pair tables (pair-table.ts): a row costs a few hash probes,
 * which matters at millions of rows. The per-person and per-period views the activity figures
 * read are built from those tables once, when first asked for, after reading.
 */
import type { TimelineSink } from '../../model/ingest.js';
import type { Period } from '../../model/options.js';
import { PairList, PairTable } from '../../base/pair-table.js';
import { MS_PER_DAY } from './calendar.js';
import { RELATIVE_CLOCK_BEFORE } from '../../ingest/csv/time-reader.js';
import { periodIndex, type Clock } from './periods.js';

interface PeriodTally {
  /** Sum of the weights of the period's rows. */
  interactions: number;
  /** Distinct tie indexes with at least one row in the period, each once. */
  ties: Int32Array;
}

export interface Timeline extends TimelineSink {
  readonly period: Period;
  /** How times are counted into periods: calendar periods, or spans of elapsed time (periods.ts). */
  readonly clock: Clock;
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

/**
 * Per-index records of `width` numbers that grow as indexes appear, NaN where never set. A
 * record's fields sit side by side, so a row that touches a tie's (or a person's) four fields
 * reads one cache line, not four arrays: at a million ties each array is a cache miss a row.
 */
class Records {
  values: Float64Array;
  constructor(private readonly width: number) {
    this.values = new Float64Array(1024 * width).fill(Number.NaN);
  }
  at(i: number, field: number): number {
    const k = i * this.width + field;
    return k < this.values.length ? this.values[k]! : Number.NaN;
  }
  set(i: number, field: number, v: number): void {
    const k = i * this.width + field;
    if (k >= this.values.length) {
      let length = this.values.length;
      while (length <= k) length *= 2;
      const wider = new Float64Array(length).fill(Number.NaN);
      wider.set(this.values);
      this.values = wider;
    }
    this.values[k] = v;
  }
  /** One field as a plain array of `count` entries, `undefined` where never set. */
  list(count: number, field: number): (number | undefined)[] {
    return Array.from({ length: count }, (_, i) => {
      const v = this.at(i, field);
      return Number.isNaN(v) ? undefined : v;
    });
  }
}

/**
 * Per-index pairs of int32 that grow as indexes appear, NONE where never set: a tie's last and
 * latest period, the two numbers nearly every row reads. 8 bytes a tie, so at a million ties
 * they stay in cache far more often than a wider record would.
 */
class IntPairs {
  values = new Int32Array(2048).fill(NONE);
  /** The position of i's first number, the array grown to hold it. */
  at(i: number): number {
    const k = i * 2;
    if (k + 1 >= this.values.length) {
      let length = this.values.length;
      while (length <= k + 1) length *= 2;
      const wider = new Int32Array(length).fill(NONE);
      wider.set(this.values);
      this.values = wider;
    }
    return k;
  }
}
/** No period yet: below every period index, so `p <= NONE` is false as NaN's comparisons were. */
const NONE = -0x80000000;

/** Fields of a person's record. */
const FIRST = 0;
const LAST = 1;
const LAST_PERIOD = 2;
const LAST_ENTRY = 3;
/** The weight of the person's last period so far; written to its table entry when the period changes. */
const RUNNING = 4;
/** Fields of a tie's record, written on its first row and on rows out of time order. */
const SOURCE = 0;
const TARGET = 1;
const FIRST_PERIOD = 2;
/** Fields of a tie's pair of ints. */
const TIE_LAST_PERIOD = 0;
const MAX_PERIOD = 1;

export function createTimeline(period: Period, clock: Clock = 'calendar'): Timeline {
  const span = { first: Number.NaN, last: Number.NaN };
  const personPeriod = new PairTable();
  // (tie, period) pairs: appended when the period is later than any of the tie's so far (so new
  // for it: the common case, rows in time order), looked up in the table otherwise. A pair may be
  // held twice, once in each; the per-period sets of the view hold it once.
  const tiePeriodNew = new PairList();
  const tiePeriod = new PairTable();
  const periodWeight = new Map<number, number>();
  // Exports are mostly in time order, so a person's or a tie's next row is usually in the period
  // of their last one: the person's record sums that period's weight itself, and the tie's pair
  // says it is active already, without a hash probe or a second cache line.
  const person = new Records(5);
  const tie = new Records(3);
  const tiePeriods = new IntPairs();
  let people = 0;
  let ties = 0;
  // Rows of one day fall in one period: the last day's period is remembered, and the weight of
  // the current period is summed here until the period changes.
  let lastDay = Number.NaN;
  let lastPeriod = 0;
  let lastPeriodWeight = 0;

  function flushPeriodWeight(): void {
    if (lastPeriodWeight !== 0) periodWeight.set(lastPeriod, (periodWeight.get(lastPeriod) ?? 0) + lastPeriodWeight);
    lastPeriodWeight = 0;
  }

  function touchPerson(who: number, p: number, weight: number, time: number): void {
    if (person.at(who, LAST_PERIOD) === p) person.set(who, RUNNING, person.at(who, RUNNING) + weight);
    else {
      // The weights are added in row order either way: the running sum starts from the entry's.
      const last = person.at(who, LAST_ENTRY);
      if (!Number.isNaN(last)) personPeriod.value[last] = person.at(who, RUNNING);
      const e = personPeriod.entry(who, p);
      person.set(who, LAST_ENTRY, e);
      person.set(who, LAST_PERIOD, p);
      person.set(who, RUNNING, personPeriod.value[e]! + weight);
    }
    if (!(person.at(who, FIRST) <= time)) person.set(who, FIRST, time);
    if (!(person.at(who, LAST) >= time)) person.set(who, LAST, time);
    if (who >= people) people = who + 1;
  }

  /**
   * Tie t is active in period p; the row before of the same tie in the same period needs nothing.
   * True on the tie's first row.
   */
  function activeIn(t: number, p: number): boolean {
    const at = tiePeriods.at(t);
    const pairs = tiePeriods.values;
    if (pairs[at + TIE_LAST_PERIOD] === p) return false;
    pairs[at + TIE_LAST_PERIOD] = p;
    if (t >= ties) ties = t + 1;
    if (p <= pairs[at + MAX_PERIOD]!) {
      tiePeriod.entry(t, p);
      if (!(tie.at(t, FIRST_PERIOD) <= p)) tie.set(t, FIRST_PERIOD, p);
      return false;
    }
    const first = pairs[at + MAX_PERIOD] === NONE;
    pairs[at + MAX_PERIOD] = p;
    tiePeriodNew.push(t, p);
    if (first) tie.set(t, FIRST_PERIOD, p);
    return first;
  }

  /** The tie active in period p: its (tie, period) entry, its ends, its first period. */
  function touchTie(t: number, p: number, source: number, target: number): void {
    if (activeIn(t, p)) {
      tie.set(t, SOURCE, source);
      tie.set(t, TARGET, target);
    }
  }

  function add(source: number, target: number, t: number, weight: number, time: number): void {
    if (views !== null) views = null;
    const day = Math.floor(time / MS_PER_DAY);
    if (day !== lastDay) {
      lastDay = day;
      const p = periodIndex(period, time, clock);
      if (p !== lastPeriod) {
        flushPeriodWeight();
        lastPeriod = p;
      }
    }
    const p = lastPeriod;
    touchPerson(source, p, weight, time);
    // A self-loop (dropped by ingest anyway) is one interaction of one person, not two.
    if (target !== source) touchPerson(target, p, weight, time);
    lastPeriodWeight += weight;
    touchTie(t, p, source, target);
    touchSpan(time);
  }

  function addEvent(group: ArrayLike<number>, made: ArrayLike<number>, time: number): void {
    if (views !== null) views = null;
    const p = periodIndex(period, time, clock);
    for (let i = 0; i < group.length; i++) touchPerson(group[i]!, p, 1, time);
    periodWeight.set(p, (periodWeight.get(p) ?? 0) + 1);
    for (let i = 0; i < made.length; i++) activeIn(made[i]!, p);
    touchSpan(time);
  }

  function touchSpan(time: number): void {
    // NaN compares false, so the first row sets both ends of the span.
    if (!(time >= span.first)) span.first = time;
    if (!(time <= span.last)) span.last = time;
  }

  /** The read side, built on first use and dropped if another row arrives. */
  let views: Partial<Record<'personPeriods' | 'personFirst' | 'personLast' | 'periods' | 'tieSource' | 'tieTarget' | 'tieFirstPeriod', unknown>> | null = null;
  function cached<T>(key: keyof NonNullable<typeof views>, build: () => T): T {
    views ??= {};
    if (!(key in views)) views[key] = build();
    return views[key] as T;
  }

  function personPeriodsView(): (Map<number, number> | undefined)[] {
    const view = new Array<Map<number, number> | undefined>(people);
    for (let e = 0; e < personPeriod.size; e++) {
      const person = personPeriod.first[e]!;
      let byPeriod = view[person];
      if (!byPeriod) view[person] = byPeriod = new Map();
      byPeriod.set(personPeriod.second[e]!, personPeriod.value[e]!);
    }
    // Each person's last period: its weight is the running sum, not yet in the table.
    for (let who = 0; who < people; who++) {
      const e = person.at(who, LAST_ENTRY);
      if (!Number.isNaN(e)) view[who]!.set(personPeriod.second[e]!, person.at(who, RUNNING));
    }
    return view;
  }

  /**
   * The (tie, period) pairs grouped by period with a counting sort, each tie once per period
   * (a pair may be in both the list and the table): typed arrays, not a Set per period, since
   * at a million ties there are millions of pairs.
   */
  function periodsView(): Map<number, PeriodTally> {
    flushPeriodWeight();
    const periods = [...periodWeight.keys()].sort((a, b) => a - b);
    const ordinal = new Map(periods.map((p, i) => [p, i]));
    const pairs = tiePeriod.size + tiePeriodNew.size;
    const periodOf = new Int32Array(pairs);
    const tieOf = new Int32Array(pairs);
    for (let e = 0; e < tiePeriod.size; e++) {
      periodOf[e] = ordinal.get(tiePeriod.second[e]!)!;
      tieOf[e] = tiePeriod.first[e]!;
    }
    for (let e = 0, k = tiePeriod.size; e < tiePeriodNew.size; e++, k++) {
      periodOf[k] = ordinal.get(tiePeriodNew.second(e))!;
      tieOf[k] = tiePeriodNew.first(e);
    }
    const start = new Int32Array(periods.length + 1);
    for (let k = 0; k < pairs; k++) start[periodOf[k]! + 1]!++;
    for (let i = 0; i < periods.length; i++) start[i + 1]! += start[i]!;
    const grouped = new Int32Array(pairs);
    const next = start.slice(0, periods.length);
    for (let k = 0; k < pairs; k++) grouped[next[periodOf[k]!]!++] = tieOf[k]!;
    const seen = new Int32Array(ties).fill(-1);
    const view = new Map<number, PeriodTally>();
    periods.forEach((p, i) => {
      let kept = start[i]!;
      for (let k = start[i]!; k < start[i + 1]!; k++) {
        const t = grouped[k]!;
        if (seen[t] === i) continue;
        seen[t] = i;
        grouped[kept++] = t;
      }
      view.set(p, { interactions: periodWeight.get(p)!, ties: grouped.subarray(start[i]!, kept) });
    });
    return view;
  }

  return {
    period,
    clock,
    span,
    add,
    addEvent,
    get personPeriods() {
      return cached('personPeriods', personPeriodsView);
    },
    get personFirst() {
      return cached('personFirst', () => person.list(people, FIRST));
    },
    get personLast() {
      return cached('personLast', () => person.list(people, LAST));
    },
    get periods() {
      return cached('periods', periodsView);
    },
    get tieSource() {
      return cached('tieSource', () => tie.list(ties, SOURCE));
    },
    get tieTarget() {
      return cached('tieTarget', () => tie.list(ties, TARGET));
    },
    get tieFirstPeriod() {
      return cached('tieFirstPeriod', () => tie.list(ties, FIRST_PERIOD));
    },
  };
}

/**
 * Whether a file's times are dates or a relative clock is known only once it is read (docs/input.md#interactions-required---reads-standard-input:
 * every time a number, all before 1980), while rows are counted into periods as they come. So a
 * relative timeline is filled beside the calendar one for as long as every time so far could be
 * a relative clock — for a file of real dates, until its first row — and the reader's verdict
 * picks one of them at the end.
 */
export interface Timelines {
  /** What the readers fill. */
  readonly sink: TimelineSink;
  /** The timeline of the file's clock (`meta.input.clock`). */
  of(clock: Clock): Timeline;
}

export function createTimelines(period: Period): Timelines {
  const calendar = createTimeline(period);
  let relative: Timeline | null = createTimeline(period, 'relative');
  const fits = (time: number): boolean => {
    if (relative !== null && !(time < RELATIVE_CLOCK_BEFORE)) relative = null;
    return relative !== null;
  };
  return {
    sink: {
      add(source, target, tie, weight, time) {
        calendar.add(source, target, tie, weight, time);
        if (fits(time)) relative!.add(source, target, tie, weight, time);
      },
      addEvent(people, ties, time) {
        calendar.addEvent(people, ties, time);
        if (fits(time)) relative!.addEvent(people, ties, time);
      },
    },
    of: (clock) => (clock === 'relative' && relative !== null ? relative : calendar),
  };
}
