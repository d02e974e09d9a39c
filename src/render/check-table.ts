/**
 * `orgnet check` in the terminal: one line per rule — outcome, rule, value — with the reason
 * under a failed or skipped rule, then the totals. Plain text, so a CI log shows it as is;
 * colour only when the context asks for it.
 */
import { formatValue } from '../core/check/format.js';
import type { CheckResult, RuleResult, RuleStatus } from '../core/check/types.js';
import { chalkFor, type CheckRenderContext } from './check-context.js';
import { MISSING } from './i18n/numbers.js';
import { rulesEn } from './i18n/rules-en.js';

const words = rulesEn.check;

function shownValue(result: RuleResult): string {
  return result.actual === null ? MISSING : formatValue(result.actual, result.percent, result.threshold);
}

function summary(result: CheckResult): string {
  const passed = result.tests - result.failures - result.skipped;
  const parts = [words.passed(passed), words.failed(result.failures)];
  if (result.skipped > 0) parts.push(words.skipped(result.skipped));
  return words.total(parts, result.tests);
}

export function renderCheckTable(result: CheckResult, ctx: CheckRenderContext): string {
  const chalk = chalkFor(ctx);
  const paint: Record<RuleStatus, (text: string) => string> = { pass: chalk.green, fail: chalk.red.bold, skip: chalk.yellow };
  const ruleWidth = Math.max(words.rule.length, ...result.results.map((r) => r.rule.length));
  const lines = [chalk.bold(`${' '.repeat(4)}  ${words.rule.padEnd(ruleWidth)}  ${words.value}`)];
  for (const r of result.results) {
    lines.push(`${paint[r.status](words.status[r.status])}  ${r.rule.padEnd(ruleWidth)}  ${shownValue(r)}`);
    if (r.status !== 'pass') lines.push(chalk.dim(`      ${r.message}`));
  }
  const total = summary(result);
  lines.push('', result.passed ? chalk.green(total) : chalk.red(total));
  return lines.join('\n') + '\n';
}
