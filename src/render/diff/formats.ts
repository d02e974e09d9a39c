/**
 * Diff renderers by `--format` name, each `(diff, ctx) => chunks` (render/output.ts). `junit`
 * writes the `--fail-on` rules only (one testcase per rule), as `check --format junit` does.
 */
import { extname } from 'node:path';
import type { DiffResult } from '../../core/model/diff.js';
import { UsageError } from '../../core/base/errors.js';
import type { Chunks } from '../output.js';
import type { DiffRenderContext } from './context.js';
import { renderDiffCsv } from './csv.js';
import { renderFailOnJunit } from './fail-on.js';
import { renderDiffJson } from './json.js';
import { renderDiffMarkdown } from './markdown.js';
import { renderDiffTable } from './table.js';

export const DIFF_FORMATS = ['table', 'json', 'md', 'csv', 'junit'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export type DiffRenderer = (diff: DiffResult, ctx: DiffRenderContext) => Chunks;

function* junit(diff: DiffResult, ctx: DiffRenderContext): Generator<string> {
  // The command refuses --format junit without --fail-on, so failOn is set here.
  yield renderFailOnJunit(diff.failOn ?? { tripped: false, rules: [] }, ctx);
}

export const DIFF_RENDERERS: Record<DiffFormat, DiffRenderer> = {
  table: renderDiffTable,
  json: renderDiffJson,
  md: renderDiffMarkdown,
  csv: renderDiffCsv,
  junit,
};

const BY_EXTENSION: Record<string, DiffFormat> = { '.json': 'json', '.md': 'md', '.csv': 'csv', '.txt': 'table', '.xml': 'junit' };

/** `-o changes.md` means Markdown; an extension the diff cannot write is a usage error. */
export function diffFormatFromPath(path: string): DiffFormat {
  const format = BY_EXTENSION[extname(path).toLowerCase()];
  if (format) return format;
  throw new UsageError(`cannot tell the format of ${path} from its extension; add --format ${DIFF_FORMATS.join('|')} (or use ${Object.keys(BY_EXTENSION).join(', ')})`);
}
