/**
 * `orgnet check --format junit`: JUnit XML as GitLab (artifacts:reports:junit) and Jenkins
 * (junit step) read it — one `<testsuite name="orgnet check">` inside `<testsuites>`, one
 * `<testcase>` per rule, `<failure message="…">` with the actual value for a failed rule,
 * `<skipped message="…">` for a rule skipped for a missing value. `errors` is always 0: a rule
 * that cannot be parsed stops the command before any report. Every string is XML-escaped.
 * `diff --fail-on` writes its rules through the same document (`junitDocument`).
 */
import { formatValue } from '../core/check/format.js';
import type { CheckResult, RuleResult } from '../core/check/types.js';
import type { CheckRenderContext } from './check-context.js';
import { rulesEn } from './i18n/rules-en.js';

const SUITE = 'orgnet check';
const CLASSNAME = 'orgnet.check';

/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;',
};

/** Text for an attribute value: line breaks and tabs as character references, so they survive. */
export function escapeAttribute(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c] ?? c);
}

/** Text for element content. */
export function escapeText(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

function attributes(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

function details(r: RuleResult): string {
  const w = rulesEn.junit;
  const actual = r.actual === null ? w.null : formatValue(r.actual, r.percent, r.threshold);
  const threshold = formatValue(r.threshold, r.percent);
  return `${w.rule}: ${r.rule}\n${w.actual}: ${actual}\n${w.expected}: ${r.op} ${threshold}\n${r.message}`;
}

/** One testcase, whatever produced it: a passed, failed or skipped rule. */
export interface JunitCase {
  name: string;
  outcome: 'pass' | 'failure' | 'skipped';
  message: string;
  /** The failure's type attribute and its text (the rule, the value, the reason). */
  type?: string;
  details?: string;
}

export interface JunitSuite {
  name: string;
  classname: string;
}

function testcase(c: JunitCase, classname: string): string {
  const head = `    <testcase${attributes({ name: c.name, classname, time: '0' })}`;
  if (c.outcome === 'pass') return `${head}/>`;
  const inner =
    c.outcome === 'failure'
      ? `<failure${attributes({ message: c.message, type: c.type ?? 'RuleFailed' })}>${escapeText(c.details ?? c.message)}</failure>`
      : `<skipped${attributes({ message: c.message })}/>`;
  return `${head}>\n      ${inner}\n    </testcase>`;
}

/** The JUnit document of a suite (shared by `check` and `diff --fail-on`). */
export function junitDocument(suite: JunitSuite, cases: readonly JunitCase[], ctx: CheckRenderContext = { color: false }): string {
  const time = (ctx.seconds ?? 0).toFixed(3);
  const failures = cases.filter((c) => c.outcome === 'failure').length;
  const skipped = cases.filter((c) => c.outcome === 'skipped').length;
  const counts = { tests: cases.length, failures, errors: 0, skipped, time };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: suite.name, ...counts })}>`,
    `  <testsuite${attributes({ name: suite.name, ...counts, timestamp: ctx.timestamp })}>`,
    ...cases.map((c) => testcase(c, suite.classname)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function checkCase(r: RuleResult): JunitCase {
  const outcome = r.status === 'pass' ? 'pass' : r.status === 'fail' ? 'failure' : 'skipped';
  return { name: r.rule, outcome, message: r.message, type: 'RuleFailed', details: details(r) };
}

export function renderJunit(result: CheckResult, ctx: CheckRenderContext = { color: false }): string {
  return junitDocument({ name: SUITE, classname: CLASSNAME }, result.results.map(checkCase), ctx);
}
