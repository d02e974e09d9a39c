/**
 * How the comparison writes a change: a sign and the figure as the page writes figures, a
 * share's change in percentage points (73.9 % → 73.6 % is −0.3 pts, not −0.4 %), the minus
 * as U+2212 like the terminal's diff. Differences below 1e-12 are float noise and read 0.
 */
import { MISSING, type Fmt } from '../render/i18n/index.js';
import type { Strings } from '../render/i18n/index.js';

const NOISE = 1e-12;

function sign(value: number): string {
  return value > 0 ? '+' : '−';
}

export function signedNumber(x: Fmt, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (Math.abs(value) < NOISE) return '0';
  return `${sign(value)}${x.num(Math.abs(value))}`;
}

export function signedPoints(x: Fmt, t: Strings, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const points = Math.round(Math.abs(value) * 1000) / 10;
  if (points === 0) return t.compare.points('0');
  const one = new Intl.NumberFormat(x.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return t.compare.points(`${sign(value)}${one.format(points)}`);
}

/** A figure and its change, as a share (percent and points) or as a number. */
export function figureOf(x: Fmt, t: Strings, share: boolean) {
  return {
    value: (v: number | null) => (share ? x.share(v) : x.num(v)),
    change: (v: number | null) => (share ? signedPoints(x, t, v) : signedNumber(x, v)),
  };
}
