/**
 * `orgnet validate` renderers by `--format` name, each `(validation, ctx) => chunks`
 * (render/output.ts). The validation lists at most `--limit` items per list, so it is small:
 * JSON is written in one piece, the bytes of `JSON.stringify(validation, null, 2) + '\n'`. Its
 * JSON Schema ships as src/core/report/validate-schema.json (`orgnet/validate-schema.json`).
 */
import { extname } from 'node:path';
import { UsageError } from '../../core/base/errors.js';
import type { Validation } from '../../core/model/validation.js';
import type { RenderContext } from '../context.js';
import type { Chunks } from '../output.js';
import { renderValidationTable } from './table.js';

export const VALIDATE_FORMATS = ['table', 'json'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export type ValidationRenderer = (validation: Validation, ctx: RenderContext) => Chunks;

function* renderValidationJson(validation: Validation): Generator<string> {
  yield `${JSON.stringify(validation, null, 2)}\n`;
}

export const VALIDATE_RENDERERS: Record<ValidateFormat, ValidationRenderer> = {
  table: renderValidationTable,
  json: renderValidationJson,
};

const BY_EXTENSION: Record<string, ValidateFormat> = { '.json': 'json', '.txt': 'table' };

/** `-o check.json` means JSON; an extension validate cannot write is a usage error. */
export function validateFormatFromPath(path: string): ValidateFormat {
  const format = BY_EXTENSION[extname(path).toLowerCase()];
  if (format) return format;
  throw new UsageError(`cannot tell the format of ${path} from its extension; add --format ${VALIDATE_FORMATS.join('|')} (or use ${Object.keys(BY_EXTENSION).join(', ')})`);
}
