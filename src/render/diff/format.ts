/** Numbers of the diff views: values as the analysis views show them, changes with a sign. */
import type { Change } from '../../core/model/diff.js';
import { formatNumber, formatShare, MISSING } from '../format.js';

/** +0.0123, −5, 0; — when undefined. The minus is U+2212, as in the analysis trend. */
export function signed(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value))}`;
}

/** A change of a share, in percentage points as `analyze` shows shares in %: +1.3 pp, −45.8 pp. */
export function signedPoints(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (value === 0) return '0 pp';
  return `${value > 0 ? '+' : '−'}${(Math.abs(value) * 100).toFixed(1)} pp`;
}

/** Before and after and the change of a figure: shares in % and points, other figures as numbers. */
export function changeCells(c: Pick<Change, 'before' | 'after' | 'change'>, share: boolean): [string, string, string] {
  return share ? [formatShare(c.before), formatShare(c.after), signedPoints(c.change)] : [formatNumber(c.before), formatNumber(c.after), signed(c.change)];
}

/** `0.74 → 0.66`. */
export function arrow(c: Pick<Change, 'before' | 'after'>): string {
  return `${formatNumber(c.before)} → ${formatNumber(c.after)}`;
}

/** Up to `limit` names, then how many more. */
export function someOf(names: readonly string[], limit: number): string {
  if (names.length === 0) return MISSING;
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown}, … (${names.length} in all)` : shown;
}

/** `Marketing 9, Sales 1`: how many of some people are in each group, most first. */
export function byGroup(groups: readonly (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g ?? 'no group', (counts.get(g ?? 'no group') ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([g, n]) => `${g} ${n}`).join(', ');
}
