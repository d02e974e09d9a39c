/**
 * The page's data as JSON inside `<script type="application/json">`, written chunk by chunk.
 * Inside a script element the HTML parser ends the element at the first `</script`, whatever
 * the JSON means; escaping `<`, `>` and `&` as \u003c, \u003e, \u0026 makes that impossible
 * (and `<!--` too) while JSON.parse reads the same strings back. U+2028 and U+2029 are escaped as
 * well, for readers that treat them as line ends. These characters can only occur inside JSON
 * strings, so replacing them in the serialized text is exact.
 */
import { batched } from '../output.js';
import type { PageData } from './page-data.js';

const UNSAFE = /[<>&\u2028\u2029]/g;

export function escapeForScript(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Values per chunk of a column: large columns never become one string. */
const VALUES_PER_CHUNK = 4096;

function* array(values: readonly unknown[]): Generator<string> {
  yield '[';
  for (let start = 0; start < values.length; start += VALUES_PER_CHUNK) {
    const slice = values.slice(start, start + VALUES_PER_CHUNK).map((v) => JSON.stringify(v ?? null));
    yield (start > 0 ? ',' : '') + slice.join(',');
  }
  yield ']';
}

function* columns(record: Record<string, unknown>): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(record)) {
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(value)) yield* value.every((v) => Array.isArray(v)) && value.length > 0 ? nested(value as unknown[][]) : array(value);
    else if (value !== null && typeof value === 'object') yield* columns(value as Record<string, unknown>);
    else yield JSON.stringify(value);
  }
  yield '}';
}

function* nested(lists: unknown[][]): Generator<string> {
  yield '[';
  for (let i = 0; i < lists.length; i++) {
    if (i > 0) yield ',';
    yield* array(lists[i]!);
  }
  yield ']';
}

/** The serialized, escaped data in chunks; the column-wise parts (people, ties, the changes, the reporting line) never as one string. */
export function* pageDataChunks(data: PageData): Generator<string> {
  const parts = (function* () {
    let first = true;
    yield '{';
    for (const [key, value] of Object.entries(data)) {
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      if ((key === 'people' || key === 'ties' || key === 'compare' || key === 'reportingLine') && value !== null) yield* columns(value as Record<string, unknown>);
      else yield JSON.stringify(value);
    }
    yield '}';
  })();
  for (const chunk of batched(parts)) yield escapeForScript(chunk);
}
