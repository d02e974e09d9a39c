/**
 * Calendar periods in UTC (SPEC §4.6 `--period`): every epoch-ms time falls in exactly one
 * period, numbered by a consecutive integer so that "the next period" is index + 1 and the
 * number of periods from a to b is b − a + 1, empty periods included.
 *
 *   day      days since 1970-01-01                           label `2026-01-31`
 *   week     ISO weeks (Monday first), weeks since the week   label `2026-W05` (ISO week-numbering
 *            of Monday 1969-12-29                                   year: the year of its Thursday)
 *   month    year·12 + (month − 1)                            label `2026-01`
 *   quarter  year·4 + (quarter − 1)                           label `2026-Q1`
 *
 * Indexes are negative before 1970 (relative clocks read as unix seconds land there).
 * `periodStart` is the ISO date of the period's first day.
 */
import type { Period } from '../options.js';
import { civilFromDays, dayOfTime, daysFromCivil, formatDay, formatYear, pad2 } from './calendar.js';

/** 1970-01-01 was a Thursday: shifting by 3 days puts week boundaries on Mondays. */
const MONDAY_SHIFT = 3;

export function periodIndex(period: Period, timeMs: number): number {
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

/** The first day (days since 1970-01-01) of a period. */
export function periodStartDay(period: Period, index: number): number {
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

/** ISO date (`YYYY-MM-DD`) of the period's first day. */
export function periodStart(period: Period, index: number): string {
  return formatDay(periodStartDay(period, index));
}

export function periodLabel(period: Period, index: number): string {
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
