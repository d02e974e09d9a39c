/**
 * The report's renderers by format name (`analyze --format`), each `(analysis, ctx) => chunks`
 * (output.ts), as the format registry (formats.ts) holds them; and what each output reads.
 */
import { ALL_PARTS, NO_PARTS, type Parts } from '../core/model/parts.js';
import type { TableName } from './context.js';
import { formatFromPath as fromPath, formatNames, isBinary, rendererOf, type FormatName } from './formats.js';
import type { Renderer } from './output.js';

export const FORMATS = formatNames('analyze');
export type Format = FormatName<'analyze'>;

/** Each format's renderer, loaded when a run asks for it. */
export const RENDERERS = Object.fromEntries(FORMATS.map((f) => [f, () => rendererOf('analyze', f)])) as Record<Format, () => Promise<Renderer>>;

/** Formats whose output is bytes, not text: never written to a terminal by accident. */
export const BINARY_FORMATS: readonly Format[] = FORMATS.filter((f) => isBinary('analyze', f));

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
    case 'attributes':
      return new Set(['groups']);
    case 'ties':
      return NO_PARTS;
    case 'windows':
      // A window's group figures need the report's groups.
      return new Set(['windows', 'groups']);
  }
}

/** `-o report.json` means JSON; an extension this version cannot write is a usage error. */
export const formatFromPath = (path: string): Format => fromPath('analyze', path);
