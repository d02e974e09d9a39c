/**
 * The Report as JSON (docs/outputs.md), written as a stream: the same bytes as
 * `JSON.stringify(report, null, 2) + '\n'`, but the long arrays (people, groups, mixing,
 * communities) are written one element at a time, so no string of the whole report is ever
 * built. JSON.stringify writes NaN and Infinity as null, so a slipped NaN stays valid JSON.
 */
import type { Analysis } from '../core/analysis/analyze.js';
import { batched } from './output.js';

export function renderJson(analysis: Analysis): Iterable<string> {
  return batched(jsonLines(analysis.report as unknown as Record<string, unknown>));
}

/** An object as indented JSON, its array members streamed element by element. */
export function* jsonLines(object: Record<string, unknown>): Generator<string> {
  const entries = Object.entries(object).filter(([, value]) => value !== undefined && typeof value !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, value] of entries) {
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > 0) yield* arrayLines(value);
    else yield indent(JSON.stringify(value, null, 2) ?? 'null', '  ');
  }
  yield '\n}\n';
}

/**
 * Each element is stringified inside a wrapper that puts it at its depth, so JSON.stringify
 * itself indents it — a regular expression over every element's text cost a quarter of
 * writing a 50,000-person report. The wrapper's own text is cut off; it is always the same.
 */
const WRAP_HEAD = '{\n  "a": [\n    '.length;
const WRAP_TAIL = '\n  ]\n}'.length;

function* arrayLines(values: readonly unknown[]): Generator<string> {
  yield '[';
  const wrapper = { a: [null as unknown] };
  for (let i = 0; i < values.length; i++) {
    // JSON.stringify turns an undefined element of an array into null, as here.
    wrapper.a[0] = values[i];
    const text = JSON.stringify(wrapper, null, 2);
    yield `${i === 0 ? '' : ','}\n    ${text.slice(WRAP_HEAD, text.length - WRAP_TAIL)}`;
  }
  yield '\n  ]';
}

function indent(text: string, prefix: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${prefix}`) : text;
}
