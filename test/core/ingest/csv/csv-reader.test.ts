import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvReadOptions } from '../../../../src/core/ingest/csv/csv-reader.js';
import { InputError } from '../../../../src/core/base/errors.js';
import { CHUNKINGS, errorOf, fixture, streamOf } from '../../../helpers/streams.js';

interface Collected {
  header: string[];
  delimiter: string;
  records: { line: number; fields: string[]; raw: string | undefined }[];
  malformed: { line: number; message: string; raw: string | undefined }[];
  count: number;
}

async function collect(data: string | Buffer | Readable, chunk?: number, options: CsvReadOptions = {}): Promise<Collected> {
  const out: Collected = { header: [], delimiter: '', records: [], malformed: [], count: 0 };
  const input = data instanceof Readable ? data : streamOf(data, chunk);
  const summary = await readCsv(input, 'f.csv', options, {
    header: (names, delimiter) => {
      out.header = names;
      out.delimiter = delimiter;
    },
    record: (fields, line, raw) => out.records.push({ line, fields, raw }),
    malformed: (line, message, raw) => out.malformed.push({ line, message, raw }),
  });
  out.count = summary.records;
  expect(summary.delimiter).toBe(out.delimiter);
  return out;
}

const lines = (c: Collected) => c.records.map((r) => r.line);

describe.each(CHUNKINGS)('readCsv, chunks of %s bytes', (chunk) => {
  it('numbers records by their physical start line across quoted newlines', async () => {
    // header = 1; "first\nsecond" spans 2–3; the doubled-quote field spans 4–5; next row is 6.
    const c = await collect(fixture('quoted-newline.csv'), chunk);
    expect(c.header).toEqual(['source', 'target', 'note']);
    expect(lines(c)).toEqual([2, 4, 6]);
    expect(c.records[0]?.fields).toEqual(['ana', 'ben', 'first\nsecond']);
    expect(c.records[1]?.fields).toEqual(['ben', 'carla', 'say "hi", then\nleave']);
    expect(c.records[2]?.fields).toEqual(['carla', '', 'oops']);
  });

  it('counts a CRLF inside a quoted field as one line', async () => {
    // header 1; row 2; the three-line note spans 3–5; "carla,ana,plain,x" is line 6.
    const c = await collect(fixture('crlf-quoted-newline.csv'), chunk);
    expect(lines(c)).toEqual([2, 3, 6]);
    expect(c.records[0]?.fields).toEqual(['ana', 'ben', 'a note, with a comma', '1']);
    expect(c.records[1]?.fields).toEqual(['ben', 'carla', 'line one\r\nline two\r\nline three', '2']);
    expect(c.records[2]?.fields).toEqual(['carla', 'ana', 'plain', 'x']);
  });

  it('skips empty and blank lines but keeps counting them', async () => {
    // 1 and 2 empty, 3 header, 4 empty, 5 ana,ben, 6 empty, 7 ",,", 8 spaces, 9 ben,ana, 10 ",carla".
    const c = await collect(fixture('blank-lines.csv'), chunk);
    expect(c.header).toEqual(['source', 'target']);
    expect(lines(c)).toEqual([5, 9, 10]);
    expect(c.count).toBe(3);
  });

  it('strips a UTF-8 BOM and detects ;', async () => {
    const c = await collect(fixture('bom-semicolon-decimal-comma.csv'), chunk);
    expect(c.header).toEqual(['Origen', 'Destino', 'Peso']);
    expect(c.delimiter).toBe(';');
    expect(c.records[0]?.fields).toEqual(['ana', 'ben', '1,5']);
  });

  it('detects tab and |', async () => {
    expect((await collect(fixture('tab-delimited.tsv'), chunk)).delimiter).toBe('\t');
    expect((await collect(fixture('pipe-delimited.csv'), chunk)).delimiter).toBe('|');
  });

  it('keeps multibyte UTF-8 characters whole', async () => {
    const c = await collect(fixture('utf8-names.csv'), chunk);
    expect(c.records.map((r) => r.fields)).toEqual([
      ['José Pérez', '李雷'],
      ['李雷', 'José Pérez'],
      ['José Pérez', 'Zoë'],
    ]);
  });

  it('gives each record its verbatim text when asked', async () => {
    const c = await collect(fixture('crlf-quoted-newline.csv'), chunk, { raw: true });
    expect(c.records.map((r) => r.raw)).toEqual([
      'ana,ben,"a note, with a comma",1',
      'ben,carla,"line one\r\nline two\r\nline three",2',
      'carla,ana,plain,x',
    ]);
  });

  it('reports a quote that never closes at the line it opens', async () => {
    const c = await collect(fixture('unclosed-quote.csv'), chunk, { raw: true });
    expect(lines(c)).toEqual([2]);
    expect(c.malformed).toEqual([
      {
        line: 3,
        message: 'unclosed quote: the field opened on this line never closes',
        raw: 'ben,carla,"never closed\ncarla,ana,lost',
      },
    ]);
    expect(c.count).toBe(2);
  });
});

describe('readCsv', () => {
  it('uses a forced delimiter', async () => {
    const c = await collect('a;b,c\n1;2,3\n', undefined, { delimiter: ',' });
    expect(c.header).toEqual(['a;b', 'c']);
    expect(c.records[0]?.fields).toEqual(['1;2', '3']);
  });

  it('accepts tab spelled as a word', async () => {
    expect((await collect('a\tb\n1\t2\n', undefined, { delimiter: 'tab' })).delimiter).toBe('\t');
  });

  it('reads a file longer than its first chunks, with old Mac line endings too', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `p${i},q${i}`);
    const c = await collect(`source,target\r${rows.join('\r')}\r`, 4096);
    expect(c.count).toBe(5000);
    expect(c.records[4999]).toEqual({ line: 5001, fields: ['p4999', 'q4999'], raw: undefined });
  });

  it('keeps a stray quote inside an unquoted field as text', async () => {
    const c = await collect('source,target\nJosé "Pepe" Pérez,ana\nben,carla\n');
    expect(c.records.map((r) => [r.line, ...r.fields])).toEqual([
      [2, 'José "Pepe" Pérez', 'ana'],
      [3, 'ben', 'carla'],
    ]);
  });

  it('reads a last line without a line break', async () => {
    expect(lines(await collect('a,b\n1,2\n3,4'))).toEqual([2, 3]);
  });

  it.each([
    ['empty.csv', 'f.csv: empty file: expected a header row and data rows'],
    ['blank-only.csv', 'f.csv: empty file: expected a header row and data rows'],
    ['header-only.csv', 'f.csv: header only: no data rows below the header'],
    ['binary-garbage.png', 'f.csv: binary data (NUL bytes): expected a CSV text file'],
    // UTF-16 with a BOM is decoded (decode.test.ts); this one holds a header and nothing else.
    ['utf16.csv', 'f.csv: header only: no data rows below the header'],
  ])('refuses %s with one clear line', async (name, line) => {
    for (const chunk of CHUNKINGS) {
      const error = await errorOf(collect(fixture(name), chunk));
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).lines()).toEqual([line]);
    }
  });

  it('refuses a BOM-only file as empty', async () => {
    const error = await errorOf(collect(Buffer.from([0xef, 0xbb, 0xbf]), 1));
    expect((error as InputError).lines()).toEqual(['f.csv: empty file: expected a header row and data rows']);
  });

  it('turns a read error into an InputError', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      },
    });
    const error = await errorOf(collect(failing));
    expect((error as InputError).lines()).toEqual(['f.csv: cannot read the file: EIO: i/o error, read']);
  });

  it('stops reading and releases the input when the sink throws', async () => {
    const input = streamOf('a,b\n1,2\n');
    const error = await errorOf(
      readCsv(input, 'f.csv', {}, {
        header: () => {
          throw new InputError('f.csv', 'no source column');
        },
        record: () => undefined,
        malformed: () => undefined,
      }),
    );
    expect((error as InputError).message).toBe('no source column');
    expect(input.destroyed).toBe(true);
  });
});
