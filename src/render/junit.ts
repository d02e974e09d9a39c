/**
 * `orgnet check --format junit`: JUnit XML as GitLab (artifacts:reports:junit) and Jenkins
 * (junit step) read it — one `<testsuite name="orgnet check">` inside `<testsuites>`, one
 * `<testcase>` per rule, `<failure message="…">` with the actual value for a failed rule,
 * `<skipped message="…">` for a rule skipped for a missing value. `errors` is always 0: a rule
 * that cannot be parsed stops the command before any report. Every string is XML-escaped.
 */
import { formatValue } from '../core/check/format.js';
import type { CheckResult, RuleResult } from '../core/check/types.js';
import type { CheckRenderContext } from './check-context.js';

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
  const actual = r.actual === null ? 'null' : formatValue(r.actual, r.percent, r.threshold);
  const threshold = formatValue(r.threshold, r.percent);
  return `rule: ${r.rule}\nactual: ${actual}\nexpected: ${r.op} ${threshold}\n${r.message}`;
}

function testcase(r: RuleResult): string {
  const head = `    <testcase${attributes({ name: r.rule, classname: CLASSNAME, time: '0' })}`;
  if (r.status === 'pass') return `${head}/>`;
  const inner =
    r.status === 'fail'
      ? `<failure${attributes({ message: r.message, type: 'RuleFailed' })}>${escapeText(details(r))}</failure>`
      : `<skipped${attributes({ message: r.message })}/>`;
  return `${head}>\n      ${inner}\n    </testcase>`;
}

export function renderJunit(result: CheckResult, ctx: CheckRenderContext = { color: false }): string {
  const time = (ctx.seconds ?? 0).toFixed(3);
  const counts = { tests: result.tests, failures: result.failures, errors: 0, skipped: result.skipped, time };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: SUITE, ...counts })}>`,
    `  <testsuite${attributes({ name: SUITE, ...counts, timestamp: ctx.timestamp })}>`,
    ...result.results.map(testcase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
