/**
 * Bad rows (docs/input.md#bad-input). Strict (default): every bad row is counted while reading goes on, so the
 * user sees all the trouble at once, then the first ten stop the run before any output. Lenient:
 * bad rows are skipped, each one handed to `onReject` (for `--rejects`), and summed up in one warning.
 * Collecting (an `onProblem` hook, for `orgnet validate`): every bad row is handed over and
 * skipped, in either mode, and neither stops the run nor makes a warning — the caller reports them.
 * A row gets at most one problem, so counts are rows.
 */
import { InputError } from '../../base/errors.js';
import type { Problem } from '../../model/ingest.js';
import type { Reject } from '../../model/ingest.js';

const MAX_LISTED_PROBLEMS = 10;

export class ProblemLog {
  count = 0;
  private readonly listed: Problem[] = [];

  constructor(
    private readonly file: string,
    private readonly lenient: boolean,
    private readonly onReject?: (reject: Reject) => void,
    private readonly onProblem?: (problem: Problem) => void,
  ) {}

  add(line: number, message: string, raw: string | undefined): void {
    this.count++;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push({ line, message });
    this.onProblem?.({ line, message });
    if (this.lenient) this.onReject?.({ line, reason: message, raw: raw ?? '' });
  }

  /** In strict mode, an InputError listing the first problems and counting the rest. */
  throwIfStrict(): void {
    if (this.lenient || this.count === 0 || this.onProblem !== undefined) return;
    const rows = `${this.count} bad row${this.count === 1 ? '' : 's'}`;
    throw new InputError(this.file, `${rows}; fix them or use --lenient to skip them`, this.listed, this.count - this.listed.length);
  }

  /** The lenient summary for `meta.warnings`, or null when nothing was skipped. */
  warning(): string | null {
    const first = this.listed[0];
    if (first === undefined || this.onProblem !== undefined) return null;
    const rows = `${this.count} bad row${this.count === 1 ? '' : 's'}`;
    return `${this.file}: skipped ${rows} (first: line ${first.line}: ${first.message})`;
  }
}
