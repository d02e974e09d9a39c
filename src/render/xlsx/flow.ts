/**
 * Back-pressure for exceljs's streaming writer. A committed row is XML handed straight to the
 * zip, and exceljs never waits: written in one loop, a 50,000-person workbook would pile up
 * whole in memory ahead of the compressor. So every few hundred rows the sheet writer waits
 * here until the zip has taken what it was given — and the zip itself only moves as fast as
 * the output file (or the pipe) takes the bytes, since the rest of the chain is Node pipes.
 *
 * exceljs hands a sheet's XML to a PassThrough (`worksheet.stream.pipes[0]`, made by the zip
 * library) that the compressor reads; its buffered length is what is still waiting. Those are
 * internals: if they are not where expected, the writer still yields to the event loop, which
 * lets the compressor run but bounds nothing.
 */
import { once } from 'node:events';

/**
 * Bytes of uncompressed XML allowed to wait for the compressor. Measured on the 10,000-person
 * organization: 4 MiB let the process grow about 45 MiB more than 256 KiB, for no gain in speed.
 */
export const MAX_PENDING = 256 * 1024;

interface StreamState {
  length?: number;
  ending?: boolean;
}

interface Pending {
  writableLength?: number;
  _writableState?: StreamState;
  _readableState?: StreamState;
  once?: unknown;
}

export class Flow {
  private failure: Error | null = null;
  private readonly stopped: Promise<never>;
  private stop!: (error: Error) => void;

  constructor() {
    this.stopped = new Promise<never>((_resolve, reject) => {
      this.stop = reject;
    });
    // Nobody may be waiting when the flow stops; the rejection is read by the next wait.
    this.stopped.catch(() => undefined);
  }

  /** Ends every wait with this error: the output failed, or its reader went away. */
  abort(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.stop(error);
  }

  /**
   * Waits until the sheet's XML has mostly reached the compressor. Only while the sheet is
   * being written: a stream that has been ended never emits 'drain' again.
   */
  async pace(worksheet: unknown): Promise<void> {
    if (this.failure) throw this.failure;
    const pending = pendingStream(worksheet);
    if (pending && pending._writableState?.ending !== true && bufferedBytes(pending) > MAX_PENDING) {
      await Promise.race([once(pending as unknown as NodeJS.EventEmitter, 'drain'), this.stopped]);
    } else {
      await this.yield();
    }
  }

  /** Lets the compressor and the output run; ends with the flow's error if it has stopped. */
  async yield(): Promise<void> {
    if (this.failure) throw this.failure;
    await Promise.race([new Promise((resolve) => setImmediate(resolve)), this.stopped]);
  }
}

function pendingStream(worksheet: unknown): Pending | null {
  const stream = (worksheet as { stream?: { pipes?: unknown } } | null)?.stream;
  const pipes = stream?.pipes;
  const first = Array.isArray(pipes) ? (pipes[0] as Pending | undefined) : undefined;
  return first && typeof first.once === 'function' ? first : null;
}

function bufferedBytes(stream: Pending): number {
  const writable = typeof stream.writableLength === 'number' ? stream.writableLength : (stream._writableState?.length ?? 0);
  return writable + (stream._readableState?.length ?? 0);
}
