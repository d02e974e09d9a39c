/**
 * What `orgnet validate` learns from a file as it is parsed, beside its reader (model/ingest.ts
 * `RecordObserver`): the header and its delimiter, the number of data records, and — for the
 * interactions file — the records that repeat an earlier one (row-set.ts).
 */
import type { RecordObserver } from '../model/ingest.js';
import { RowSet } from './row-set.js';

export interface Repeat {
  line: number;
  firstLine: number;
}

export class FileObserver implements RecordObserver {
  names: string[] | null = null;
  delimiter: string | null = null;
  records = 0;
  readonly rows: RowSet | null;
  readonly examples: Repeat[] = [];

  /** `onRepeat` hears of every repeated record, in file order (for `--strict`). */
  constructor(
    duplicates: boolean,
    private readonly limit: number,
    private readonly onRepeat?: (repeat: Repeat) => void,
  ) {
    this.rows = duplicates ? new RowSet() : null;
  }

  header(names: readonly string[], delimiter: string): void {
    this.names = [...names];
    this.delimiter = delimiter;
  }

  malformed(): void {
    this.records++;
  }

  record(fields: readonly string[], line: number): void {
    this.records++;
    if (this.rows === null) return;
    const firstLine = this.rows.add(fields, line);
    if (firstLine === 0) return;
    if (this.examples.length < this.limit) this.examples.push({ line, firstLine });
    this.onRepeat?.({ line, firstLine });
  }
}
