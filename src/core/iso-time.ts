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
