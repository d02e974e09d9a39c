/** Renderers by format name (SPEC §5 `--format`), each `(analysis, ctx) => chunks` (output.ts). */
import { extname } from 'node:path';
import { UsageError } from '../core/errors.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/index.js';
import { renderJson } from './json.js';
import type { Renderer } from './output.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const RENDERERS: Record<Format, Renderer> = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  html: renderHtml,
};

const BY_EXTENSION: Record<string, Format> = { '.json': 'json', '.csv': 'csv', '.txt': 'table', '.html': 'html', '.htm': 'html' };

/** `-o report.json` means JSON; an extension this version cannot write is a usage error. */
export function formatFromPath(path: string): Format {
  const ext = extname(path).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (format) return format;
  const known = Object.keys(BY_EXTENSION).join(', ');
  throw new UsageError(`cannot tell the format of ${path} from its extension; add --format ${FORMATS.join('|')} (or use ${known})`);
}
