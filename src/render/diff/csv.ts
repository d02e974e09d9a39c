/** `orgnet diff --format csv --table T`: RFC 4180, spreadsheet-safe, like the report's CSV. */
import type { DiffResult } from '../../core/model/diff.js';
import { csvCell } from '../csv.js';
import { batched } from '../output.js';
import { diffTableData } from './columns.js';
import type { DiffRenderContext } from './context.js';

export function renderDiffCsv(diff: DiffResult, ctx: DiffRenderContext): Iterable<string> {
  const { columns, rows } = diffTableData(diff, ctx.table);
  function* lines(): Generator<string> {
    yield columns.map((c) => csvCell(c)).join(',') + '\r\n';
    for (const row of rows) yield row.map((c) => csvCell(c)).join(',') + '\r\n';
  }
  return batched(lines());
}
