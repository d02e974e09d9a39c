/**
 * The problems of one file (`orgnet validate`): every one counted, the first `limit` kept with
 * their line and message, in the order they were found — file order, as the readers go.
 */
import { InputError } from '../base/errors.js';
import type { ValidationProblem } from '../model/validation.js';

export type Severity = ValidationProblem['severity'];

export class ProblemList {
  errors = 0;
  warnings = 0;
  readonly listed: ValidationProblem[] = [];

  constructor(
    readonly file: string,
    private readonly limit: number,
  ) {}

  add(line: number | null, message: string, severity: Severity = 'error'): void {
    if (severity === 'error') this.errors++;
    else this.warnings++;
    if (this.listed.length < this.limit) this.listed.push({ file: this.file, line, message, severity });
  }

  /** Errors counted without being listed (past the limit of a list held elsewhere). */
  addUnlisted(errors: number): void {
    this.errors += errors;
  }

  /** An error that stopped a reader: its lines (or the whole file), and the ones it only counted. */
  addInputError(error: InputError): void {
    if (error.problems.length === 0) this.add(null, error.message);
    for (const p of error.problems) this.add(p.line, p.message);
    this.addUnlisted(error.more);
  }

  get count(): number {
    return this.errors + this.warnings;
  }

  get notListed(): number {
    return this.count - this.listed.length;
  }
}
