/**
 * The groups of a `--compare-by` column (docs/metrics.md#attributes): its values as they are, or,
 * for a numeric column (tenure, age), its quartiles — a tenure of 2.5 years and one of 2.6 are
 * not two groups.
 *
 * A column is numeric when every non-empty value is a decimal number (`3`, `-1.5`, `2e3`; a
 * decimal comma is text). With fewer than 4 distinct numbers the values themselves are the groups.
 * Otherwise, over the N non-empty values sorted ascending (x₁ ≤ … ≤ x_N), the cut points are the
 * nearest-rank quartiles qₖ = x_⌈k·N/4⌉ for k = 1, 2, 3, and each value goes to the first bin
 * whose upper cut it does not exceed: Q1 = [x₁, q₁], Q2 = (q₁, q₂], Q3 = (q₂, q₃], Q4 = (q₃, x_N].
 * A value equal to a cut point is in the lower bin, so equal values are never split; when two cut
 * points coincide, the bin between them is empty and is not reported. Labels name the bin and
 * its bounds — `Q1 [0–2.5]`, `Q2 (2.5–4]` — so they sort in bin order and read without a legend.
 * An empty cell is no group (`null`), as in the grouping column. The grouping column itself, named
 * in `--compare-by`, is never binned (compare.ts): its values are groups already.
 */

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Below this many distinct numbers, the values are the groups. */
const QUARTILES = 4;

export function attributeGroups(values: readonly (string | null)[]): (string | null)[] {
  const cells = values.map((v) => (v === null || v.trim() === '' ? null : v.trim()));
  const numbers: number[] = [];
  for (const cell of cells) {
    if (cell === null) continue;
    if (!NUMBER.test(cell)) return cells;
    numbers.push(Number(cell));
  }
  if (new Set(numbers).size < QUARTILES) return cells;
  const sorted = Float64Array.from(numbers).sort();
  const cuts = quartileCuts(sorted);
  const labels = binLabels(sorted[0]!, cuts, sorted[sorted.length - 1]!);
  return cells.map((cell) => (cell === null ? null : labels[binOf(Number(cell), cuts)]!));
}

/** Nearest-rank cut points q₁, q₂, q₃ of ascending values: x_⌈k·N/4⌉. */
export function quartileCuts(sorted: Float64Array): [number, number, number] {
  const n = sorted.length;
  const at = (k: number) => sorted[Math.ceil((k * n) / QUARTILES) - 1]!;
  return [at(1), at(2), at(3)];
}

/** The bin of a value: the first whose upper cut it does not exceed (0 … 3). */
function binOf(x: number, cuts: readonly number[]): number {
  for (let k = 0; k < cuts.length; k++) if (x <= cuts[k]!) return k;
  return cuts.length;
}

function binLabels(min: number, cuts: readonly number[], max: number): string[] {
  const bounds = [min, ...cuts, max];
  return [0, 1, 2, 3].map((k) => `Q${k + 1} ${k === 0 ? '[' : '('}${String(bounds[k])}–${String(bounds[k + 1])}]`);
}
