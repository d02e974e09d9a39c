/**
 * Outputs written through rather than replaced (output-target.ts says which): a character
 * device, a FIFO, this process's standard output or error. Nothing is renamed over them, so a
 * device stays a device and the reader waiting on a pipe gets the report.
 *
 * A FIFO is opened without blocking and written on the event loop (as Node writes to a pipe on
 * standard output): opening one waits for its reader, and writing one waits for the reader to
 * read, and while either waits Ctrl-C must still end the run at once. A blocking open or write
 * would hold one of Node's threads, and a process cannot exit while one is held.
 */
import { closeSync, constants, createWriteStream, openSync, writeSync, type WriteStream } from 'node:fs';
import { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { writeError } from './output-target.js';

/** Standard output or error as a command holds it (an Io's stream in tests). */
export interface TextSink {
  write(chunk: string | Uint8Array): unknown;
}

export interface StandardStreams {
  stdout: TextSink;
  stderr: TextSink;
}

/** An output open for writing: `commit` makes it final, `abort` leaves no file behind. */
export interface OpenOutput {
  /** The path as the user gave it, for messages. */
  readonly target: string;
  /** Written through (a device, a pipe, standard output): nothing to rename, nothing to remove. */
  readonly through: boolean;
  /** Where a renderer's chunks go, waiting for 'drain' when it has one. */
  readonly out: Writable | TextSink;
  /**
   * Writes `text` at once, from a reader's callback (the `--rejects` file): to a file or a
   * device it is on its way when this returns; to a pipe it is queued. False once the reader
   * of a pipe has gone.
   */
  writeNow(text: string): boolean;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** How long to wait between two looks for a FIFO's reader. */
const READER_POLL_MS = 50;

/**
 * A stream kept from throwing its first failure as an unhandled 'error' event (a write that
 * fails while the renderer is between two writes): the failure is held, and the next write
 * throws it, and so does `end`.
 */
export class Guarded<T extends Writable> {
  private failure: unknown = null;

  constructor(readonly stream: T) {
    stream.on('error', (error) => {
      this.failure ??= error;
    });
    const write = stream.write.bind(stream) as (chunk: unknown) => boolean;
    stream.write = ((chunk: unknown) => {
      if (this.failure !== null) throw this.failure;
      return write(chunk);
    }) as T['write'];
  }

  /** Flushed and closed (`ok`), or dropped once any write in flight is done; throws the failure. */
  async end(ok: boolean): Promise<void> {
    if (ok && this.failure === null) {
      this.stream.end();
      await finished(this.stream);
      if (this.failure !== null) throw this.failure;
      return;
    }
    if (!this.stream.closed) await new Promise<void>((done) => this.stream.destroy().once('close', () => done()));
    if (ok) throw this.failure;
  }
}

/**
 * An open descriptor written two ways: chunks through a stream made on first use (which takes the
 * descriptor over and closes it), or text at once with `writeNow` (the `--rejects` file, from a
 * reader's callback). `end` closes the descriptor either way, flushing the stream first when `ok`.
 */
export class DescriptorWriter {
  private stream: Guarded<WriteStream> | null = null;

  constructor(private fd: number | null) {}

  get out(): Writable {
    this.stream ??= new Guarded(createWriteStream('', { fd: this.fd!, autoClose: true }));
    return this.stream.stream;
  }

  writeNow(text: string): boolean {
    const bytes = Buffer.from(text);
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd!, bytes, done);
    return true;
  }

  async end(ok: boolean): Promise<void> {
    const fd = this.fd;
    this.fd = null;
    if (this.stream !== null) await this.stream.end(ok);
    else if (fd !== null) closeSync(fd);
  }
}

/** A character device (or a file named by an open descriptor): opened as it is and written in place. */
export function openDevice(target: string, path: string): OpenOutput {
  let writer: DescriptorWriter;
  try {
    writer = new DescriptorWriter(openSync(path, 'w'));
  } catch (error) {
    throw writeError(error, target);
  }
  return {
    target,
    through: true,
    get out(): Writable {
      return writer.out;
    },
    writeNow: (text) => writer.writeNow(text),
    commit: () => writer.end(true),
    abort: () => writer.end(false),
  };
}

/** Opens a FIFO for writing once something reads it, without holding a thread while it waits. */
async function openWhenRead(target: string, path: string): Promise<number> {
  for (;;) {
    try {
      return openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      // ENXIO: nobody has the FIFO open for reading yet.
      if (!(error instanceof Error && 'code' in error && error.code === 'ENXIO')) throw writeError(error, target);
    }
    await new Promise((resolve) => setTimeout(resolve, READER_POLL_MS));
  }
}

export async function openFifo(target: string, path: string): Promise<OpenOutput> {
  const pipe = new Guarded(new Socket({ fd: await openWhenRead(target, path), readable: false, writable: true }));
  let left = false;
  return {
    target,
    through: true,
    out: pipe.stream,
    writeNow(text: string): boolean {
      if (left) return false;
      try {
        pipe.stream.write(text);
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'EPIPE')) throw error;
        left = true;
      }
      return !left;
    },
    commit: () => pipe.end(true),
    abort: () => pipe.end(false),
  };
}

/** `/dev/stdout` or `/dev/stderr`: the command's own stream, left open for whatever follows. */
export function standardOutput(target: string, sink: TextSink): OpenOutput {
  return {
    target,
    through: true,
    out: sink,
    writeNow(text: string): boolean {
      sink.write(text);
      return true;
    },
    commit: async () => undefined,
    abort: async () => undefined,
  };
}
