/**
 * JSON files orgnet reads but did not necessarily write — a `check` config, a report side of
 * `diff` or `--compare` — parsed so that no file can make an internal error of it:
 * - nesting is bounded before anything else reads the text: a file of ten thousand nested
 *   arrays is refused by one loop over its characters, never by a recursion (ours, a JSON
 *   library's, or a message quoting the value) that the file controls;
 * - a syntax error is given by line and column, in plain words, quoting at most the one
 *   character found — never a stretch of the file, which may hold ids.
 */
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from './errors.js';

/** Deeper than any file orgnet reads needs (a report nests about six levels; a config three). */
const MAX_JSON_DEPTH = 64;

/** The physical line (1-based) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line and column (both 1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const line = lineAt(text, offset);
  const start = text.lastIndexOf('\n', Math.min(offset, text.length) - 1) + 1;
  return { line, column: offset - start + 1 };
}

function problem(file: string, message: string, line: number | null): InputError {
  return new InputError(file, message, line === null ? [] : [{ line, message }]);
}

/** The offset where nesting first goes deeper than `limit`, or -1. Strings are skipped. */
function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}

const WORDS: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number written wrongly',
  PropertyNameExpected: 'expected a name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'a comment that never ends',
  UnexpectedEndOfString: 'a string that never ends',
  UnexpectedEndOfNumber: 'a number that ends too soon',
  InvalidUnicode: 'a \\u escape that is not 4 hex digits',
  InvalidEscapeCharacter: 'a backslash before a character that cannot be escaped',
  InvalidCharacter: 'a control character inside a string (write it as \\n, \\t or \\u00XX)',
};

/** The character at `offset`, escaped for a one-line message. */
function characterAt(text: string, offset: number): string {
  const c = text.codePointAt(offset);
  if (c === undefined) return 'the end of the file';
  const char = String.fromCodePoint(c);
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ? `"\\x${c.toString(16).padStart(2, '0')}"` : JSON.stringify(char);
}

/** Where and why `text` is not JSON, found by a second, error-tolerant parser. */
function syntaxError(text: string, file: string, fallback: string): InputError {
  const errors: ParseError[] = [];
  parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return problem(file, `not valid JSON: ${fallback}`, null);
  const { line, column } = lineAndColumn(text, first.offset);
  const code = printParseErrorCode(first.error);
  const what = WORDS[code] ?? code;
  // FILE:LINE: says the line; the column is said here. A truncated file is said to be one.
  if (first.offset >= text.trimEnd().length) return problem(file, `not valid JSON: the file ends too soon (at column ${column}, ${what})`, line);
  const found = code === 'InvalidSymbol' || code === 'ValueExpected' ? ` (found ${characterAt(text, first.offset)})` : '';
  return problem(file, `not valid JSON at column ${column}: ${what}${found}`, line);
}

/** Parses JSON text whose nesting is bounded; every problem is one InputError line naming the file. */
export function parseJsonText(text: string, file: string, maxDepth = MAX_JSON_DEPTH): unknown {
  const deep = tooDeepAt(text, maxDepth);
  if (deep >= 0) {
    const { line, column } = lineAndColumn(text, deep);
    throw problem(file, `arrays and objects nested more than ${maxDepth} deep (at column ${column}): no file orgnet reads nests so deep`, line);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message quotes a stretch of the text; only its first words are kept, as a fallback.
    const raw = error instanceof Error ? error.message : String(error);
    throw syntaxError(text, file, raw.split(/[,(]/)[0]!.trim());
  }
}

/** A value found where another was expected, in words: a type and, for a short scalar, the value. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quoteText(value);
  return String(value);
}

/** Text from a file quoted in a message: escaped, and cut short so the message stays on one line. */
export function quoteText(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** Byte-order marks of the encodings a JSON file may come in; UTF-32 first: its LE mark starts like UTF-16's. */
const MARKS: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'UTF-32 LE', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { name: 'UTF-32 BE', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { name: 'UTF-16 LE', bytes: [0xff, 0xfe] },
  { name: 'UTF-16 BE', bytes: [0xfe, 0xff] },
];

/**
 * The text of a JSON file, which must be UTF-8 (RFC 8259): a UTF-8 byte-order mark is dropped; a
 * file in UTF-16 or UTF-32 (a Windows editor's "Unicode") is named as such, and binary data or
 * bytes that are not UTF-8 are said to be so, each one line instead of a syntax error about a
 * character nobody typed.
 */
export function jsonTextOf(bytes: Uint8Array, file: string): string {
  const mark = MARKS.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (mark !== undefined) throw problem(file, `the file is ${mark.name} text; orgnet reads JSON in UTF-8: save it as UTF-8`, null);
  // UTF-16 or UTF-32 without a mark: ASCII characters come with NUL bytes beside them.
  const head = bytes.subarray(0, 64);
  if (head.length >= 4 && head[0] === 0 && head[1] === 0) throw problem(file, 'the file is UTF-32 BE text; orgnet reads JSON in UTF-8: save it as UTF-8', null);
  if (head.length >= 4 && head[1] === 0 && head[2] === 0 && head[3] === 0) throw problem(file, 'the file is UTF-32 LE text; orgnet reads JSON in UTF-8: save it as UTF-8', null);
  if (head.length >= 2 && (head[0] === 0) !== (head[1] === 0)) throw problem(file, `the file is UTF-16 ${head[0] === 0 ? 'BE' : 'LE'} text; orgnet reads JSON in UTF-8: save it as UTF-8`, null);
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw problem(file, 'binary data (a NUL byte): expected a JSON text file', lineAt(text, nul));
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0 && !hasReplacementCharacter(bytes)) {
    throw problem(file, 'not UTF-8 text (a byte that is no UTF-8 character): expected a JSON file in UTF-8', lineAt(text, bad));
  }
  return text;
}

/** Whether the bytes hold U+FFFD itself (EF BF BD), which decoding keeps and is no sign of bad bytes. */
function hasReplacementCharacter(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  return false;
}
