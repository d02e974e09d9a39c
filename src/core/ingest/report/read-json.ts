/**
 * A Report read back from JSON (the output of `orgnet analyze --format json`), for commands
 * that take a report as input (`diff`). The text must be valid JSON and pass the report's
 * JSON Schema; anything else is an InputError naming the file, the line and what is wrong,
 * so a truncated download or someone else's JSON never reaches a metric as garbage.
 *
 * Pure: the caller reads the file and compiles the schema (src/io/report-schema.ts).
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describeJson, lineAt, parseJsonText } from '../../base/json-text.js';
import { insanity } from './sanity.js';
import { InputError } from '../../base/errors.js';
import { SCHEMA_VERSION, type Report } from '../../model/report.js';

/** A compiled schema: true when valid, else `errors` says where (ajv's ValidateFunction fits). */
export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const EXPECTED = 'expected the JSON written by orgnet analyze --format json';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `/people/3/id` → ['people', 3, 'id'] (JSON Pointer, RFC 6901). */
function segments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** The physical line of the value at `pointer`, when it can be found. */
function lineOf(text: string, pointer: string): number | null {
  const root = parseTree(text);
  const node = root ? findNodeAtLocation(root, segments(pointer)) : undefined;
  return node ? lineAt(text, node.offset) : null;
}

/** The value at `pointer`, shortened for a message. */
function valueAt(json: unknown, pointer: string): string {
  let value: unknown = json;
  for (const key of segments(pointer)) value = isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  if (value === undefined || isObject(value) || Array.isArray(value)) return '';
  // JSON writes 1e309 and reads it as Infinity, which JSON.stringify would show as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return ' is a number beyond 1.8e308:';
  const text = JSON.stringify(value);
  return ` is ${text.length > 40 ? `${text.slice(0, 39)}…` : text}:`;
}

/** A pointer for a message: a name from the file may be of any length. */
const short = (pointer: string) => (pointer.length > 80 ? `${pointer.slice(0, 79)}…` : pointer);

function describe(error: SchemaError, json: unknown): { pointer: string; message: string } {
  const extra = typeof error.params.additionalProperty === 'string' ? error.params.additionalProperty : null;
  if (extra !== null) {
    const pointer = `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return { pointer, message: `${short(pointer)} is not a field of a report` };
  }
  const types = error.keyword === 'type' ? [error.params.type].flat().map(String) : null;
  const allowed = Array.isArray(error.params.allowedValues) ? `: one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` : '';
  const what = types ? `must be ${types.join(' or ')}` : `${error.message ?? 'is not valid'}${allowed}`;
  const where = error.instancePath === '' ? 'the top level' : short(error.instancePath);
  return { pointer: error.instancePath, message: `${where}${valueAt(json, error.instancePath)} ${what}` };
}

function problem(file: string, message: string, line: number | null): InputError {
  return new InputError(file, message, line === null ? [] : [{ line, message }]);
}

function classify(json: unknown, text: string, file: string): void {
  if (!isObject(json)) throw problem(file, `not an orgnet report: ${EXPECTED}`, 1);
  if (json.kind === 'diff') throw problem(file, 'is the output of orgnet diff, not a report: give the reports or interactions files it compared', 1);
  const version = json.schemaVersion;
  if (version === undefined) throw problem(file, `not an orgnet report (it has no "schemaVersion"): ${EXPECTED}`, 1);
  if (version !== SCHEMA_VERSION) {
    throw problem(file, `is a report of schemaVersion ${describeJson(version)}; this orgnet reads schemaVersion ${SCHEMA_VERSION}: re-run orgnet analyze --format json on its input`, lineOf(text, '/schemaVersion'));
  }
}

/** Parses and validates a report's JSON text; every problem is one InputError line. */
export function reportFromJson(input: string, file: string, schema: SchemaCheck): Report {
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(file, `the file is empty: ${EXPECTED}`);
  const json = parseJsonText(text, file);
  classify(json, text, file);
  if (!schema(json)) {
    const first = schema.errors?.[0];
    const { pointer, message } = first ? describe(first, json) : { pointer: '', message: 'does not match the report schema' };
    throw problem(file, `not a valid orgnet report: ${message}; ${EXPECTED}`, lineOf(text, pointer));
  }
  const wrong = insanity(json as unknown as Report);
  if (wrong !== null) throw problem(file, `not a report orgnet wrote: ${wrong.message}; ${EXPECTED}`, lineOf(text, wrong.pointer));
  return json as unknown as Report;
}
