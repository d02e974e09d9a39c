/**
 * Where the `--windows SPAN[:STEP]` windows fall (docs/metrics.md#the-network-over-time).
 *
 * The first window starts at the start of the STEP unit's period that holds the start of the
 * observed range — the Monday of its week, the first of its month or quarter — and each next one
 * STEP later; each holds the rows in [start, start + SPAN). Windows are laid out while they start
 * before the end of the observed range. The observed range is the activity's (docs/metrics.md#activity,
 * partial periods): from `--since` (else the start of the first timestamp's day) to `--until`
 * (else the end of the last timestamp's day); a window it covers only in part has `coverage`
 * below 1, the covered share of the window's length.
 *
 * Units: days and weeks (7 days) combine with each other, months and quarters (3 months) with
 * each other; a week does not divide a month, so the two families do not mix. On a relative clock
 * (times from the start of a recording) a month is 30 days and a quarter 90, as its periods are.
 */
import { UsageError } from '../../base/errors.js';
import type { Span, WindowSpec } from '../../model/options.js';
import { MS_PER_DAY } from '../activity/calendar.js';
import { periodIndex, periodStart, periodStartDay, periodStartMs, RELATIVE_DAYS, type Clock } from '../activity/periods.js';
import { MAX_PERIODS } from '../activity/series.js';

export interface WindowBounds {
  /** Epoch ms (elapsed ms on a relative clock) of the window's first instant, and of the instant after its last. */
  start: number;
  end: number;
  /** Written as the report writes it: ISO dates, or `P…D` on a relative clock. */
  startText: string;
  endText: string;
  coverage: number;
}

/** `--since`/`--until` (epoch ms), and the first and last timestamps read. */
export interface ObservedRange {
  since: number | null;
  until: number | null;
  first: number;
  last: number;
}

const MONTHS: Partial<Record<Span['unit'], number>> = { month: 1, quarter: 3 };
const DAYS: Partial<Record<Span['unit'], number>> = { day: 1, week: 7 };

/** `3month`, `week`: a span as the flag writes it. */
/** Why `--windows` cannot run on a file without timestamps: analyze stops on it, validate lists it. */
export const WINDOWS_NEED_TIME =
  '--windows needs a timestamp on the rows, and this file has none; add a time column (or name it with --time-col), or leave --windows out';

export function spanText(span: Span): string {
  return span.count === 1 ? span.unit : `${span.count}${span.unit}`;
}

/** Whether a span is counted in months (true) or in days. */
const inMonths = (span: Span) => MONTHS[span.unit] !== undefined;

/** A span and a step of the same family, or a UsageError saying why not. */
export function checkWindowSpec(spec: WindowSpec): WindowSpec {
  if (inMonths(spec.span) !== inMonths(spec.step)) {
    throw new UsageError(
      `--windows ${spanText(spec.span)}:${spanText(spec.step)}: weeks and months do not line up; use days or weeks for both SPAN and STEP, or months or quarters for both`,
    );
  }
  return spec;
}

export function layWindows(spec: WindowSpec, clock: Clock, range: ObservedRange): WindowBounds[] {
  if (Number.isNaN(range.first)) return [];
  const from = range.since ?? Math.floor(range.first / MS_PER_DAY) * MS_PER_DAY;
  const to = range.until ?? (Math.floor(range.last / MS_PER_DAY) + 1) * MS_PER_DAY;
  const startOf = starts(spec, clock, from);
  const out: WindowBounds[] = [];
  for (let k = 0; ; k++) {
    const { start, end } = startOf(k);
    if (start >= to) break;
    if (out.length === MAX_PERIODS) {
      throw new UsageError(
        `--windows ${spanText(spec.span)}:${spanText(spec.step)}: the observed range holds more than ${MAX_PERIODS.toLocaleString('en-US')} windows; use a longer STEP or --since/--until`,
      );
    }
    const coverage = Math.max(0, Math.min(to, end) - Math.max(from, start)) / (end - start);
    out.push({ start, end, startText: dateText(start, clock), endText: dateText(end, clock), coverage });
  }
  return out;
}

/** Window k's [start, end), from the aligned first start. */
function starts(spec: WindowSpec, clock: Clock, from: number): (k: number) => { start: number; end: number } {
  const { span, step } = spec;
  if (clock === 'relative') {
    const unit = RELATIVE_DAYS[step.unit];
    const first = Math.floor(Math.floor(from / MS_PER_DAY) / unit) * unit;
    const stepDays = step.count * unit;
    const spanDays = span.count * RELATIVE_DAYS[span.unit];
    return (k) => ({ start: (first + k * stepDays) * MS_PER_DAY, end: (first + k * stepDays + spanDays) * MS_PER_DAY });
  }
  if (inMonths(step)) {
    // Month numbers (year·12 + month − 1); a quarter's number times 3 is its first month's.
    const first = periodIndex(step.unit, from) * MONTHS[step.unit]!;
    const stepMonths = step.count * MONTHS[step.unit]!;
    const spanMonths = span.count * MONTHS[span.unit]!;
    return (k) => ({ start: periodStartMs('month', first + k * stepMonths), end: periodStartMs('month', first + k * stepMonths + spanMonths) });
  }
  const first = periodStartDay(step.unit, periodIndex(step.unit, from));
  const stepDays = step.count * DAYS[step.unit]!;
  const spanDays = span.count * DAYS[span.unit]!;
  return (k) => ({ start: (first + k * stepDays) * MS_PER_DAY, end: (first + k * stepDays + spanDays) * MS_PER_DAY });
}

/** A window bound as the report writes times: the ISO date, or the elapsed `P…D`. */
function dateText(ms: number, clock: Clock): string {
  return periodStart('day', Math.floor(ms / MS_PER_DAY), clock);
}
