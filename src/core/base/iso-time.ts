/**
 * Epoch milliseconds as `Date.prototype.toISOString` writes them (`2024-01-31T09:30:00.250Z`),
 * for outputs that write a time per tie: a Date and its text per value cost about a microsecond,
 * which at hundreds of thousands of ties was a large share of writing the ties table. Here the
 * day's `YYYY-MM-DDT` is made once per distinct day and the time of day is put together from
 * padded digits. Outside 1970–9999 (negative or six-digit years) Date writes it, as before.
 * A property test holds it to toISOString on any value.
 */
const DAY_MS = 86_400_000;
const LAST_MS = 253_402_300_800_000; // 10000-01-01T00:00:00Z
const MAX_DAYS_KEPT = 100_000;
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const dayPrefixes = new Map<number, string>();

/**
 * Elapsed time as an ISO-8601 duration, whole seconds, days always written: `P0D`, `P3DT4H`,
 * `P0DT8H0M20S` is written `P0DT8H20S` (zero parts left out). For the times of a relative clock.
 */
export function isoDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `${sign}P${days}D${time ? `T${time}` : ''}`;
}

/** A tie's time as the outputs write it: isoTime on a calendar clock, a duration on a relative one. */
export function timeText(ms: number, clock: 'calendar' | 'relative' | undefined): string {
  return clock === 'relative' ? isoDuration(ms) : isoTime(ms);
}

export function isoTime(ms: number): string {
  if (!(ms >= 0 && ms < LAST_MS) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size >= MAX_DAYS_KEPT) dayPrefixes.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${prefix}${TWO[hours]}:${TWO[minutes]}:${TWO[seconds]}.${THREE[rest - seconds * 1000]}Z`;
}

/**
 * isoTime's text written as ASCII bytes at `at`, for the writers that make bytes directly;
 * returns the position after it, or −1 outside the fast range (the caller then writes
 * isoTime's text). The date comes from the day number by arithmetic (the proleptic Gregorian
 * calendar from days since 1970, as in Howard Hinnant's `civil_from_days`), so no string is made.
 */
export function writeIsoTime(bytes: Uint8Array, at: number, ms: number): number {
  if (!(ms >= 0 && ms < LAST_MS) || !Number.isInteger(ms)) return -1;
  // Every quantity below fits in 31 bits, so `| 0` divides as integers.
  const day = Math.floor(ms / DAY_MS);
  // Days since 0000-03-01, in eras of 400 years (146,097 days).
  const z = day + 719_468;
  const era = (z / 146_097) | 0;
  const doe = z - era * 146_097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const date = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  let rest = ms - day * DAY_MS;
  const hours = (rest / 3_600_000) | 0;
  rest -= hours * 3_600_000;
  const minutes = (rest / 60_000) | 0;
  rest -= minutes * 60_000;
  const seconds = (rest / 1000) | 0;
  const millis = rest - seconds * 1000;
  const y = (year / 100) | 0;
  at = two(bytes, at, y);
  at = two(bytes, at, year - y * 100);
  bytes[at++] = 0x2d; // -
  at = two(bytes, at, month);
  bytes[at++] = 0x2d;
  at = two(bytes, at, date);
  bytes[at++] = 0x54; // T
  at = two(bytes, at, hours);
  bytes[at++] = 0x3a; // :
  at = two(bytes, at, minutes);
  bytes[at++] = 0x3a;
  at = two(bytes, at, seconds);
  bytes[at++] = 0x2e; // .
  const m = (millis / 100) | 0;
  bytes[at++] = 0x30 + m;
  at = two(bytes, at, millis - m * 100);
  bytes[at++] = 0x5a; // Z
  return at;
}

/** `value` (0–99) as two ASCII digits at `at`. */
function two(bytes: Uint8Array, at: number, value: number): number {
  const tens = (value / 10) | 0;
  bytes[at] = 0x30 + tens;
  bytes[at + 1] = 0x30 + value - tens * 10;
  return at + 2;
}
