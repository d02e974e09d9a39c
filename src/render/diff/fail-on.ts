/**
 * The `--fail-on` rules of a diff: a plain table (one line per rule, the reason under a rule
 * that trips the gate or is skipped, then the totals) and JUnit XML (one testcase per rule;
 * a rule that holds, or cannot be judged, is a failure — that is what the gate reports).
 */
import { formatValue } from '../../core/check/format.js';
import type { FailOnResult, FailOnRuleResult, FailOnStatus } from '../../core/model/diff.js';
import { chalkFor, type CheckRenderContext } from '../check-context.js';
import { junitDocument, type JunitCase } from '../junit.js';
import { MISSING } from '../i18n/numbers.js';
import { rulesEn } from '../i18n/rules-en.js';
import { printable } from '../printable.js';

const words = rulesEn.failOn;
const junitWords = rulesEn.junit;

export function failOnValue(r: FailOnRuleResult): string {
  return r.value === null ? MISSING : formatValue(r.value, r.percent, r.threshold);
}

export function failOnSummary(result: FailOnResult): string {
  const count = (s: FailOnStatus) => result.rules.filter((r) => r.status === s).length;
  const parts = [words.held(count('holds')), words.clear(count('clear'))];
  if (count('unknown') > 0) parts.push(words.unknown(count('unknown')));
  if (count('skipped') > 0) parts.push(words.skipped(count('skipped')));
  return words.total(parts, result.rules.length, result.tripped);
}

/** The rules as plain lines, for the terminal, stderr and the Markdown view's code block. */
export function failOnLines(result: FailOnResult, ctx: CheckRenderContext = { color: false }): string[] {
  const chalk = chalkFor(ctx);
  const paint: Record<FailOnStatus, (t: string) => string> = { holds: chalk.red.bold, unknown: chalk.red.bold, clear: chalk.green, skipped: chalk.yellow };
  const width = Math.max(words.rule.length, ...result.rules.map((r) => r.rule.length));
  const lines = [chalk.bold(`${' '.repeat(5)}  ${words.rule.padEnd(width)}  ${words.value}`)];
  for (const r of result.rules) {
    lines.push(`${paint[r.status](words.status[r.status].padEnd(5))}  ${printable(r.rule).padEnd(width)}  ${failOnValue(r)}`);
    if (r.status !== 'clear') lines.push(chalk.dim(`       ${printable(r.message)}`));
  }
  lines.push('', result.tripped ? chalk.red(failOnSummary(result)) : chalk.green(failOnSummary(result)));
  return lines;
}

export function renderFailOnTable(result: FailOnResult, ctx: CheckRenderContext = { color: false }): string {
  return failOnLines(result, ctx).join('\n') + '\n';
}

function junitCase(r: FailOnRuleResult): JunitCase {
  const outcome = r.tripped ? 'failure' : r.status === 'skipped' ? 'skipped' : 'pass';
  const w = junitWords;
  const shown = (x: number | null) => (x === null ? w.null : formatValue(x, r.percent));
  const details = `${w.rule}: ${r.rule}\n${w.before}: ${shown(r.before)}\n${w.after}: ${shown(r.after)}\n${w.value}: ${failOnValue(r)}\n${r.message}`;
  return { name: r.rule, outcome, message: r.message, type: r.status === 'unknown' ? 'RuleUnknown' : 'RuleHolds', details };
}

export function renderFailOnJunit(result: FailOnResult, ctx: CheckRenderContext = { color: false }): string {
  return junitDocument({ name: 'orgnet diff', classname: 'orgnet.diff' }, result.rules.map(junitCase), ctx);
}
