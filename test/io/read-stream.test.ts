import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/io/read-stream.js';
import { readInteractions } from '../../src/core/ingest/layouts/interactions.js';
import { InputError } from '../../src/core/base/errors.js';
import { inputOptions } from '../helpers/streams.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('read-stream');
const stdin = new PassThrough();

function refusal(path: string, name?: string): string[] {
  try {
    openInput(path, stdin, name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).lines();
  }
  throw new Error('expected openInput to throw');
}

describe('openInput', () => {
  it('reads standard input for -', () => {
    expect(openInput('-', stdin)).toBe(stdin);
  });

  it('wraps an old-style stdin stream', async () => {
    const legacy = Readable.from([Buffer.from('source,target\na,b\n')]) as unknown as NodeJS.ReadableStream;
    const r = await readInteractions(openInput('-', legacy), '-', inputOptions());
    expect(r.ids).toEqual(['a', 'b']);
  });

  it('streams a file', async () => {
    const path = join(dir, 'ok.csv');
    writeFileSync(path, 'source,target\na,b\n');
    const r = await readInteractions(openInput(path, stdin), path, inputOptions());
    expect(r.meta.rowsUsed).toBe(1);
  });

  it('refuses a missing file synchronously, with one line', () => {
    expect(refusal(join(dir, 'nope.csv'), 'nope.csv')).toEqual(['nope.csv: no such file']);
  });

  it('refuses a directory', () => {
    expect(refusal(dir, 'some-dir')).toEqual(['some-dir: is a directory: expected a CSV file']);
  });

  it('names the file by its path when no name is given', () => {
    const path = join(dir, 'missing.csv');
    expect(refusal(path)).toEqual([`${path}: no such file`]);
  });

  it.skipIf(process.getuid?.() === 0)('refuses an unreadable file', () => {
    const path = join(dir, 'locked.csv');
    writeFileSync(path, 'source,target\na,b\n');
    chmodSync(path, 0o000);
    expect(refusal(path, 'locked.csv')).toEqual(['locked.csv: permission denied: cannot read the file']);
  });
});
