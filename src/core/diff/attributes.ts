/**
 * `--compare-by` columns across two snapshots: for every column of either side, its E-I and
 * p-value, and for every value of it the group figures before and after (docs/ci.md "Comparing
 * snapshots"). Values are matched by label, as groups are by name. A numeric column's quartile
 * bins are labelled by their bounds (`Q2 (2.5–4]`), computed on each side's own values: when the
 * bounds moved, the old bins show as gone and the new ones as new, rather than pairing two bins
 * that hold different ranges — and the column says so (`binsDiffer`), with a warning.
 */
import { compareIds } from '../base/ids.js';
import type { AttributeComparison, AttributeGroupRow, Report } from '../model/report.js';
import { change } from './change.js';
import type { AttributeChange, AttributeGroupChange, GroupPresence } from '../model/diff.js';

/** The figures of a value, as the analysis lists them for a `--compare-by` column. */
export const ATTRIBUTE_GROUP_FIGURES = ['size', 'internalTies', 'externalTies', 'eiIndex', 'internalShare', 'density', 'reciprocity'] as const;

/** A quartile bin's label as the analysis writes it: `Q1 [0–2.5]`, `Q4 (7–12]`. */
const BIN_LABEL = /^Q[1-4] [[(].*–.*\]$/;

const presenceOf = (b: unknown, a: unknown): GroupPresence => (b && a ? 'kept' : a ? 'new' : 'gone');

/** A report of an earlier version has no `attributes` key. */
const attributesOf = (r: Report): Record<string, AttributeComparison> => (r.attributes as Report['attributes'] | undefined) ?? {};

function groupChange(name: string, b: AttributeGroupRow | undefined, a: AttributeGroupRow | undefined): AttributeGroupChange {
  const figures = Object.fromEntries(ATTRIBUTE_GROUP_FIGURES.map((f) => [f, change(b?.[f], a?.[f])]));
  return { group: name, presence: presenceOf(b, a), ...figures } as AttributeGroupChange;
}

function binsDiffer(b: AttributeComparison | undefined, a: AttributeComparison | undefined): boolean {
  if (!b || !a) return false;
  const bins = (c: AttributeComparison) => new Set(c.groups.map((g) => g.group).filter((g) => BIN_LABEL.test(g)));
  const [before, after] = [bins(b), bins(a)];
  if (before.size === 0 && after.size === 0) return false;
  return before.size !== after.size || [...before].some((g) => !after.has(g));
}

function attributeChange(b: AttributeComparison | undefined, a: AttributeComparison | undefined): AttributeChange {
  const byNameBefore = new Map((b?.groups ?? []).map((g) => [g.group, g]));
  const byNameAfter = new Map((a?.groups ?? []).map((g) => [g.group, g]));
  const names = [...new Set([...byNameBefore.keys(), ...byNameAfter.keys()])].sort(compareIds);
  return {
    presence: presenceOf(b, a),
    eiIndex: change(b?.eiIndex, a?.eiIndex),
    eiPValue: change(b?.eiPValue, a?.eiPValue),
    binsDiffer: binsDiffer(b, a),
    groups: names.map((name) => groupChange(name, byNameBefore.get(name), byNameAfter.get(name))),
  };
}

/** Every column of either side: the after side's in its order, then those only before. */
export function attributeChanges(before: Report, after: Report): Record<string, AttributeChange> {
  const b = attributesOf(before);
  const a = attributesOf(after);
  const columns = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return Object.fromEntries(columns.map((c) => [c, attributeChange(Object.hasOwn(b, c) ? b[c] : undefined, Object.hasOwn(a, c) ? a[c] : undefined)]));
}

/** What a reader of the attribute changes must know: a column on one side only, bins that moved. */
export function attributeWarnings(attributes: Record<string, AttributeChange>, files: { before: string; after: string }): string[] {
  const out: string[] = [];
  for (const [column, c] of Object.entries(attributes)) {
    if (c.presence !== 'kept') {
      const [has, lacks] = c.presence === 'new' ? [files.after, files.before] : [files.before, files.after];
      out.push(`--compare-by ${column}: only ${has} compares by it; its figures on ${lacks} are null (analyse both sides with --compare-by ${column})`);
    } else if (c.binsDiffer) {
      out.push(`--compare-by ${column}: its quartile bins differ between the sides (each side bins its own values); bins are matched by label, so a moved bound shows as a bin gone and a bin new`);
    }
  }
  return out;
}

/** The values whose E-I changed, largest change (in absolute value) first; ties by label. */
export function eiMovers(groups: readonly AttributeGroupChange[], limit: number): AttributeGroupChange[] {
  return groups
    .filter((g) => g.eiIndex.change !== null && g.eiIndex.change !== 0)
    .sort((x, y) => Math.abs(y.eiIndex.change!) - Math.abs(x.eiIndex.change!) || compareIds(x.group, y.group))
    .slice(0, limit);
}
