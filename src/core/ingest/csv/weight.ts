/**
 * Row weights of docs/input.md#interactions-required---reads-standard-input: a finite number > 0, read strictly (no hex, no `Infinity`, no
 * thousands separators). With `;` as delimiter a decimal comma is accepted (`1,5` = 1.5), the
 * way spreadsheets in comma-decimal locales export. An empty cell is not handled here: the
 * caller reads it as the per-row default of 1.
 */

const NUMBER = /^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The weight written in `text` (already trimmed), or null when it is not a number > 0. */
export function parseWeight(text: string, decimalComma: boolean): number | null {
  const s = decimalComma && text.includes(',') ? text.replace(',', '.') : text;
  if (!NUMBER.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * Why the weights cannot be added up, or null. Each weight is a finite number, but their sum
 * can pass the largest double (about 1.8e308: rows of 1e308 each), and every strength, share and
 * total would then be infinite — `null` in every output, with no word as to why.
 */
export function weightOverflow(weights: Float64Array): string | null {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  if (Number.isFinite(total)) return null;
  return 'the weights add up to more than 1.8e308, the largest number orgnet can hold: divide the weight column by a power of ten (strengths and totals scale with it; the other figures do not change)';
}
