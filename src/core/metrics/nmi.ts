/**
 * Normalized mutual information between two labelings, and `groupAlignment` (docs/metrics.md#communities):
 * how far the informal structure (communities) follows the formal one (groups).
 *
 *   NMI(A, B) = I(A; B) / ((H(A) + H(B)) / 2)
 *   I(A; B) = Σ_ij (n_ij / N) · ln(N · n_ij / (a_i · b_j)),   H(A) = −Σ_i (a_i / N) · ln(a_i / N)
 *
 * n_ij: people with label i in A and j in B; a_i, b_j: label totals; N: people. Arithmetic-mean
 * normalization, as scikit-learn's `normalized_mutual_info_score` (its default), with its edge
 * cases: both labelings a single cluster (or empty) → 1; I = 0 → 0. Range [0, 1]; the log base
 * cancels out.
 *
 * `groupAlignment`: NMI between community and group over the people who have a group; `null`
 * when nobody has one. Weights play no part.
 * Reference: Strehl & Ghosh, "Cluster ensembles", JMLR 3 (2002); Vinh, Epps & Bailey (2010).
 */
import { NO_GROUP, type GroupCodes } from './group-codes.js';

export function normalizedMutualInformation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const aTotals = tally(a);
  const bTotals = tally(b);
  if (aTotals.size === bTotals.size && aTotals.size <= 1) return 1;
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]!},${b[i]!}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  let mi = 0;
  for (const [key, nij] of joint) {
    const [ai, bj] = key.split(',').map(Number) as [number, number];
    mi += (nij / n) * Math.log((n * nij) / (aTotals.get(ai)! * bTotals.get(bj)!));
  }
  if (mi <= 0) return 0;
  return mi / ((entropy(aTotals, n) + entropy(bTotals, n)) / 2);
}

function tally(labels: ArrayLike<number>): Map<number, number> {
  const totals = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) totals.set(labels[i]!, (totals.get(labels[i]!) ?? 0) + 1);
  return totals;
}

function entropy(totals: Map<number, number>, n: number): number {
  let h = 0;
  for (const count of totals.values()) h -= (count / n) * Math.log(count / n);
  return h;
}

export function groupAlignment(membership: ArrayLike<number>, groups: GroupCodes): number | null {
  const communities: number[] = [];
  const labels: number[] = [];
  groups.code.forEach((g, i) => {
    if (g === NO_GROUP) return;
    communities.push(membership[i]!);
    labels.push(g);
  });
  return labels.length === 0 ? null : normalizedMutualInformation(labels, communities);
}
