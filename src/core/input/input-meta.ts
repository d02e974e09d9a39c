/**
 * `meta.input` (SPEC §6), built in one place for every reader (long and wide format), so the
 * shape and the row accounting rowsRead = rowsUsed + skippedRows + selfLoops + filteredRows
 * mean the same whatever the file's layout. `tiesDropped` is set later, by graph building.
 */
import type { InputMeta } from '../report/types.js';

export interface RowCounts {
  rowsRead: number;
  rowsUsed: number;
  skippedRows: number;
  selfLoops: number;
  filteredRows: number;
}

export function inputMeta(
  file: string,
  columns: InputMeta['columns'],
  delimiter: string,
  counts: RowCounts,
  relations: Record<string, number> | null,
): InputMeta {
  const { rowsRead, rowsUsed, skippedRows, selfLoops, filteredRows } = counts;
  return { file, columns, delimiter, rowsRead, rowsUsed, skippedRows, selfLoops, filteredRows, tiesDropped: 0, relations };
}
