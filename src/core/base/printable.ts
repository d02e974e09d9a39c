/**
 * Text from the user's files and command line as a message or a terminal should show it. Ids,
 * groups, file names and cells come from CSVs nobody here wrote: an escape character in one could
 * recolour, move the cursor or retitle the terminal that prints it, a newline would break a
 * one-line message or a table's rows, and a NUL or raw binary would reach the screen as noise.
 * Control characters (C0, DEL, C1) are shown as visible escapes instead: `\n`, `\t`, `\r`,
 * else `\xHH`.
 *
 * So are the characters that change how text around them looks without being seen: the
 * bidirectional controls (a right-to-left override, U+202E, would show the rest of a sentence
 * backwards) and the invisible ones (zero-width spaces, a soft hyphen, a byte-order mark), each as
 * `\uHHHH`. Two different names then never look the same. The joiners U+200C and U+200D stay:
 * they shape letters visibly in Persian, Indic scripts and emoji.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  if (Object.hasOwn(NAMED, c)) return NAMED[c]!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function printable(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** Bidirectional controls, and letters of the scripts written right to left. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * `text` isolated from the sentence around it (U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE, the plain-text form of HTML's `<bdi>`) when it could reorder that sentence:
 * when it holds right-to-left letters or a bidirectional control. Whatever the name holds then
 * stays inside it — an override ends at the isolate's end — and "Yusuf (3)" keeps its number where
 * it was written. Other text is returned as it is.
 */
export function isolated(text: string): string {
  return RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text;
}
