/**
 * Calendar periods in UTC (docs/metrics.md#activity `--period`): every epoch-ms time falls in exactly one
 * period, numbered by a consecutive integer so that "the next period" is index + 1 and the
 * number of periods from a to b is b − a + 1, empty periods included.
 *
 *   day      days since 1970-01-01                           label `2026-01-31`
 *   week     ISO weeks (Monday first), weeks since the week   label `2026-W05` (ISO week-numbering
 *            of Monday 1969-12-29                                   year: the year of its Thursday)
 *   month    year·12 + (month − 1)                            label `2026-01`
 *   quarter  year·4 + (quarter − 1)                           label `2026-Q1`
 *
 * Indexes are negative before 1970. `periodStart` is the ISO date of the period's first day.
 *
 * A relative clock (docs/input.md#interactions-required---reads-standard-input: times that count from the start of a recording, not dates) has no
 * calendar: its periods are spans of elapsed time from time 0 — a day, 7 days, 30 days, 90 days —
 * labelled `day 1`, `week 2`…, each starting at an ISO-8601 duration (`P7D`). Their boundaries
 * stay put wherever an export is cut, as calendar boundaries do.
 */
import type { Period } from '../../model/options.js';
import { civilFromDays, dayOfTime, daysFromCivil, formatDay, formatYear, MS_PER_DAY, pad2 } from './calendar.js';

export type Clock = 'calendar' | 'relative';

/** Days in a period of a relative clock. */
export const RELATIVE_DAYS: Readonly<Record<Period, number>> = { day: 1, week: 7, month: 30, quarter: 90 };

/** 1970-01-01 was a Thursday: shifting by 3 days puts week boundaries on Mondays. */
const MONDAY_SHIFT = 3;

export function periodIndex(period: Period, timeMs: number, clock: Clock = 'calendar'): number {
  if (clock === 'relative') return Math.floor(timeMs / (RELATIVE_DAYS[period] * MS_PER_DAY));
  const day = dayOfTime(timeMs);
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day + MONDAY_SHIFT) / 7);
    case 'month': {
      const { year, month } = civilFromDays(day);
      return year * 12 + month - 1;
    }
    case 'quarter': {
      const { year, month } = civilFromDays(day);
      return year * 4 + Math.floor((month - 1) / 3);
    }
  }
}

/** The first day (days since 1970-01-01, or since time 0 of a relative clock) of a period. */
export function periodStartDay(period: Period, index: number, clock: Clock = 'calendar'): number {
  if (clock === 'relative') return index * RELATIVE_DAYS[period];
  switch (period) {
    case 'day':
      return index;
    case 'week':
      return index * 7 - MONDAY_SHIFT;
    case 'month': {
      const year = Math.floor(index / 12);
      return daysFromCivil(year, index - year * 12 + 1, 1);
    }
    case 'quarter': {
      const year = Math.floor(index / 4);
      return daysFromCivil(year, (index - year * 4) * 3 + 1, 1);
    }
  }
}

/** ISO date (`YYYY-MM-DD`) of the period's first day; with a relative clock, the elapsed time to it (`P7D`). */
export function periodStart(period: Period, index: number, clock: Clock = 'calendar'): string {
  const day = periodStartDay(period, index, clock);
  return clock === 'relative' ? `P${day}D` : formatDay(day);
}

/** Epoch ms (or elapsed ms) at which a period starts. */
export function periodStartMs(period: Period, index: number, clock: Clock = 'calendar'): number {
  return periodStartDay(period, index, clock) * MS_PER_DAY;
}

export function periodLabel(period: Period, index: number, clock: Clock = 'calendar'): string {
  if (clock === 'relative') return `${period} ${index + 1}`;
  switch (period) {
    case 'day':
      return formatDay(index);
    case 'week':
      return isoWeekLabel(index);
    case 'month': {
      const year = Math.floor(index / 12);
      return `${formatYear(year)}-${pad2(index - year * 12 + 1)}`;
    }
    case 'quarter': {
      const year = Math.floor(index / 4);
      return `${formatYear(year)}-Q${index - year * 4 + 1}`;
    }
  }
}

/** An ISO week belongs to the year of its Thursday, and is numbered from that year's first Thursday. */
function isoWeekLabel(index: number): string {
  const thursday = periodStartDay('week', index) + 3;
  const { year } = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${formatYear(year)}-W${pad2(week)}`;
}
