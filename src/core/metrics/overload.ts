/**
 * Collaborative overload: how unevenly the giving is spread (Cross, Rebele & Grant 2016, where
 * 20–35 % of value-adding collaborations come from 3–5 % of employees).
 *
 * Definition, over every person's outStrength (isolates included) — what each person gives, since
 * a tie runs from the one whose knowledge flows (a request answered is a tie from the one who
 * answers):
 * - `gini`: the mean-difference Gini coefficient, Σᵢ Σⱼ │xᵢ − xⱼ│ / (2 n² x̄), computed from the
 *   sorted values as Σᵢ (2i − n − 1)·x₍ᵢ₎ / (n Σx) with i = 1 … n ascending: 0 when everyone gives
 *   the same, (n − 1)/n when one person gives everything;
 * - `top1Share`, `top5Share`, `top20Share`: the share of all weight given by the ⌈p·n⌉ people who
 *   give most (p = 1 %, 5 %, 20 %).
 * Undefined: all four are `null` when nobody gives anything (no ties, or no people).
 * Undirected data: each tie counts for both ends, as each end's strength.
 * Reference: numpy (scripts/golden_core_overload.py); R. Cross, R. Rebele and A. Grant,
 * "Collaborative overload", Harvard Business Review 94(1) (2016) 74–79.
 */
export interface Overload {
  gini: number | null;
  top1Share: number | null;
  top5Share: number | null;
  top20Share: number | null;
}

export const NO_OVERLOAD: Overload = { gini: null, top1Share: null, top5Share: null, top20Share: null };

export function overload(outStrength: ArrayLike<number>): Overload {
  const n = outStrength.length;
  const sorted = Float64Array.from(outStrength).sort();
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i]!;
    weighted += (2 * (i + 1) - n - 1) * sorted[i]!;
  }
  if (n === 0 || !(total > 0)) return NO_OVERLOAD;
  const top = (p: number) => {
    let sum = 0;
    for (let i = n - topCount(p, n); i < n; i++) sum += sorted[i]!;
    return sum / total;
  };
  return { gini: Math.max(0, weighted / (n * total)), top1Share: top(0.01), top5Share: top(0.05), top20Share: top(0.2) };
}

/** ⌈p·n⌉, the 1e-9 absorbing rounding (0.07·100 is 7.000000000000001, whose ceiling would be 8). */
export function topCount(p: number, n: number): number {
  return Math.min(n, Math.max(0, Math.ceil(p * n - 1e-9)));
}
