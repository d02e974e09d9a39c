/**
 * Row weights of SPEC §2.1: a finite number > 0, read strictly (no hex, no `Infinity`, no
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
