/**
 * A file written line by line while reading (the `--rejects` file), that only appears
 * under its name when the run succeeds: lines go to a temporary file renamed at the end.
 */
import { closeSync, writeSync } from 'node:fs';
import { openTemp, settleTemp } from './write-atomic.js';

export class AtomicLineWriter {
  private readonly temp: string;
  private fd: number | null;

  /** Throws a UsageError, before anything is read, when `target` cannot be written. */
  constructor(private readonly target: string) {
    const { temp, fd } = openTemp(target);
    this.temp = temp;
    this.fd = fd;
  }

  write(text: string): void {
    if (this.fd !== null) writeSync(this.fd, text);
  }

  commit(): void {
    this.close();
    settleTemp(this.temp, this.target, true);
  }

  abort(): void {
    this.close();
    settleTemp(this.temp, this.target, false);
  }

  private close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
