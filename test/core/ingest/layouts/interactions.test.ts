import { describe, expect, it } from 'vitest';
import { readInteractions, type InteractionHooks } from '../../../../src/core/ingest/layouts/interactions.js';
import type { Interactions, Reject } from '../../../../src/core/model/ingest.js';
import type { InputOptions } from '../../../../src/core/model/options.js';
import { InputError } from '../../../../src/core/base/errors.js';
import { CHUNKINGS, errorOf, fixture, inputOptions, streamOf } from '../../../helpers/streams.js';

interface TieView {
  weight: number;
  rows: number;
  first?: number;
  last?: number;
}

/** Ties as `source>target` → values, so expectations read like the fixture. */
function tiesOf(result: Interactions): Record<string, TieView> {
  const out: Record<string, TieView> = {};
  const { ties, ids } = result;
  for (let t = 0; t < ties.size; t++) {
    const view: TieView = { weight: ties.weight[t]!, rows: ties.rows[t]! };
    if (!Number.isNaN(ties.first[t]!)) view.first = ties.first[t]!;
    if (!Number.isNaN(ties.last[t]!)) view.last = ties.last[t]!;
    out[`${ids[ties.source[t]!]}>${ids[ties.target[t]!]}`] = view;
  }
  return out;
}

function read(
  data: string | Buffer,
  options: Partial<InputOptions> = {},
  hooks: InteractionHooks = {},
  chunk?: number,
  file = 'f.csv',
): Promise<Interactions> {
  return readInteractions(streamOf(data, chunk), file, inputOptions(options), hooks);
}

async function problemLines(data: string | Buffer, file: string, options: Partial<InputOptions> = {}): Promise<string[]> {
  const error = await errorOf(read(data, options, {}, undefined, file));
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).lines();
}

function invariantHolds(r: Interactions): boolean {
  const m = r.meta;
  return m.rowsRead === m.rowsUsed + m.skippedRows + m.selfLoops + m.filteredRows;
}

describe('readInteractions: aggregation and meta', () => {
  it('sums rows per ordered pair; an empty weight cell is 1', async () => {
    const r = await read(fixture('comma-basic.csv'), {}, {}, undefined, 'comma-basic.csv');
    expect(r.ids).toEqual(['ana', 'ben', 'carla']);
    expect(tiesOf(r)).toEqual({
      'ana>ben': { weight: 5, rows: 2 },
      'ben>ana': { weight: 1, rows: 1 },
      'ana>carla': { weight: 1.5, rows: 1 },
      'carla>ana': { weight: 1, rows: 1 },
    });
    expect(r.hasTime).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(r.meta).toEqual({
      file: 'comma-basic.csv',
      encoding: 'utf8',
      columns: { source: 'source', target: 'target', weight: 'weight', timestamp: null, relation: null, event: null, person: null },
      delimiter: ',',
      rowsRead: 5,
      rowsUsed: 5,
      skippedRows: 0,
      selfLoops: 0,
      filteredRows: 0,
      tiesDropped: 0,
      relations: null,
      events: null,
      deliveries: null,
      broadcasts: null,
      selfDeliveries: null,
      // No time column: no dates to order, a calendar clock by default; every column claimed.
      dateOrder: null,
      clock: 'calendar',
      unusedColumns: [],
    });
  });

  it('counts every row once without a weight column', async () => {
    const r = await read('source,target\na,b\na,b\nb,a\n');
    expect(tiesOf(r)).toEqual({ 'a>b': { weight: 2, rows: 2 }, 'b>a': { weight: 1, rows: 1 } });
    expect(r.meta.columns.weight).toBeNull();
  });

  it('names standard input <stdin>', async () => {
    const r = await read('source,target\na,b\n', {}, {}, undefined, '-');
    expect(r.meta.file).toBe('<stdin>');
    expect(await problemLines('source,target\na,\n', '-')).toEqual(['<stdin>:2: missing target']);
  });

  it('trims ids and values', async () => {
    const r = await read('source , target ,weight\n  ana , ben ,  2 \n');
    expect(r.ids).toEqual(['ana', 'ben']);
    expect(tiesOf(r)).toEqual({ 'ana>ben': { weight: 2, rows: 1 } });
    expect(r.meta.columns).toMatchObject({ source: 'source', target: 'target' });
  });
});

describe.each(CHUNKINGS)('readInteractions, chunks of %s bytes', (chunk) => {
  it('reads ; with a BOM and decimal commas', async () => {
    // 1,5 + 0,5 = 2 for ana→ben.
    const r = await read(fixture('bom-semicolon-decimal-comma.csv'), {}, {}, chunk);
    expect(r.meta.delimiter).toBe(';');
    expect(r.meta.columns).toEqual({ source: 'Origen', target: 'Destino', weight: 'Peso', timestamp: null, relation: null, event: null, person: null });
    expect(tiesOf(r)).toEqual({ 'ana>ben': { weight: 2, rows: 2 }, 'ben>ana': { weight: 2, rows: 1 } });
  });

  it('reads tab-delimited files', async () => {
    const r = await read(fixture('tab-delimited.tsv'), {}, {}, chunk);
    expect(r.meta.delimiter).toBe('\t');
    expect(r.meta.columns).toMatchObject({ source: 'from', target: 'to', weight: 'count' });
    expect(tiesOf(r)).toEqual({ 'ana>ben': { weight: 1, rows: 1 }, 'ben>carla': { weight: 2, rows: 1 } });
  });

  it('reads |-delimited files', async () => {
    const r = await read(fixture('pipe-delimited.csv'), {}, {}, chunk);
    expect(r.meta.delimiter).toBe('|');
    expect(tiesOf(r)).toEqual({ 'ana>ben': { weight: 4, rows: 1 }, 'ben>ana': { weight: 1, rows: 1 } });
  });

  it('reads UTF-8 names', async () => {
    const r = await read(fixture('utf8-names.csv'), {}, {}, chunk);
    expect(r.ids).toEqual(['José Pérez', '李雷', 'Zoë']);
    expect(Object.keys(tiesOf(r))).toEqual(['José Pérez>李雷', '李雷>José Pérez', 'José Pérez>Zoë']);
  });

  it('reports the right line after CRLF quoted newlines', async () => {
    const lines = (await errorOf(read(fixture('crlf-quoted-newline.csv'), {}, {}, chunk, 'crlf.csv'))) as InputError;
    expect(lines.lines()).toEqual(['crlf.csv:6: bad weight "x": expected a number > 0']);
  });

  it('reports the right line after LF quoted newlines', async () => {
    const error = (await errorOf(read(fixture('quoted-newline.csv'), {}, {}, chunk, 'q.csv'))) as InputError;
    expect(error.lines()).toEqual(['q.csv:6: missing target']);
  });
});

describe('readInteractions: timestamps', () => {
  // Epoch values from Python: datetime(2026, 1, 15, tzinfo=timezone.utc).timestamp() * 1000, etc.
  const DAY = 1768435200000; // 2026-01-15
  const T1030 = 1768473000000; // 2026-01-15T10:30:00Z

  it('reads ISO dates, date-times with offsets, unix seconds and milliseconds', async () => {
    const r = await read(fixture('timestamps-mixed.csv'));
    expect(r.hasTime).toBe(true);
    expect(tiesOf(r)).toEqual({
      'ana>ben': { weight: 2, rows: 2, first: DAY, last: T1030 },
      'ben>ana': { weight: 1, rows: 1, first: T1030 + 250, last: T1030 + 250 },
      'ben>carla': { weight: 1, rows: 1, first: T1030, last: T1030 },
      'carla>ben': { weight: 1, rows: 1, first: T1030, last: T1030 },
      'carla>ana': { weight: 1, rows: 1, first: T1030, last: T1030 },
      'ana>carla': { weight: 1, rows: 1, first: T1030 + 123, last: T1030 + 123 },
    });
  });

  it('feeds every used row with a time to the timeline', async () => {
    const calls: number[][] = [];
    const timeline = { add: (s: number, t: number, tie: number, w: number, time: number) => calls.push([s, t, tie, w, time]), addEvent: () => undefined };
    await read('source,target,weight,date\na,b,2,2026-01-15\nb,a,,\na,b,1,1768473000\nb,b,1,2026-01-15\n', {}, { timeline });
    // ids: a=0, b=1; ties: a→b=0, b→a=1; the self-loop is not used and b→a has no time.
    expect(calls).toEqual([
      [0, 1, 0, 2, DAY],
      [0, 1, 0, 1, T1030],
    ]);
  });

  it('keeps since <= t < until', async () => {
    // Rows at 00:00 (out), 10:30 (in, = since), 10:30.250 (out, >= until), 10:30 ×3 (in), 10:30.123 (out, = until).
    const r = await read(fixture('timestamps-mixed.csv'), { since: T1030, until: T1030 + 123 });
    expect(r.meta.rowsUsed).toBe(4);
    expect(r.meta.filteredRows).toBe(3);
    expect(Object.keys(tiesOf(r))).toEqual(['ana>ben', 'ben>carla', 'carla>ben', 'carla>ana']);
    expect(invariantHolds(r)).toBe(true);
  });

  it('applies since or until alone', async () => {
    expect((await read(fixture('timestamps-mixed.csv'), { since: T1030 + 1 })).meta.rowsUsed).toBe(2);
    expect((await read(fixture('timestamps-mixed.csv'), { until: T1030 })).meta.rowsUsed).toBe(1);
  });

  it('filters rows without a time when a window is set, and warns about them otherwise', async () => {
    const text = 'source,target,time\na,b,2026-01-15\nb,a,\n';
    const windowed = await read(text, { since: DAY });
    expect(windowed.meta).toMatchObject({ rowsUsed: 1, filteredRows: 1 });
    const plain = await read(text);
    expect(plain.meta.rowsUsed).toBe(2);
    expect(plain.warnings).toEqual(['f.csv: 1 row without a timestamp: counted in totals, not in activity over time']);
  });

  it('refuses --since/--until without a timestamp column', async () => {
    expect(await problemLines(fixture('comma-basic.csv'), 'c.csv', { until: DAY })).toEqual([
      'c.csv: --since/--until need a timestamp column: expected one of timestamp, time, date, datetime, sent_at, created_at, fecha, hora (or --time-col NAME); columns found: source, target, weight',
    ]);
  });

  it('reports bad timestamps and impossible dates with their lines', async () => {
    expect(await problemLines(fixture('bad-timestamp.csv'), 'bad-timestamp.csv')).toEqual([
      'bad-timestamp.csv:3: bad timestamp "yesterday": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)',
      'bad-timestamp.csv:4: bad timestamp "2026-02-30": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)',
    ]);
  });
});

describe('readInteractions: row rules', () => {
  it('reports bad weights with their lines', async () => {
    expect(await problemLines(fixture('bad-weight.csv'), 'bad-weight.csv')).toEqual([
      'bad-weight.csv:3: bad weight "abc": expected a number > 0',
      'bad-weight.csv:4: bad weight "0": expected a number > 0',
      'bad-weight.csv:5: bad weight "-2": expected a number > 0',
    ]);
  });

  it('reports a wrong number of fields', async () => {
    expect(await problemLines(fixture('wrong-field-count.csv'), 'w.csv')).toEqual([
      'w.csv:3: expected 3 fields, found 2',
      'w.csv:4: expected 3 fields, found 4',
    ]);
  });

  it('reports missing source and target', async () => {
    // A line of blank cells only (` , `) is an empty line, not a row; ` , ,2` is a row.
    expect(await problemLines('source,target,weight\n,b,1\na,,1\n , ,2\n , \n', 'm.csv')).toEqual([
      'm.csv:2: missing source',
      'm.csv:3: missing target',
      'm.csv:4: missing source and target',
    ]);
  });

  it('reports an unclosed quote at the line it opens', async () => {
    expect(await problemLines(fixture('unclosed-quote.csv'), 'u.csv')).toEqual([
      'u.csv:3: unclosed quote: the field opened on this line never closes',
    ]);
  });

  it('quotes a long or multi-line bad value on one short line', async () => {
    const value = `${'x'.repeat(50)}\nmore`;
    const lines = await problemLines(`source,target,weight\na,b,"${value}"\n`, 'l.csv');
    expect(lines).toEqual([`l.csv:2: bad weight "${'x'.repeat(40)}…": expected a number > 0`]);
  });

  it('drops and counts self-loops; their person still exists', async () => {
    const r = await read(fixture('self-loops.csv'));
    expect(r.meta).toMatchObject({ rowsRead: 3, rowsUsed: 1, selfLoops: 2 });
    expect(r.ids).toEqual(['ana', 'ben']);
    expect(tiesOf(r)).toEqual({ 'ana>ben': { weight: 1, rows: 1 } });
  });

  it('flips every row with --reverse', async () => {
    const r = await read(fixture('comma-basic.csv'), { reverse: true });
    expect(r.ids).toEqual(['ben', 'ana', 'carla']);
    expect(tiesOf(r)).toEqual({
      'ben>ana': { weight: 5, rows: 2 },
      'ana>ben': { weight: 1, rows: 1 },
      'carla>ana': { weight: 1.5, rows: 1 },
      'ana>carla': { weight: 1, rows: 1 },
    });
  });

  it('filters rows naming a removed person', async () => {
    const r = await read(fixture('comma-basic.csv'), { remove: ['carla'] });
    expect(r.meta).toMatchObject({ rowsRead: 5, rowsUsed: 3, filteredRows: 2 });
    expect(r.ids).toEqual(['ana', 'ben']);
  });
});

describe('readInteractions: relations', () => {
  it('counts rows per relation value, empty cells as (none)', async () => {
    const r = await read(fixture('relations.csv'));
    expect(r.meta.columns.relation).toBe('type');
    expect(r.meta.relations).toEqual({ '(none)': 1, Advice: 1, advice: 1, email: 1, friendship: 1 });
    expect(r.meta.rowsUsed).toBe(5);
  });

  it('keeps the listed relations, case-insensitively, and still counts them all', async () => {
    const r = await read(fixture('relations.csv'), { relations: ['advice', ' EMAIL '] });
    expect(tiesOf(r)).toEqual({
      'ana>ben': { weight: 1, rows: 1 },
      'ben>ana': { weight: 1, rows: 1 },
      'ben>carla': { weight: 1, rows: 1 },
    });
    expect(r.meta).toMatchObject({ rowsRead: 5, rowsUsed: 3, filteredRows: 2 });
    expect(r.meta.relations).toEqual({ '(none)': 1, Advice: 1, advice: 1, email: 1, friendship: 1 });
  });

  it('refuses --relation without a relation column', async () => {
    expect(await problemLines(fixture('comma-basic.csv'), 'c.csv', { relations: ['advice'] })).toEqual([
      'c.csv: --relation needs a relation column: expected one of relation, type, channel, kind, relacion, tipo; columns found: source, target, weight',
    ]);
  });
});

describe('readInteractions: strict and lenient', () => {
  it('lists the first 10 problems and counts the rest', async () => {
    const error = (await errorOf(read(fixture('thirteen-bad-rows.csv'), {}, {}, undefined, 't.csv'))) as InputError;
    expect(error.problems).toHaveLength(10);
    expect(error.more).toBe(3);
    const lines = error.lines();
    expect(lines[0]).toBe('t.csv:2: bad weight "bad0": expected a number > 0');
    expect(lines[9]).toBe('t.csv:11: bad weight "bad9": expected a number > 0');
    expect(lines[10]).toBe('t.csv: … and 3 more problems');
    expect(error.message).toBe('13 bad rows; fix them or use --lenient to skip them');
  });

  it('skips bad rows with --lenient, hands each to onReject verbatim, and warns once', async () => {
    const rejects: Reject[] = [];
    const r = await read(fixture('thirteen-bad-rows.csv'), { lenient: true }, { onReject: (x) => rejects.push(x) }, 3, 't.csv');
    expect(r.meta).toMatchObject({ rowsRead: 14, rowsUsed: 1, skippedRows: 13 });
    expect(rejects).toHaveLength(13);
    expect(rejects[0]).toEqual({ line: 2, reason: 'bad weight "bad0": expected a number > 0', raw: 'p0,q0,bad0' });
    expect(rejects[12]).toEqual({ line: 14, reason: 'bad weight "bad12": expected a number > 0', raw: 'p12,q12,bad12' });
    expect(r.warnings).toEqual(['t.csv: skipped 13 bad rows (first: line 2: bad weight "bad0": expected a number > 0)']);
    expect(r.ids).toEqual(['ana', 'ben']);
  });

  it('hands rejects their raw text across quoted CRLF newlines and unclosed quotes', async () => {
    const rejects: Reject[] = [];
    const onReject = (x: Reject) => rejects.push(x);
    await read(fixture('crlf-quoted-newline.csv'), { lenient: true }, { onReject });
    await read(fixture('unclosed-quote.csv'), { lenient: true }, { onReject });
    expect(rejects).toEqual([
      { line: 6, reason: 'bad weight "x": expected a number > 0', raw: 'carla,ana,plain,x' },
      { line: 3, reason: 'unclosed quote: the field opened on this line never closes', raw: 'ben,carla,"never closed\ncarla,ana,lost' },
    ]);
  });

  it('skips bad rows with --lenient and no reject hook', async () => {
    const r = await read(fixture('bad-weight.csv'), { lenient: true });
    expect(r.meta).toMatchObject({ rowsRead: 4, rowsUsed: 1, skippedRows: 3 });
    expect(r.warnings).toEqual(['f.csv: skipped 3 bad rows (first: line 3: bad weight "abc": expected a number > 0)']);
  });

  it('keeps rowsRead = rowsUsed + skippedRows + selfLoops + filteredRows', async () => {
    const text = [
      'source,target,weight,date,type',
      'a,b,1,2026-01-15,advice', // used
      'a,b,x,2026-01-15,advice', // skipped: bad weight
      'a,a,1,2026-01-15,advice', // self-loop
      'a,b,1,2025-01-01,advice', // filtered: before since
      'a,c,1,2026-01-15,email', // filtered: relation
      'a,d,1,2026-01-15,advice', // filtered: removed person
      'b,a,1,2026-01-16,advice', // used
      'b,a,1', // skipped: field count
      'b,a,1,someday,advice', // skipped: bad timestamp
      '', // blank: not a row
    ].join('\n');
    const r = await read(text, { lenient: true, since: 1768435200000, relations: ['advice'], remove: ['d'] });
    expect(r.meta).toMatchObject({ rowsRead: 9, rowsUsed: 2, skippedRows: 3, selfLoops: 1, filteredRows: 3 });
    expect(invariantHolds(r)).toBe(true);
  });
});

describe('readInteractions: files that cannot be read', () => {
  it.each([
    ['empty.csv', 'empty.csv: empty file: expected a header row and data rows'],
    ['header-only.csv', 'header-only.csv: header only: no data rows below the header'],
    ['binary-garbage.png', 'binary-garbage.png: binary data (NUL bytes): expected a CSV text file'],
  ])('%s', async (name, line) => {
    expect(await problemLines(fixture(name), name)).toEqual([line]);
  });

  it('lists the columns found when a required one is missing', async () => {
    expect(await problemLines(fixture('missing-target-column.csv'), 'missing-target-column.csv')).toEqual([
      'missing-target-column.csv: no target column: expected one of target, to, recipient, receiver, alter, nominee, adviser, destino, receptor, para, destinatario (or --target-col NAME); columns found: sender, subject, body',
    ]);
  });
});
