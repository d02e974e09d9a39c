/** Graph exports by format name (SPEC §5 `export --to`), each `(analysis, ctx) => chunks`. */
import { extname } from 'node:path';
import { UsageError } from '../../core/base/errors.js';
import type { Renderer } from '../output.js';
import { renderGexf } from './gexf.js';
import { renderGraphml } from './graphml.js';
import { renderGraphologyJson } from './graphology-json.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORTERS: Record<ExportFormat, Renderer> = {
  gexf: renderGexf,
  graphml: renderGraphml,
  json: renderGraphologyJson,
};

const BY_EXTENSION: Record<string, ExportFormat> = { '.gexf': 'gexf', '.graphml': 'graphml', '.json': 'json' };

/** `-o org.gexf` means GEXF; any other extension needs `--to`. */
export function exportFormatFromPath(path: string): ExportFormat {
  const format = BY_EXTENSION[extname(path).toLowerCase()];
  if (format) return format;
  throw new UsageError(`cannot tell the export format of ${path} from its extension; add --to ${EXPORT_FORMATS.join('|')} (or use .gexf, .graphml, .json)`);
}
