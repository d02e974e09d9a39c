/**
 * The English figures of the terminal, Markdown and `diff` views: the kinds of
 * ./i18n/numbers.ts, so these views write each kind exactly as the HTML page does.
 */
import { fmtFor, MISSING, type Fmt } from './i18n/numbers.js';


// Made on first use: building an Intl formatter loads ICU data, some 20 ms that a run
// writing only CSV or JSON should not pay.
let english: Fmt | null = null;
const en = (): Fmt => (english ??= fmtFor('en'));

const given = (value: number | null | undefined): number | null => (value === undefined ? null : value);

/** A figure of no fixed kind (a weight, a mean): integers with thousands separators, fractions with up to 4 decimals. */
export function formatNumber(value: number | null | undefined): string {
  return en().num(given(value));
}

/** A count: 12,345. */
export function formatCount(value: number | null | undefined): string {
  const v = given(value);
  return v === null || !Number.isFinite(v) ? MISSING : en().int(v);
}

/** An index (E-I, density, transitivity, modularity, centralization, constraint): 1.0000, −0.5143. */
export function formatIndex(value: number | null | undefined): string {
  return en().index(given(value));
}

/** A centrality (PageRank, betweenness, closeness): 0.0123. */
export function formatCentrality(value: number | null | undefined): string {
  return en().centrality(given(value));
}

/** A share: 73.7%. */
export function formatShare(value: number | null | undefined): string {
  return en().share(given(value));
}

/** A p-value: 0.012, or < 0.001 (a permutation test of a thousand relabelings estimates no further). */
export function formatP(value: number | null | undefined): string {
  return en().pValue(given(value));
}

/** A distance in hops: 1.90. */
export function formatHops(value: number | null | undefined): string {
  return en().hops(given(value));
}

export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.join(', ') : MISSING;
  return String(value);
}
