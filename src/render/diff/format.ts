/** Numbers of the diff views: values as the analysis views show them, changes with a sign. */
import type { Change } from '../../core/model/diff.js';
import { formatCentrality, formatIndex, formatNumber, formatShare } from '../format.js';
import { MISSING } from '../i18n/numbers.js';

/** What kind of figure a diff row shows: each is written as `analyze` writes it. */
export type FigureKind = 'share' | 'index' | 'centrality' | 'number';

const WRITE: Record<FigureKind, (value: number | null) => string> = {
  share: formatShare, index: formatIndex, centrality: formatCentrality, number: formatNumber,
};

/** +0.0123, −5, 0; — when undefined. The minus is U+2212, as in the analysis trend. */
export function signed(value: number | null, kind: Exclude<FigureKind, 'share'> = 'number'): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const size = WRITE[kind](Math.abs(value));
  if (value === 0 || /^[0.,]+$/.test(size)) return kind === 'number' ? '0' : size;
  return `${value > 0 ? '+' : '−'}${size}`;
}

/** A change of a share, in percentage points as `analyze` shows shares in %: +1.3 pp, −45.8 pp. */
function signedPoints(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (value === 0) return '0 pp';
  return `${value > 0 ? '+' : '−'}${(Math.abs(value) * 100).toFixed(1)} pp`;
}

/** Before and after and the change of a figure: shares in % and points, other figures by their kind. */
export function changeCells(c: Pick<Change, 'before' | 'after' | 'change'>, kind: FigureKind): [string, string, string] {
  if (kind === 'share') return [formatShare(c.before), formatShare(c.after), signedPoints(c.change)];
  const write = WRITE[kind];
  return [write(c.before), write(c.after), signed(c.change, kind)];
}

/** `0.7400 → 0.6600`. */
export function arrow(c: Pick<Change, 'before' | 'after'>, kind: FigureKind = 'number'): string {
  return `${WRITE[kind](c.before)} → ${WRITE[kind](c.after)}`;
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
