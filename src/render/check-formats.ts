/** Check renderers by `--format` name: pure `(result, ctx) => string`. */
import type { CheckResult } from '../core/check/types.js';
import type { CheckRenderContext } from './check-context.js';
import { renderCheckJson } from './check-json.js';
import { renderCheckTable } from './check-table.js';
import { renderJunit } from './junit.js';

export const CHECK_FORMATS = ['table', 'json', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const CHECK_RENDERERS: Record<CheckFormat, (result: CheckResult, ctx: CheckRenderContext) => string> = {
  table: renderCheckTable,
  json: renderCheckJson,
  junit: renderJunit,
};

export function isCheckFormat(name: string): name is CheckFormat {
  return CHECK_FORMATS.some((format) => format === name);
}
