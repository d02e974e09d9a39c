/**
 * Group labels as small integers, so the group metrics that walk every tie compare numbers,
 * not strings. A person's label is the node attribute `group` (docs/input.md#people-optional---people-file: the grouping column,
 * `null` for an empty cell or a person missing from the people file).
 *
 * Codes follow the sorted label order (compareIds), so code order is report order.
 * Labels should already be pooled by `poolSmallGroups` (privacy.ts) when `--min-group-size`
 * is set: every group figure then uses the pooled labels.
 */
import { compareIds } from '../base/ids.js';
import { indexGraph, type GraphSource } from '../graph/csr.js';

/** Code of a person without a group. */
export const NO_GROUP = -1;

export interface GroupCodes {
  /** Distinct labels sorted with compareIds; code g stands for `names[g]`. */
  names: string[];
  /** Code of person i (indexGraph order), NO_GROUP without a group. */
  code: Int32Array;
}

/** The `group` attribute of every person, in indexGraph order. */
export function groupLabels(graph: GraphSource): (string | null)[] {
  return [...indexGraph(graph).group];
}

export function encodeGroups(labels: readonly (string | null)[]): GroupCodes {
  const names = [...new Set(labels.filter((g): g is string => g !== null))].sort(compareIds);
  const codeOf = new Map<string, number>();
  names.forEach((name, g) => codeOf.set(name, g));
  const code = new Int32Array(labels.length);
  labels.forEach((label, i) => {
    code[i] = label === null ? NO_GROUP : codeOf.get(label)!;
  });
  return { names, code };
}

/** Members per group code. */
export function groupSizes(groups: GroupCodes): Int32Array {
  const sizes = new Int32Array(groups.names.length);
  for (const g of groups.code) if (g !== NO_GROUP) sizes[g]!++;
  return sizes;
}
