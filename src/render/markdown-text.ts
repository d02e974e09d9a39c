/**
 * Text from the user's files (ids, group and attribute names, file names) made inert in
 * GitHub-flavoured Markdown: it must never close a table cell (`|`), open a code span, emphasis,
 * a link, math or a mention (`` ` * _ [ ] ~ $ @ ``…), or become HTML (`<script>`, `&lt;`).
 * CommonMark lets any ASCII punctuation be backslash-escaped; only the characters that start
 * syntax inside a line are, so the raw text stays readable in a diff (`.`, `-` and `:` start
 * nothing there, except `:name:`, an emoji on GitHub). `& < >` become entities; a line break
 * inside a name becomes `<br>`, the one way to break a line in a table cell; other control
 * characters get the terminal's visible escapes (`\x1b`).
 */
import { printable } from './printable.js';

const PUNCTUATION = /[\\`*_[\]|~$@]|:(?=[\w+-]+:)/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function inline(text: string): string {
  return printable(text)
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(PUNCTUATION, (c) => `\\${c}`);
}

export function md(text: string): string {
  return text.split(/\r\n|\r|\n/).map(inline).join('<br>');
}

/** A Markdown table: a header row, an alignment row, then one row per entry; cells are ready text. */
export function mdTable(head: string[], rows: readonly string[][], align?: ('left' | 'right')[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |\n`;
  const rule = head.map((_, i) => ((align?.[i] ?? (i === 0 ? 'left' : 'right')) === 'right' ? '---:' : '---'));
  return line(head) + line(rule) + rows.map(line).join('');
}
