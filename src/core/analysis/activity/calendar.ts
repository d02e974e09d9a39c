/**
 * Proleptic Gregorian calendar arithmetic in UTC, on whole days since 1970-01-01.
 * Integer formulas (H. Hinnant, "chrono-compatible low-level date algorithms",
 * https://howardhinnant.github.io/date_algorithms.html) rather than `Date`, because
 * `Date.UTC` maps years 0–99 to 1900–1999 and `toISOString` changes shape outside
 * years 0–9999; these work the same for any year, before 1970 included.
 */
import { isoDuration } from '../../base/iso-time.js';

export const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/** The UTC day (days since 1970-01-01, negative before) that holds an epoch-ms time. */
export function dayOfTime(timeMs: number): number {
  return Math.floor(timeMs / MS_PER_DAY);
}

export function daysFromCivil(year: number, month: number, day: number): number {
  // Years start in March so the leap day is the last day of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO 8601 year: four digits for 0–9999, else the expanded `±YYYYYY` form. */
export function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${formatYear(year)}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM-DD` (UTC) of an epoch-ms time. */
export function isoDate(timeMs: number): string {
  return formatDay(dayOfTime(timeMs));
}

/** A time as the report writes it: an ISO date on a calendar clock, an elapsed duration on a relative one. */
export function dayText(timeMs: number, clock: 'calendar' | 'relative'): string {
  return clock === 'relative' ? isoDuration(timeMs) : isoDate(timeMs);
}
