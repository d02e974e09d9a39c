/**
 * A file written line by line while reading (the `--rejects` file), that only appears
 * under its name when the run succeeds: lines go to a temporary file renamed at the end.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export class AtomicLineWriter {
  private readonly temp: string;
  private fd: number | null;

  constructor(private readonly target: string) {
    this.temp = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
    this.fd = openSync(this.temp, 'w');
  }

  write(text: string): void {
    if (this.fd !== null) writeSync(this.fd, text);
  }

  commit(): void {
    this.close();
    renameSync(this.temp, this.target);
  }

  abort(): void {
    this.close();
    rmSync(this.temp, { force: true });
  }

  private close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
