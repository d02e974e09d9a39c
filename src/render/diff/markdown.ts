/**
 * `orgnet diff --format md`: the same sections as the terminal view, as GitHub-flavoured
 * Markdown (a CI job can append it to a pull request or a job summary). Every cell and line
 * is escaped: Markdown punctuation with a backslash, so a name can never open a link, an
 * emphasis or a new table cell; control characters as visible escapes.
 */
import type { DiffResult, FailOnResult } from '../../core/model/diff.js';
import { diffEn } from '../i18n/diff-en.js';
import { printable } from '../printable.js';
import type { DiffRenderContext } from './context.js';
import { failOnSummary, failOnValue } from './fail-on.js';
import { diffSections, type Block } from './sections.js';

/** Backslash-escapes the ASCII punctuation Markdown (and GFM tables) would read as syntax. */
export function escapeMarkdown(text: string): string {
  return printable(text).replace(/[\\`*_[\]<>|~#&!]/g, (c) => `\\${c}`);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'text':
      // Indented lines stay list-like; a leading space would otherwise be lost.
      return b.text.startsWith('  ') ? `- ${escapeMarkdown(b.text.trim())}` : escapeMarkdown(b.text);
    case 'note':
      return `*${escapeMarkdown(b.text)}*`;
    case 'table':
      return [row(b.head.map(escapeMarkdown)), row(b.align.map((a) => (a === 'right' ? '---:' : ':---'))), ...b.rows.map((r) => row(r.map(escapeMarkdown)))].join('\n');
  }
}

function failOnBlock(result: FailOnResult): string {
  const rows = result.rules.map((r) => [r.status, r.rule, failOnValue(r), r.message]);
  return [block({ kind: 'table', head: [...diffEn.failOnHead], rows, align: ['left', 'left', 'right', 'left'] }), escapeMarkdown(failOnSummary(result))].join('\n\n');
}

export function diffMarkdownText(diff: DiffResult, ctx: DiffRenderContext): string {
  const { heading, sections } = diffSections(diff, ctx.top);
  const parts = [`# ${escapeMarkdown(heading)}`];
  for (const s of sections) {
    parts.push(`## ${escapeMarkdown(s.title)}`);
    // A blank line between blocks, so a table and the line before it never merge.
    parts.push(s.blocks.map(block).join('\n\n'));
  }
  if (diff.failOn) parts.push(`## ${diffEn.failOn}`, failOnBlock(diff.failOn));
  return parts.join('\n\n') + '\n';
}

export function* renderDiffMarkdown(diff: DiffResult, ctx: DiffRenderContext): Generator<string> {
  yield diffMarkdownText(diff, ctx);
}
