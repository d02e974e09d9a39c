/** Renderers by format name: pure `(analysis, ctx) => string`. */
import { extname } from 'node:path';
import type { Analysis } from '../core/analyze.js';
import { UsageError } from '../core/errors.js';
import type { RenderContext } from './context.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const RENDERERS: Record<Format, (analysis: Analysis, ctx: RenderContext) => string> = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
};

const BY_EXTENSION: Record<string, Format> = { '.json': 'json', '.csv': 'csv', '.txt': 'table' };

/** `-o report.json` means JSON; an extension this version cannot write is a usage error. */
export function formatFromPath(path: string): Format {
  const ext = extname(path).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (format) return format;
  throw new UsageError(
    `cannot tell the format of ${path} from its extension; add --format ${FORMATS.join('|')} (or use .json, .csv, .txt)`,
  );
}
