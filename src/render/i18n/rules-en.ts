/**
 * The words of the rule outcomes: `orgnet check` in the terminal and in JUnit XML, and the
 * `diff --fail-on` gate in the terminal, Markdown and JUnit. English only: these views take no
 * --lang (a CI log is read by the people who wrote the rules).
 */
import type { RuleStatus } from '../../core/check/types.js';
import type { FailOnStatus } from '../../core/model/diff.js';

const rules = (n: number) => `${n} rule${n === 1 ? '' : 's'}`;

export const rulesEn = {
  check: {
    status: { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } satisfies Record<RuleStatus, string>,
    rule: 'rule',
    value: 'value',
    passed: (n: number) => `${n} passed`,
    failed: (n: number) => `${n} failed`,
    skipped: (n: number) => `${n} skipped`,
    total: (parts: readonly string[], tests: number) => `${parts.join(', ')} (${rules(tests)})`,
  },
  failOn: {
    status: { holds: 'HOLDS', unknown: 'NULL', clear: 'clear', skipped: 'skip' } satisfies Record<FailOnStatus, string>,
    rule: 'fail-on rule',
    value: 'value',
    held: (n: number) => `${n} held`,
    clear: (n: number) => `${n} clear`,
    unknown: (n: number) => `${n} cannot be judged`,
    skipped: (n: number) => `${n} skipped`,
    total: (parts: readonly string[], n: number, tripped: boolean) => `${parts.join(', ')} (${rules(n)})${tripped ? ': exit 1' : ''}`,
  },
  junit: {
    /** The lines of a failure's text: each label, then its value. */
    rule: 'rule',
    actual: 'actual',
    expected: 'expected',
    before: 'before',
    after: 'after',
    value: 'value',
    /** A value the rule could not measure. */
    null: 'null',
  },
};
