/**
 * Temporary folders for tests: `tempDir('parquet')` is a fresh folder under the system's temporary
 * directory, and every folder a test file made is removed when that file's tests are done, passed
 * or failed — the file needs no afterAll of its own, so none can forget it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A fresh, empty folder named `orgnet-PREFIX-…`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `orgnet-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes the folders made so far (also run after the test file's last test). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Imported by a test file, this module is evaluated while the file is collected: the hook joins that file's own.
afterAll(removeTempDirs);
