/**
 * Numbers in check messages and tables: short enough to read, but never so short that a
 * failing value prints the same as its threshold (0.29999 shown as "0.3" under ">= 0.3"):
 * then the exact value is shown instead.
 */

function short(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const rounded = Math.abs(value) >= 1 ? Number(value.toFixed(2)) : Number(value.toPrecision(4));
  return String(rounded);
}

/** `value` as a plain number, or as a percentage (value × 100 with `%`) for percentage rules. */
export function formatValue(value: number, percent: boolean, threshold?: number): string {
  const scaled = percent ? value * 100 : value;
  const text = short(scaled);
  const clash = threshold !== undefined && value !== threshold && text === short(percent ? threshold * 100 : threshold);
  const exact = clash ? String(scaled) : text;
  return percent ? `${exact}%` : exact;
}
