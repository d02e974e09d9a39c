/**
 * Reading on two threads (src/io/pipelined-read.ts) gives what reading in one thread gives: the
 * same ids, ties (numbers, sums, times), counts, warnings, skipped rows and activity, bit for
 * bit, and the same errors. The worker script is the built one (dist/io/read-worker.js).
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { computeActivity } from '../../src/core/analysis/activity/activity.js';
import { createTimeline } from '../../src/core/analysis/activity/timeline.js';
import { InputError } from '../../src/core/base/errors.js';
import { readInteractions, type InteractionsReader } from '../../src/core/ingest/layouts/interactions.js';
import type { Reject } from '../../src/core/model/ingest.js';
import type { InputOptions } from '../../src/core/model/options.js';
import { compareIds } from '../../src/core/base/ids.js';
import { seededRandom } from '../../src/core/base/random.js';
import { interactionsReaderFor, readPipelined, readPipelinedMoving } from '../../src/io/pipelined-read.js';
import { errorOf, fixture, inputOptions, streamOf } from '../helpers/streams.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

async function readWith(reader: InteractionsReader, data: Buffer | Readable, options: Partial<InputOptions>, chunk?: number) {
  const rejects: Reject[] = [];
  const timeline = createTimeline('week');
  const input = data instanceof Readable ? data : streamOf(data, chunk);
  const interactions = await reader(input, 'f.csv', inputOptions(options), { timeline, onReject: (r) => rejects.push(r) });
  const people = [...interactions.ids].sort(compareIds);
  const activity = computeActivity(timeline, { ids: interactions.ids, people, window: { since: null, until: null }, undirected: interactions.undirected });
  return { interactions, rejects, activity: { ...activity, byId: [...activity.byId] } };
}

async function expectSame(data: Buffer, options: Partial<InputOptions> = {}, chunk?: number, moving = false): Promise<void> {
  const one = await readWith(readInteractions, data, options, chunk);
  // As the command line reads: a stream of the file, whose chunks are moved to the worker.
  const two = moving ? await readWith(readPipelinedMoving, createReadStream(fileOf(data), { highWaterMark: 1 << 20 }), options) : await readWith(readPipelined, data, options, chunk);
  // The tie columns byte for byte (bit for bit, and far quicker than comparing element by element).
  const { ties: a, ...restOne } = one.interactions;
  const { ties: b, ...restTwo } = two.interactions;
  expect(b.size).toBe(a.size);
  expect(a.size).toBeGreaterThan(0);
  for (const key of ['source', 'target', 'weight', 'rows', 'first', 'last'] as const) {
    expect(Buffer.from(b[key].buffer, 0, b[key].byteLength).equals(Buffer.from(a[key].buffer, 0, a[key].byteLength)), key).toBe(true);
  }
  expect(restTwo).toEqual(restOne);
  expect(two.rejects).toEqual(one.rejects);
  expect(JSON.stringify(two.activity)).toBe(JSON.stringify(one.activity));
}

function fileOf(data: Buffer): string {
  const path = join(tempDir('pipelined'), 'f.csv');
  writeFileSync(path, data);
  return path;
}

/** Rows over many batches: repeated pairs, fractional weights, times out of order, blank weights. */
function bigFile(rows: number, seed: number, extra: (i: number) => string | null = () => null): Buffer {
  const random = seededRandom(seed);
  const lines = ['source,target,weight,timestamp'];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    const line = extra(i);
    if (line !== null) {
      lines.push(line);
      continue;
    }
    const s = Math.floor(random() ** 2 * 3000);
    const t = Math.floor(random() * 3000);
    const weight = random() < 0.1 ? '' : random() < 0.5 ? '1' : (Math.floor(random() * 40) / 8).toString();
    const time = new Date(start + Math.floor((i + (random() - 0.9) * 5000) * 40_000)).toISOString();
    lines.push(`P${s},P${t},${weight === '0' ? '1' : weight},${time}`);
  }
  return Buffer.from(lines.join('\n') + '\n');
}

describe('reading on two threads = reading on one', () => {
  it.each([
    ['comma-basic.csv', {}],
    ['repeated-rows.csv', {}],
    ['self-loops.csv', {}],
    ['relations.csv', { relations: ['advice'] }],
    ['timestamps-mixed.csv', {}],
    ['crlf-quoted-newline.csv', { lenient: true }],
    ['bom-semicolon-decimal-comma.csv', {}],
    ['utf16le-bom.tsv', {}],
    ['tab-delimited.tsv', {}],
    ['thirteen-bad-rows.csv', { lenient: true }],
    ['split-targets-counting-rules.csv', { splitTargets: ';', lenient: true }],
  ] as [string, Partial<InputOptions>][])('%s %j', async (name, options) => {
    await expectSame(fixture(name), options);
    await expectSame(fixture(name), options, 3);
  });

  it('over many batches and chunks, directed and undirected, reversed, with a window', async () => {
    const data = bigFile(200_000, 7);
    await expectSame(data);
    await expectSame(data, { undirected: true });
    await expectSame(data, { reverse: true, since: Date.UTC(2024, 1, 1), until: Date.UTC(2024, 2, 1) }, 65_537);
  });

  it('with the chunks of a file stream moved to the worker, as the command line reads', async () => {
    const data = bigFile(200_000, 7);
    await expectSame(data, {}, undefined, true);
    await expectSame(data, { undirected: true }, undefined, true);
  });

  it('when a quote late in the file hands the rest to csv-parse, and with bad rows skipped', async () => {
    const data = bigFile(150_000, 11, (i) => (i === 120_000 ? '"P1, quoted",P2,1,2024-02-01T00:00:00Z' : i % 9_999 === 5 ? 'P1,P2,-3,2024-02-01' : null));
    await expectSame(data, { lenient: true });
  });

  it('throws the same error, line numbers included', async () => {
    const data = bigFile(100_000, 3, (i) => (i === 90_000 ? 'P1,P2,heavy,2024-02-01' : null));
    const one = await errorOf(readWith(readInteractions, data, {}));
    const two = await errorOf(readWith(readPipelined, data, {}));
    expect(two).toBeInstanceOf(InputError);
    expect((two as InputError).lines()).toEqual((one as InputError).lines());
    expect((two as InputError).lines()[0]).toMatch(/^f\.csv:90002: bad weight "heavy"/);
    const missing = await errorOf(readWith(readPipelined, fixture('missing-target-column.csv'), {}));
    expect(missing).toBeInstanceOf(InputError);
    expect((missing as InputError).lines()).toEqual(((await errorOf(readWith(readInteractions, fixture('missing-target-column.csv'), {}))) as InputError).lines());
  });
});

describe('which files are read on two threads', () => {
  it('files of at least the threshold; not standard input, not smaller files, not a missing one', () => {
    const acme = `${ROOT}fixtures/acme/interactions.csv`;
    expect(interactionsReaderFor(acme, 1)).toBe(readPipelinedMoving);
    expect(interactionsReaderFor(acme)).toBeUndefined();
    expect(interactionsReaderFor('-', 1)).toBeUndefined();
    expect(interactionsReaderFor(`${ROOT}no-such-file.csv`, 1)).toBeUndefined();
  });
});
