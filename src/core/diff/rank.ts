/**
 * Ranks for "who moved most" (README "Comparing snapshots").
 *
 * Rank is the competition rank ("1224" ranking, pandas `rank(method="min", ascending=False)`)
 * among the people present on both sides: 1 + the number of people whose value is greater by
 * more than TOLERANCE. Equal values share a rank, so a block of people tied at betweenness 0
 * never shows moves that only reflect the order of their ids; the tolerance keeps two values
 * that are equal in exact arithmetic but differ in their last bits (PageRank is iterated)
 * from counting as different. A null value ranks below every number.
 */

export const RANK_TOLERANCE = 1e-12;

/** Index of the first element of the ascending `sorted` greater than `x`. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The competition rank of every value (1 = highest), in input order. */
export function competitionRanks(values: readonly (number | null)[]): number[] {
  const known = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
  return values.map((v) => (v === null ? known.length + 1 : 1 + known.length - upperBound(known, v + RANK_TOLERANCE)));
}
