/**
 * The Report as JSON (docs/outputs.md), written as a stream: the same bytes as
 * `JSON.stringify(report, null, 2) + '\n'`, but the long arrays (people, groups, mixing,
 * communities) are written one element at a time, so no string of the whole report is ever
 * built. JSON.stringify writes NaN and Infinity as null, so a slipped NaN stays valid JSON.
 */
import type { Analysis } from '../core/analysis/analyze.js';
import { tieRecords } from './columns.js';
import type { RenderContext } from './context.js';
import { batched } from './output.js';

/** With `--with-ties`, the ties follow the report's own fields, listed as the ties table lists them, one at a time. */
export function renderJson(analysis: Analysis, ctx?: RenderContext): Iterable<string> {
  const report = analysis.report as unknown as Record<string, unknown>;
  if (ctx?.withTies !== true) return batched(jsonLines(report));
  const ties = new Streamed(() => tieRecords(analysis.index, analysis.report.meta.input.clock ?? 'calendar'));
  return batched(jsonLines({ ...report, ties }));
}

/** A list written element by element as it is made, never held whole. */
export class Streamed {
  constructor(readonly items: () => Iterable<unknown>) {}
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
    if (value instanceof Streamed) yield* arrayLines(value.items());
    else if (Array.isArray(value) && value.length > 0) yield* arrayLines(value);
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

function* arrayLines(values: Iterable<unknown>): Generator<string> {
  const wrapper = { a: [null as unknown] };
  let i = 0;
  for (const value of values) {
    // JSON.stringify turns an undefined element of an array into null, as here.
    wrapper.a[0] = value;
    const text = JSON.stringify(wrapper, null, 2);
    yield `${i === 0 ? '[' : ','}\n    ${text.slice(WRAP_HEAD, text.length - WRAP_TAIL)}`;
    i++;
  }
  yield i === 0 ? '[]' : '\n  ]';
}

function indent(text: string, prefix: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${prefix}`) : text;
}
