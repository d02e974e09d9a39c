/** Renderers by format name (SPEC §5 `--format`), each `(analysis, ctx) => chunks` (output.ts). */
import { extname } from 'node:path';
import { UsageError } from '../core/errors.js';
import { ALL_PARTS, NO_PARTS, type Parts } from '../core/report/parts.js';
import type { TableName } from './context.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/index.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import type { Renderer } from './output.js';
import { renderTable } from './table.js';
import { renderXlsx } from './xlsx/index.js';

export const FORMATS = ['table', 'json', 'csv', 'md', 'ndjson', 'xlsx', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const RENDERERS: Record<Format, Renderer> = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  md: renderMarkdown,
  ndjson: renderNdjson,
  xlsx: renderXlsx,
  html: renderHtml,
};

/** Formats whose output is bytes, not text: never written to a terminal by accident. */
export const BINARY_FORMATS: readonly Format[] = ['xlsx'];

/** The formats that write one table (`--table`). */
const TABULAR: readonly string[] = ['csv', 'ndjson'];

/**
 * What an output reads of the report (report/parts.ts): the whole report for the views, and for
 * a single table only what that table shows — `--table ties` needs no metric at all.
 */
export function partsFor(format: Format, table: TableName): Parts {
  if (!TABULAR.includes(format)) return ALL_PARTS;
  switch (table) {
    case 'people':
      return ALL_PARTS;
    case 'groups':
      return new Set(['groups', 'paths', 'activity']);
    case 'communities':
      return new Set(['communities', 'groups']); // a column per group
    case 'activity':
      return new Set(['activity']);
    case 'mixing':
      return new Set(['groups']);
    case 'ties':
      return NO_PARTS;
  }
}

const BY_EXTENSION: Record<string, Format> = {
  '.json': 'json', '.csv': 'csv', '.txt': 'table', '.md': 'md', '.markdown': 'md', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.xlsx': 'xlsx',
  '.html': 'html', '.htm': 'html',
};

/** `-o report.json` means JSON; an extension this version cannot write is a usage error. */
export function formatFromPath(path: string): Format {
  const ext = extname(path).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (format) return format;
  const known = Object.keys(BY_EXTENSION).join(', ');
  throw new UsageError(`cannot tell the format of ${path} from its extension; add --format ${FORMATS.join('|')} (or use ${known})`);
}
