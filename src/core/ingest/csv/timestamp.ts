/**
 * Timestamps of docs/input.md#interactions-required---reads-standard-input, parsed strictly to epoch milliseconds (UTC).
 *
 * Accepted: an ISO-8601 date (`2026-01-15`, midnight UTC) or date-time (`2026-01-15T09:30`,
 * `2026-01-15 09:30:00.250`, `…Z`, `…+01:00`, `…-0300`, `…+01`); no zone means UTC. Or a unix
 * number: seconds, or milliseconds when its magnitude is above 1e11 (1e11 s is the year 5138,
 * 1e11 ms is March 1973, so the two ranges that occur in exports never overlap).
 *
 * Hand-written because `Date.parse` reads zoneless date-times as local time (the same file would
 * give other numbers on another machine) and accepts garbage such as `2026-02-30` or `1 2 3`.
 */

const MAX_EPOCH_MS = 8.64e15;
const UNIX = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Epoch milliseconds, or null when the text is not a timestamp orgnet understands. */
export function parseTimestamp(text: string): number | null {
  const s = text.trim();
  if (s.length >= 10 && s.charCodeAt(4) === 45 /* - */) return parseIso(s);
  return parseUnix(s);
}

/** Whether parseTimestamp reads the text as an ISO-8601 date (else as a unix number). */
export function isIsoText(text: string): boolean {
  const s = text.trim();
  return s.length >= 10 && s.charCodeAt(4) === 45 /* - */;
}

// Exports list rows in time order, so most rows share the date of the row before: its date part
// (the first ten characters) is remembered with its day, and only the time of day is parsed again.
let lastDate = '';
let lastDateMs = 0;

/** The epoch ms of a valid `YYYY-MM-DD` at the start of `s`, or null. */
function datePart(s: string): number | null {
  if (lastDate.length === 10 && s.startsWith(lastDate)) return lastDateMs;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || s.charCodeAt(7) !== 45) return null;
  if (day > daysInMonth(year, month)) return null;
  lastDate = s.slice(0, 10);
  lastDateMs = daysFromCivil(year, month, day) * 86_400_000;
  return lastDateMs;
}

function parseUnix(s: string): number | null {
  if (!UNIX.test(s)) return null;
  const value = Number(s);
  const ms = Math.abs(value) > 1e11 ? value : value * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS ? Math.round(ms) : null;
}

function parseIso(s: string): number | null {
  const date = datePart(s);
  if (date === null) return null;
  if (s.length === 10) return date;
  const sep = s[10];
  if (sep !== 'T' && sep !== 't' && sep !== ' ') return null;
  const time = parseTimeOfDay(s, 11);
  return time === null ? null : date + time;
}

/** Milliseconds since midnight UTC for `hh:mm[:ss[.fff]][zone]` starting at `at`, or null. */
function parseTimeOfDay(s: string, at: number): number | null {
  const hh = digits(s, at, 2);
  const mm = digits(s, at + 3, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || s.charCodeAt(at + 2) !== 58 /* : */) return null;
  let pos = at + 5;
  let ss = 0;
  let frac = 0;
  if (s.charCodeAt(pos) === 58) {
    ss = digits(s, pos + 1, 2);
    if (ss < 0 || ss > 59) return null;
    pos += 3;
    const dot = s.charCodeAt(pos);
    if (dot === 46 /* . */ || dot === 44 /* , */) {
      let end = pos + 1;
      while (end < s.length && isDigit(s.charCodeAt(end))) end++;
      if (end === pos + 1) return null;
      // Truncated to the millisecond, as Python's datetime truncates to the microsecond.
      frac = Number((s.slice(pos + 1, end) + '00').slice(0, 3));
      pos = end;
    }
  }
  const offset = parseZone(s, pos);
  if (offset === null) return null;
  return ((hh * 60 + mm) * 60 + ss) * 1000 + frac - offset;
}

/** The zone's offset from UTC in milliseconds: end of text = UTC, `Z`, `±hh`, `±hh:mm`, `±hhmm`. */
function parseZone(s: string, pos: number): number | null {
  const rest = s.length - pos;
  if (rest === 0) return 0;
  const c = s[pos];
  if (c === 'Z' || c === 'z') return rest === 1 ? 0 : null;
  if (c !== '+' && c !== '-') return null;
  const oh = digits(s, pos + 1, 2);
  let om = 0;
  if (rest === 6 && s.charCodeAt(pos + 3) === 58) om = digits(s, pos + 4, 2);
  else if (rest === 5) om = digits(s, pos + 3, 2);
  else if (rest !== 3) return null;
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return null;
  const minutes = oh * 60 + om;
  return (c === '-' ? -minutes : minutes) * 60_000;
}

/** The non-negative integer written by `count` digits at `at`, or -1. */
function digits(s: string, at: number, count: number): number {
  if (at + count > s.length) return -1;
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level
 * date algorithms"). `Date.UTC` would map the years 0–99 to 1900–1999.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
