/**
 * The fast path for quote-free text (src/core/ingest/csv/quote-free.ts) against csv-parse, the
 * parser of record: on any text — quotes, CR, LF and CRLF line breaks, blank lines, delimiters,
 * accents and CJK characters — cut into chunks anywhere (inside a CRLF, inside a UTF-8
 * character), the reader hands the sink the same header, the same records with the same
 * physical lines and raw text, and the same errors, whether the fast path is on or off.
 */
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvSink } from '../../../../src/core/ingest/csv/csv-reader.js';

interface Seen {
  header: string[] | null;
  delimiter: string | null;
  records: [string[], number, string | undefined][];
  malformed: [number, string, string | undefined][];
  error: string | null;
}

async function read(bytes: Buffer, cuts: number[], fastPath: boolean, raw: boolean, delimiter?: string): Promise<Seen> {
  const seen: Seen = { header: null, delimiter: null, records: [], malformed: [], error: null };
  const sink: CsvSink = {
    header: (names, d) => {
      seen.header = names;
      seen.delimiter = d;
    },
    record: (fields, line, text) => void seen.records.push([fields, line, text]),
    malformed: (line, message, text) => void seen.malformed.push([line, message, text]),
  };
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    if (p > at) parts.push(bytes.subarray(at, p));
    at = Math.max(at, p);
  }
  try {
    await readCsv(Readable.from(parts), 'in.csv', { fastPath, raw, delimiter }, sink);
  } catch (error) {
    seen.error = error instanceof Error ? error.message : String(error);
  }
  return seen;
}

const pieces = ['a', 'b', 'x y', ',', ',', ';', '\t', '"', '""', '\n', '\n', '\r\n', '\r', ' ', 'é', '李', '😀', '=1', '0.5'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((list) => list.join(''));
const withHeader = fc.tuple(fc.constantFrom('source,target\n', 'a;b;c\r\n', 'x\ty\r', ''), text).map(([h, t]) => h + t);

describe('quote-free fast path = csv-parse', () => {
  it('the same records, lines, raw text and errors on any text, chunked anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(withHeader, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), async (input, cuts, raw) => {
        const bytes = Buffer.from(input, 'utf8');
        expect(await read(bytes, cuts, true, raw)).toEqual(await read(bytes, cuts, false, raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('with a forced delimiter, including a multi-byte one', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(',', ';', '|', '§'), async (input, cuts, d) => {
        const bytes = Buffer.from(`h1${d}h2\n${input}`, 'utf8');
        expect(await read(bytes, cuts, true, true, d)).toEqual(await read(bytes, cuts, false, true, d));
      }),
      { numRuns: 500 },
    );
  });

  it('a file that turns quoted half way is read by csv-parse from that line on', async () => {
    const bytes = Buffer.from('source,target\na,b\nc,d\n"e,f",g\nh,i\n');
    const seen = await read(bytes, [20], true, true);
    expect(seen.records).toEqual([
      [['a', 'b'], 2, 'a,b'],
      [['c', 'd'], 3, 'c,d'],
      [['e,f', 'g'], 4, '"e,f",g'],
      [['h', 'i'], 5, 'h,i'],
    ]);
  });
});
