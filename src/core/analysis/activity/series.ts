/**
 * The organization's activity per period (docs/metrics.md#activity `activity.series`), over a range of
 * consecutive periods with empty ones included.
 *
 * Range: from the period of the first timestamp to the period of the last one. When the rows
 * were filtered by `--since`/`--until` ([since, until)), the range follows the window instead:
 * it starts at the period holding `since` and ends at the period holding `until − 1 ms`, so
 * quiet weeks at either end of the window still count. A bound that is neither given nor
 * backed by a row leaves no range (0 periods).
 *
 * Partial periods (docs/metrics.md#activity): the observed window runs from `since` (else the start of the first
 * timestamp's day) to `until` (else the end of the last timestamp's day); a period the window
 * covers only in part — an export cut on the 12th of a month — has `coverage` below 1, the
 * covered share of its length. Only the complete periods (coverage 1, a run between the partial
 * ones at either end) are used for trends and statuses (activity.ts, person.ts).
 *
 * Per period: `interactions` = sum of row weights; `activePeople` = people with a row in or
 * out; `newTies` = directed ties whose first row falls in the period; `reciprocity` =
 * networkx `overall_reciprocity` of the graph made of the distinct directed ties active in
 * the period (share of them whose reverse is also active in it), null when it has no tie.
 * Undirected data (docs/input.md): `newTies` counts pairs (the timeline's ties are pairs then) and
 * `reciprocity` is null: a tie without direction cannot be returned.
 */
import { UsageError } from '../../base/errors.js';
import type { Period } from '../../model/options.js';
import type { PeriodRow } from '../../model/report.js';
import { PairTable } from '../../base/pair-table.js';
import { MS_PER_DAY } from './calendar.js';
import { periodIndex, periodLabel, periodStart, periodStartMs } from './periods.js';
import type { Timeline } from './timeline.js';

/** Keep rows with since <= t < until (epoch ms), as `--since`/`--until` do. */
export interface ActivityWindow {
  since: number | null;
  until: number | null;
}

/** Periods `start .. start + count − 1`. */
export interface PeriodRange {
  start: number;
  count: number;
}

function periodRange(timeline: Timeline, window?: ActivityWindow): PeriodRange {
  const { first, last } = timeline.span;
  const from = window?.since ?? (Number.isNaN(first) ? null : first);
  const to = window?.until != null ? window.until - 1 : Number.isNaN(last) ? null : last;
  if (from === null || to === null) return { start: 0, count: 0 };
  const start = periodIndex(timeline.period, from, timeline.clock);
  const end = periodIndex(timeline.period, to, timeline.clock);
  return bounded(timeline.period, { start, count: Math.max(0, end - start + 1) });
}

/**
 * The most periods the activity lays out. Every period is a row of the series, a point of every
 * chart and a column of the workbook's activity sheet, empty or not, so a few rows dated 0001 and
 * 9999 read by day would make millions of them (hundreds of megabytes of report from three
 * lines). 10,000 periods hold 27 years of days, 190 of weeks, 830 of months.
 */
export const MAX_PERIODS = 10_000;

const PERIOD_WORDS: Record<Period, string> = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters' };

function bounded(period: Period, range: PeriodRange): PeriodRange {
  const problem = tooManyPeriods(period, range.count);
  if (problem !== null) throw new UsageError(problem);
  return range;
}

/** Why `count` periods cannot be laid out, or null when they can (`validate` says it too). */
export function tooManyPeriods(period: Period, count: number): string | null {
  if (count <= MAX_PERIODS) return null;
  const longer = (['week', 'month', 'quarter'] as const).filter((p) => PERIOD_ORDER[p] > PERIOD_ORDER[period]);
  const use = longer.length > 0 ? `a longer --period (${longer.join(', ')}) or ` : '';
  return (
    `--period ${period}: the timestamps span ${count.toLocaleString('en-US')} ${PERIOD_WORDS[period]}, and orgnet lays out at most ` +
    `${MAX_PERIODS.toLocaleString('en-US')} periods; use ${use}--since/--until to keep the years that matter (a few rows with wrong years often stretch the span)`
  );
}

const PERIOD_ORDER: Record<Period, number> = { day: 0, week: 1, month: 2, quarter: 3 };

/** The periods of the analysis, each period's covered share, and the run of complete ones. */
export interface ObservedPeriods {
  range: PeriodRange;
  /** Per period offset (0 = range.start): the share of the period the window covers, in (0, 1]. */
  coverage: Float64Array;
  /** The complete periods (coverage 1); count 0 when there is none. */
  complete: PeriodRange;
}

export function observedPeriods(timeline: Timeline, window?: ActivityWindow): ObservedPeriods {
  const range = periodRange(timeline, window);
  const coverage = new Float64Array(range.count);
  const { first, last } = timeline.span;
  const from = window?.since ?? Math.floor(first / MS_PER_DAY) * MS_PER_DAY;
  const to = window?.until ?? (Math.floor(last / MS_PER_DAY) + 1) * MS_PER_DAY;
  // Period indexes are negative before 1970: no sentinel number will do.
  let completeStart: number | null = null;
  let completeEnd = 0;
  for (let offset = 0; offset < range.count; offset++) {
    const p = range.start + offset;
    const start = periodStartMs(timeline.period, p, timeline.clock);
    const end = periodStartMs(timeline.period, p + 1, timeline.clock);
    coverage[offset] = Math.max(0, Math.min(to, end) - Math.max(from, start)) / (end - start);
    if (coverage[offset] === 1) {
      completeStart ??= p;
      completeEnd = p;
    }
  }
  const complete = completeStart === null ? { start: range.start, count: 0 } : { start: completeStart, count: completeEnd - completeStart + 1 };
  return { range, coverage, complete };
}

export function inRange(range: PeriodRange, p: number): boolean {
  return p >= range.start && p < range.start + range.count;
}

export function buildSeries(timeline: Timeline, observed: ObservedPeriods, undirected = false): PeriodRow[] {
  const { range, coverage } = observed;
  const active = activePeopleCounts(timeline, range);
  const fresh = newTieCounts(timeline, range);
  const numbers = undirected ? null : pairNumbers(timeline);
  const rows: PeriodRow[] = [];
  for (let offset = 0; offset < range.count; offset++) {
    const p = range.start + offset;
    const tally = timeline.periods.get(p);
    rows.push({
      period: periodLabel(timeline.period, p, timeline.clock),
      start: periodStart(timeline.period, p, timeline.clock),
      coverage: coverage[offset] ?? 1,
      interactions: tally?.interactions ?? 0,
      activePeople: active[offset] ?? 0,
      newTies: fresh[offset] ?? 0,
      reciprocity: tally && numbers ? periodReciprocity(numbers, tally.ties, offset) : null,
    });
  }
  return rows;
}

function activePeopleCounts(timeline: Timeline, range: PeriodRange): Uint32Array {
  const counts = new Uint32Array(range.count);
  for (const byPeriod of timeline.personPeriods) {
    if (!byPeriod) continue;
    for (const p of byPeriod.keys()) if (inRange(range, p)) counts[p - range.start]!++;
  }
  return counts;
}

function newTieCounts(timeline: Timeline, range: PeriodRange): Uint32Array {
  const counts = new Uint32Array(range.count);
  for (const p of timeline.tieFirstPeriod) {
    if (p !== undefined && inRange(range, p)) counts[p - range.start]!++;
  }
  return counts;
}

/**
 * Per tie index, a number for its (source, target) pair — shared by ties of the same pair, so a
 * pair counts once however its ties were numbered; −1 for a tie without two distinct ends — and
 * per pair number, that of the reverse pair (−1: never seen).
 */
interface PairNumbers {
  pair: Int32Array;
  reverse: Int32Array;
  /** Workspaces of periodReciprocity: the period's mark per pair number. */
  present: Int32Array;
  counted: Int32Array;
}

function pairNumbers(timeline: Timeline): PairNumbers {
  const sources = timeline.tieSource;
  const targets = timeline.tieTarget;
  const table = new PairTable();
  const pair = new Int32Array(sources.length).fill(-1);
  for (let t = 0; t < sources.length; t++) {
    const source = sources[t];
    const target = targets[t];
    if (source !== undefined && target !== undefined && source !== target) pair[t] = table.entry(source, target);
  }
  const reverse = new Int32Array(table.size);
  for (let e = 0; e < table.size; e++) reverse[e] = table.find(table.second[e]!, table.first[e]!);
  return { pair, reverse, present: new Int32Array(table.size).fill(-1), counted: new Int32Array(table.size).fill(-1) };
}

/** Share of the period's distinct pairs whose reverse pair is active in it too; `mark` is the period's own. */
function periodReciprocity(numbers: PairNumbers, ties: Int32Array, mark: number): number | null {
  const { pair, reverse, present, counted } = numbers;
  let pairs = 0;
  for (const t of ties) {
    const q = pair[t]!;
    if (q >= 0 && present[q] !== mark) {
      present[q] = mark;
      pairs++;
    }
  }
  if (pairs === 0) return null;
  let reciprocated = 0;
  for (const t of ties) {
    const q = pair[t]!;
    if (q < 0 || counted[q] === mark) continue;
    counted[q] = mark;
    const r = reverse[q]!;
    if (r >= 0 && present[r] === mark) reciprocated++;
  }
  return reciprocated / pairs;
}
