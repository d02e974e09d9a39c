/**
 * Reads Markdown the way a renderer does (markdown-it, CommonMark + GFM tables, raw HTML
 * allowed so any that slips through is seen): every table under its heading, each cell as
 * the text a reader sees (`<br>` as a line break), and which inline markup each cell holds.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

interface Cell { text: string; markup: string[] }
export interface Table { heading: string; head: Cell[]; rows: Cell[][] }

const parser = new MarkdownIt({ html: true });

function cellOf(inline: Token): Cell {
  let text = '';
  const markup: string[] = [];
  for (const t of inline.children ?? []) {
    if (t.type === 'text') text += t.content;
    else if (t.type === 'html_inline' && /^<br\s*\/?>$/i.test(t.content)) text += '\n';
    else if (t.type === 'code_inline') {
      text += t.content;
      markup.push('code');
    } else markup.push(t.type === 'html_inline' ? `html ${t.content}` : t.type);
  }
  return { text, markup };
}

export function tablesOf(markdown: string): Table[] {
  const tokens = parser.parse(markdown, {});
  const tables: Table[] = [];
  let heading = '';
  let row: Cell[] | null = null;
  let inHead = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') heading = tokens[i + 1]!.content;
    else if (t.type === 'table_open') tables.push({ heading, head: [], rows: [] });
    else if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'tbody_open') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if ((t.type === 'th_open' || t.type === 'td_open') && row) row.push(cellOf(tokens[i + 1]!));
    else if (t.type === 'tr_close' && row) {
      const table = tables[tables.length - 1]!;
      if (inHead) table.head = row;
      else table.rows.push(row);
      row = null;
    }
  }
  return tables;
}

/** The headings of the document, in order. */
export function headingsOf(markdown: string): string[] {
  const tokens = parser.parse(markdown, {});
  return tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1]!.content}`] : []));
}

/** The table under a heading, as plain text cells. */
export function table(markdown: string, heading: string | RegExp): { head: string[]; rows: string[][] } {
  const found = tablesOf(markdown).find((t) => (typeof heading === 'string' ? t.heading === heading : heading.test(t.heading)));
  if (!found) throw new Error(`no table under ${String(heading)}`);
  return { head: found.head.map((c) => c.text), rows: found.rows.map((r) => r.map((c) => c.text)) };
}
