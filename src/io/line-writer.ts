/**
 * A file written line by line while reading (the `--rejects` file), that only appears
 * under its name when the run succeeds: lines go to a temporary file renamed at the end
 * (or straight through, to a device or a pipe: write-atomic.ts). Lines are written from the
 * readers' callbacks, so a failed write (a full disk) is kept and thrown by `commit`, where the
 * run can report it, rather than from deep inside a reader.
 */
import { writeError } from './output-target.js';
import { openOutput, readerLeft, type OpenOutput, type StandardStreams } from './write-atomic.js';

export class AtomicLineWriter {
  private open: OpenOutput | null;
  /** Nothing more is written: a write failed (`failure`), or the reader of a pipe has gone. */
  private stopped = false;
  private failure: unknown = null;

  private constructor(output: OpenOutput) {
    this.open = output;
  }

  /** Throws a UsageError, before anything is read, when `target` cannot be written. */
  static async create(target: string, std: StandardStreams): Promise<AtomicLineWriter> {
    return new AtomicLineWriter(await openOutput(target, std));
  }

  write(text: string): void {
    if (this.open === null || this.stopped) return;
    try {
      this.stopped = !this.open.writeNow(text);
    } catch (error) {
      this.stopped = true;
      if (!readerLeft(this.open, error)) this.failure = writeError(error, this.open.target);
    }
  }

  async commit(): Promise<void> {
    const output = this.open;
    this.open = null;
    if (output === null) return;
    try {
      if (this.failure !== null) throw this.failure;
      await output.commit();
    } catch (error) {
      await output.abort();
      if (!readerLeft(output, error)) throw writeError(error, output.target);
    }
  }

  async abort(): Promise<void> {
    const output = this.open;
    this.open = null;
    await output?.abort();
  }
}
