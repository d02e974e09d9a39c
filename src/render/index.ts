/** Renderers by format name (SPEC §5 `--format`), each `(analysis, ctx) => chunks` (output.ts). */
import { extname } from 'node:path';
import { UsageError } from '../core/base/errors.js';
import { ALL_PARTS, NO_PARTS, type Parts } from '../core/model/parts.js';
import type { TableName } from './context.js';
import type { Renderer } from './output.js';

export const FORMATS = ['table', 'json', 'csv', 'md', 'ndjson', 'xlsx', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Each format's renderer, loaded when a run asks for it: the page, the workbook and the views
 * with their languages are most of the renderers' code, and a run writes one format.
 */
export const RENDERERS: Record<Format, () => Promise<Renderer>> = {
  table: async () => (await import('./table.js')).renderTable,
  json: async () => (await import('./json.js')).renderJson,
  csv: async () => (await import('./csv.js')).renderCsv,
  md: async () => (await import('./markdown.js')).renderMarkdown,
  ndjson: async () => (await import('./ndjson.js')).renderNdjson,
  xlsx: async () => (await import('./xlsx/index.js')).renderXlsx,
  html: async () => (await import('./html/index.js')).renderHtml,
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
