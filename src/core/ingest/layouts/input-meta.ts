/**
 * `meta.input` (docs/outputs.md), built in one place for every reader (long, wide and events format), so
 * the shape and the row accounting rowsRead = rowsUsed + skippedRows + selfLoops + filteredRows
 * mean the same whatever the file's layout. `tiesDropped` is set later, by graph building.
 * The counts only one mode has (events, deliveries) are null in the others.
 */
import type { Encoding } from '../../model/options.js';
import type { EventCounts, InputMeta } from '../../model/report.js';

export interface RowCounts {
  rowsRead: number;
  rowsUsed: number;
  skippedRows: number;
  selfLoops: number;
  filteredRows: number;
}

/** What `--split-targets` adds to the row counts. */
interface DeliveryCounts {
  deliveries: number;
  broadcasts: number;
  selfDeliveries: number;
}

export interface InputMetaParts {
  file: string;
  encoding: Encoding;
  /** Missing roles are null; `event`/`person` exist with --events only. */
  columns: Partial<InputMeta['columns']>;
  delimiter: string;
  counts: RowCounts;
  relations: Record<string, number> | null;
  events?: EventCounts;
  deliveries?: DeliveryCounts;
  /** How the times were read, and the columns nothing claimed (absent: no time read, none unused). */
  time?: Pick<InputMeta, 'dateOrder' | 'clock' | 'unusedColumns'>;
}

export function inputMeta(parts: InputMetaParts): InputMeta {
  const { file, encoding, delimiter, relations } = parts;
  const { rowsRead, rowsUsed, skippedRows, selfLoops, filteredRows } = parts.counts;
  const c = parts.columns;
  const columns: InputMeta['columns'] = {
    source: c.source ?? null,
    target: c.target ?? null,
    weight: c.weight ?? null,
    timestamp: c.timestamp ?? null,
    relation: c.relation ?? null,
    event: c.event ?? null,
    person: c.person ?? null,
  };
  return {
    file, encoding, columns, delimiter, rowsRead, rowsUsed, skippedRows, selfLoops, filteredRows, tiesDropped: 0, relations,
    events: parts.events ?? null,
    deliveries: parts.deliveries?.deliveries ?? null,
    broadcasts: parts.deliveries?.broadcasts ?? null,
    selfDeliveries: parts.deliveries?.selfDeliveries ?? null,
    dateOrder: parts.time?.dateOrder ?? null,
    clock: parts.time?.clock ?? 'calendar',
    unusedColumns: parts.time?.unusedColumns ?? [],
  };
}
