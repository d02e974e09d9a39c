/** Readable numbers for people, not machines: the terminal and Markdown views use these. */

import { MISSING } from './i18n/numbers.js';

export { MISSING };

// Made on first use: building an Intl formatter loads ICU data, some 20 ms that a run
// writing only CSV or JSON should not pay.
let integerFormat: Intl.NumberFormat | null = null;
const integer = (): Intl.NumberFormat => (integerFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));

/** Integers with thousands separators; fractions with up to 4 significant decimals. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  if (Number.isInteger(value)) return integer().format(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return integer().format(value);
  if (abs >= 1) return value.toFixed(2);
  if (abs === 0) return '0';
  if (abs < 0.0001) return value.toExponential(1);
  return value.toFixed(4);
}

export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return `${(value * 100).toFixed(1)}%`;
}

/** A p-value: 0.012, or < 0.001 (a permutation test of a thousand relabelings estimates no further). */
export function formatP(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return value < 0.001 ? '< 0.001' : value.toFixed(3);
}

export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.join(', ') : MISSING;
  return String(value);
}
