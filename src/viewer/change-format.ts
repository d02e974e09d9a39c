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

function signedPoints(x: Fmt, t: Strings, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const points = Math.round(Math.abs(value) * 1000) / 10;
  if (points === 0) return t.compare.points('0');
  const one = new Intl.NumberFormat(x.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return t.compare.points(`${sign(value)}${one.format(points)}`);
}

/** The kinds of figure the comparison shows, each written as every other view writes it. */
export type FigureKind = 'share' | 'index' | 'p' | 'count';

/** A signed change at an index's fixed decimals: −0.0123, +0.0400. */
function signedIndex(x: Fmt, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const text = x.index(Math.abs(value));
  return /[1-9]/.test(text) ? `${sign(value)}${text}` : text;
}

/**
 * A figure and its change: a share in percent and points, an index (E-I, density, modularity…)
 * at its fixed decimals, a p-value as 0.012 or < 0.001 with no change (two estimates' difference
 * says nothing), a count as a number.
 */
export function figureOf(x: Fmt, t: Strings, kind: FigureKind) {
  switch (kind) {
    case 'share':
      return { value: (v: number | null) => x.share(v), change: (v: number | null) => signedPoints(x, t, v) };
    case 'index':
      return { value: (v: number | null) => x.index(v), change: (v: number | null) => signedIndex(x, v) };
    case 'p':
      return { value: (v: number | null) => x.pValue(v), change: () => MISSING };
    case 'count':
      return { value: (v: number | null) => x.num(v), change: (v: number | null) => signedNumber(x, v) };
  }
}

/** How the comparison writes an org figure of a given kind (render/org-figures.ts). */
export function figureKindOf(kind: string): FigureKind {
  return kind === 'share' || kind === 'index' || kind === 'p' ? kind : 'count';
}
