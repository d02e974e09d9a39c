/**
 * `orgnet check --format json`: the overall outcome and counts, then every rule with its
 * value (null when undefined), threshold, outcome and message. Values are the exact doubles
 * that were compared, never rounded.
 */
import type { CheckResult } from '../core/check/types.js';
import type { CheckRenderContext } from './check-context.js';

export function renderCheckJson(result: CheckResult, _ctx?: CheckRenderContext): string {
  const { passed, tests, failures, skipped, results } = result;
  return JSON.stringify({ passed, tests, failures, skipped, rules: results }, null, 2) + '\n';
}
