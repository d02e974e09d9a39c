/**
 * The small set of errors orgnet knows about. `cli/main.ts` maps them to exit codes
 * (docs/ci.md#exit-codes): UsageError and InputError → 2, anything else → 3 (internal).
 */
import type { Problem } from '../model/ingest.js';

export class OrgnetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A flag, rule or option the user got wrong. */
export class UsageError extends OrgnetError {}


/**
 * Bad input: a file that cannot be read, a missing column, or bad rows.
 * `problems` holds at most a handful of row problems; `more` counts the rest.
 */
export class InputError extends OrgnetError {
  readonly file: string;
  readonly problems: Problem[];
  readonly more: number;

  constructor(file: string, message: string, problems: Problem[] = [], more = 0) {
    super(message);
    this.file = file;
    this.problems = problems;
    this.more = more;
  }

  /** The lines a user sees on stderr: `FILE:LINE: message`, then a count of the rest. */
  lines(): string[] {
    if (this.problems.length === 0) return [`${this.file}: ${this.message}`];
    const out = this.problems.map((p) => `${this.file}:${p.line}: ${p.message}`);
    if (this.more > 0) out.push(`${this.file}: … and ${this.more} more problem${this.more === 1 ? '' : 's'}`);
    return out;
  }
}
