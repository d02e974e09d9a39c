/**
 * The pacing of the workbook writer (src/render/xlsx/flow.ts) on a stand-in for exceljs's
 * sheet stream: a PassThrough nobody reads yet, as the zip leaves a sheet's stream until it
 * gets to that entry.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { Flow, MAX_PENDING } from '../../../src/render/xlsx/flow.js';

/** A worksheet as flow.ts sees it: `stream.pipes[0]` is the stream the compressor reads. */
function sheetWithPending(bytes: number): { sheet: unknown; pending: PassThrough } {
  const pending = new PassThrough();
  for (let written = 0; written < bytes; written += 64 * 1024) pending.write(Buffer.alloc(64 * 1024));
  return { sheet: { stream: { pipes: [pending] } }, pending };
}

const settled = async (promise: Promise<unknown>, ms = 50): Promise<boolean> =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe('Flow.pace', () => {
  test('waits while more than MAX_PENDING bytes wait for the compressor, goes on once it reads them', async () => {
    const { sheet, pending } = sheetWithPending(MAX_PENDING * 4);
    const waiting = new Flow().pace(sheet);
    expect(await settled(waiting)).toBe(false);
    pending.resume(); // the compressor reaches this entry
    expect(await settled(waiting, 1000)).toBe(true);
  });

  test('does not wait on a sheet whose stream has been ended (it never drains again)', async () => {
    const { sheet, pending } = sheetWithPending(MAX_PENDING * 4);
    pending.end();
    expect(await settled(new Flow().pace(sheet))).toBe(true);
  });

  test('with little pending it only yields', async () => {
    const { sheet } = sheetWithPending(64 * 1024);
    expect(await settled(new Flow().pace(sheet))).toBe(true);
    expect(await settled(new Flow().pace({}))).toBe(true); // exceljs internals not found: still goes on
  });

  test('abort ends a wait with the error, and every later one', async () => {
    const { sheet } = sheetWithPending(MAX_PENDING * 4);
    const flow = new Flow();
    const waiting = flow.pace(sheet);
    flow.abort(new Error('disk full'));
    await expect(waiting).rejects.toThrow('disk full');
    await expect(flow.pace({})).rejects.toThrow('disk full');
    await expect(flow.yield()).rejects.toThrow('disk full');
  });
});
