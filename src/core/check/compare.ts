/**
 * The comparison of a rule. Exact IEEE-754 comparison, with no tolerance: a threshold is a
 * policy line, and any epsilon would move it. `0.3` in a rule is the double nearest 0.3,
 * the same double a metric yields when its exact value is 0.3 (e.g. 3 / 10).
 */
import type { Operator } from './types.js';

export function compare(actual: number, op: Operator, threshold: number): boolean {
  switch (op) {
    case '<':
      return actual < threshold;
    case '<=':
      return actual <= threshold;
    case '>':
      return actual > threshold;
    case '>=':
      return actual >= threshold;
    case '==':
      return actual === threshold;
    case '!=':
      return actual !== threshold;
  }
}
