/**
 * `orgnet diff` in the terminal: the sections of sections.ts as cli-table3 tables and lines,
 * then the `--fail-on` rules. Colour comes from the context only; every name is shown
 * printable (control characters as visible escapes), as in the analysis table.
 */
import Table from 'cli-table3';
import type { DiffResult } from '../../core/model/diff.js';
import { diffEn } from '../i18n/diff-en.js';
import { printable } from '../printable.js';
import type { DiffRenderContext } from './context.js';
import { failOnLines } from './fail-on.js';
import { diffSections, type Block } from './sections.js';

function block(b: Block, ctx: DiffRenderContext): string {
  const { chalk } = ctx;
  switch (b.kind) {
    case 'text':
      return printable(b.text);
    case 'note':
      return chalk.dim(printable(b.text));
    case 'table': {
      const t = new Table({ head: b.head.map((h) => chalk.bold(h)), style: { head: [], border: [], compact: true }, colAligns: b.align });
      for (const row of b.rows) t.push(row.map(printable));
      return t.toString();
    }
  }
}

export function diffTableText(diff: DiffResult, ctx: DiffRenderContext): string {
  const { chalk } = ctx;
  const { heading, sections } = diffSections(diff, ctx.top);
  const parts = [chalk.bold(printable(heading))];
  for (const s of sections) parts.push('', chalk.bold.cyan(s.title), ...s.blocks.map((b) => block(b, ctx)));
  if (diff.failOn) parts.push('', chalk.bold.cyan(diffEn.failOn), ...failOnLines(diff.failOn, ctx));
  return parts.join('\n') + '\n';
}

/** The terminal view shows the top of each list only, so it is small: one chunk. */
export function* renderDiffTable(diff: DiffResult, ctx: DiffRenderContext): Generator<string> {
  yield diffTableText(diff, ctx);
}
