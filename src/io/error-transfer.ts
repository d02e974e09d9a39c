/**
 * An error thrown in a worker thread, carried to the main thread as plain data and thrown there
 * as the same kind of error, so a user's mistake still exits 2 with its one-line message and
 * anything else still exits 3 (cli/main.ts).
 */
import { InputError, UsageError } from '../core/base/errors.js';
import type { Problem } from '../core/model/ingest.js';

export type CarriedError =
  | { kind: 'input'; file: string; message: string; problems: Problem[]; more: number }
  | { kind: 'usage'; message: string }
  | { kind: 'internal'; message: string };

export function carry(error: unknown): CarriedError {
  if (error instanceof InputError) return { kind: 'input', file: error.file, message: error.message, problems: error.problems, more: error.more };
  if (error instanceof UsageError) return { kind: 'usage', message: error.message };
  return { kind: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

export function rebuild(carried: CarriedError): Error {
  switch (carried.kind) {
    case 'input':
      return new InputError(carried.file, carried.message, carried.problems, carried.more);
    case 'usage':
      return new UsageError(carried.message);
    case 'internal':
      return new Error(carried.message);
  }
}
