/** `{before, after, change}` for one figure: change = after − before, null when either is. */
import type { Change } from '../model/diff.js';

export function change(before: number | null | undefined, after: number | null | undefined): Change {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, change: a === null || b === null ? null : a - b };
}
