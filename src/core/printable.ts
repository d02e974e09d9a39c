/**
 * Text from the user's files and command line as a message or a terminal should show it. Ids,
 * groups, file names and cells come from CSVs nobody here wrote: an escape character in one could
 * recolour, move the cursor or retitle the terminal that prints it, a newline would break a
 * one-line message or a table's rows, and a NUL or raw binary would reach the screen as noise.
 * Control characters (C0, DEL, C1) are shown as visible escapes instead: `\n`, `\t`, `\r`,
 * else `\xHH`.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
