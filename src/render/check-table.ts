/**
 * `orgnet check` in the terminal: one line per rule — outcome, rule, value — with the reason
 * under a failed or skipped rule, then the totals. Plain text, so a CI log shows it as is;
 * colour only when the context asks for it.
 */
import { formatValue } from '../core/check/format.js';
import type { CheckResult, RuleResult, RuleStatus } from '../core/check/types.js';
import { chalkFor, type CheckRenderContext } from './check-context.js';
import { MISSING } from './i18n/numbers.js';

const LABEL: Record<RuleStatus, string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };

function shownValue(result: RuleResult): string {
  return result.actual === null ? MISSING : formatValue(result.actual, result.percent, result.threshold);
}

function summary(result: CheckResult): string {
  const passed = result.tests - result.failures - result.skipped;
  const parts = [`${passed} passed`, `${result.failures} failed`];
  if (result.skipped > 0) parts.push(`${result.skipped} skipped`);
  return `${parts.join(', ')} (${result.tests} rule${result.tests === 1 ? '' : 's'})`;
}

export function renderCheckTable(result: CheckResult, ctx: CheckRenderContext): string {
  const chalk = chalkFor(ctx);
  const paint: Record<RuleStatus, (text: string) => string> = { pass: chalk.green, fail: chalk.red.bold, skip: chalk.yellow };
  const ruleWidth = Math.max(4, ...result.results.map((r) => r.rule.length));
  const lines = [chalk.bold(`${' '.repeat(4)}  ${'rule'.padEnd(ruleWidth)}  value`)];
  for (const r of result.results) {
    lines.push(`${paint[r.status](LABEL[r.status])}  ${r.rule.padEnd(ruleWidth)}  ${shownValue(r)}`);
    if (r.status !== 'pass') lines.push(chalk.dim(`      ${r.message}`));
  }
  const total = summary(result);
  lines.push('', result.passed ? chalk.green(total) : chalk.red(total));
  return lines.join('\n') + '\n';
}
