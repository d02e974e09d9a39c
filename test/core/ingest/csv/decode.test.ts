/**
 * The decoding stage (docs/input.md#encodings-and-messy-files): bytes in any supported encoding become UTF-8 chunk by chunk,
 * whatever the chunk boundaries (whole, 1 byte, 3 bytes: cuts inside BOMs, inside multi-byte
 * characters and between the halves of a UTF-16 surrogate pair); a file that is not what it is
 * read as stops with its physical line. Expected texts are written out by hand from the bytes.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { firstInvalid, InputDecoder, type Encoding } from '../../../../src/core/ingest/csv/decode.js';
import { InputError } from '../../../../src/core/base/errors.js';
import { CHUNKINGS, errorOf, fixture, streamOf } from '../../../helpers/streams.js';

async function decode(data: Buffer, chunk?: number, encoding: Encoding | null = null): Promise<{ text: string; encoding: Encoding; chunks: number }> {
  const decoder = new InputDecoder(streamOf(data, chunk), 'f.csv', encoding);
  const parts: Buffer[] = [];
  for await (const part of decoder.chunks()) parts.push(part);
  return { text: Buffer.concat(parts).toString('utf8'), encoding: decoder.encoding, chunks: parts.length };
}

async function failure(data: Buffer, chunk?: number, encoding: Encoding | null = null): Promise<string[]> {
  const error = await errorOf(decode(data, chunk, encoding));
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).lines();
}

const cp1252 = (text: string): Buffer => Buffer.from(text, 'latin1');
const NAMES = 'source,target,weight\nJosé,María,2\nPeña,José,1\nMaría,李雷,1\n李雷,😀 emoji,1\n';
const TRY = 'try --encoding windows-1252 (what Excel writes on Spanish or Western-European Windows) or --encoding latin1';

describe.each(CHUNKINGS)('decoding, chunks of %s bytes', (chunk) => {
  it('passes UTF-8 through unchanged', async () => {
    expect(await decode(Buffer.from(NAMES), chunk)).toMatchObject({ text: NAMES, encoding: 'utf8' });
  });

  it('strips a UTF-8 byte-order mark', async () => {
    expect(await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\n')]), chunk)).toMatchObject({ text: 'a,b\n', encoding: 'utf8' });
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text": tabs, CRLF), surrogate pairs included', async () => {
    const r = await decode(fixture('utf16le-bom.tsv'), chunk);
    expect(r.encoding).toBe('utf16le');
    expect(r.text).toBe('source\ttarget\tweight\r\nJosé\tMaría\t2\r\nPeña\tJosé\t1\r\nMaría\t李雷\t1\r\n李雷\t😀 emoji\t1\r\n');
  });

  it('reads UTF-16 BE with a BOM', async () => {
    expect(await decode(fixture('utf16be-bom.csv'), chunk)).toMatchObject({ text: NAMES, encoding: 'utf16be' });
  });

  it('reads windows-1252: é í ñ are single bytes, and so are “ ” €', async () => {
    const r = await decode(fixture('windows-1252-names.csv'), chunk, 'windows-1252');
    expect(r.text).toBe('source,target,weight,note\nJosé,María,2,reunión “kick-off”\nPeña,José,1,presupuesto 5 €\nMaría,Peña,1,\n');
  });

  it('reads latin1 byte for byte: 0x93 is the control character U+0093, not a quote', async () => {
    const r = await decode(Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x93, 0x0a]), chunk, 'latin1');
    expect(r.text).toBe('José,\u0093\n');
  });

  it('names the first bad line of a windows-1252 file read as UTF-8', async () => {
    // Line 1 is the header; "José" on line 2 holds 0xE9 after "Jos".
    expect(await failure(fixture('windows-1252-names.csv'), chunk)).toEqual([`f.csv:2: not valid UTF-8 (byte 0xE9 after "Jos"): the file is in another encoding; ${TRY}`]);
  });

  it('counts CRLF, LF and lone CR line breaks once each before the bad byte', async () => {
    // Line 1 ends in CRLF, line 2 in LF, line 3 in CR, line 4 in CRLF; the bad byte is on line 5.
    const data = Buffer.concat([Buffer.from('h,i\r\na,b\nc,d\re,f\r\n'), cp1252('Peña,x\n')]);
    expect(await failure(data, chunk)).toEqual([`f.csv:5: not valid UTF-8 (byte 0xF1 after "Pe"): the file is in another encoding; ${TRY}`]);
  });

  it('counts a CR just before the bad byte as a line break', async () => {
    // "a,b" CR — a lone CR ends line 1 — then 0xE9 starts line 2.
    expect(await failure(Buffer.from([0x61, 0x2c, 0x62, 0x0d, 0xe9, 0x0a]), chunk)).toEqual([`f.csv:2: not valid UTF-8 (byte 0xE9): the file is in another encoding; ${TRY}`]);
  });

  it('finds a bad line in a UTF-8 file that has one windows-1252 name on line 4', async () => {
    expect(await failure(fixture('utf8-with-one-cp1252-line.csv'), chunk)).toEqual([`f.csv:4: not valid UTF-8 (byte 0xF1 after "Pe"): the file is in another encoding; ${TRY}`]);
  });

  it('refuses a UTF-8 character cut short by the end of the file', async () => {
    // "ab\n" then the first two of the three bytes of 李 (E6 9D 8E): line 2.
    expect(await failure(Buffer.from([0x61, 0x62, 0x0a, 0xe6, 0x9d]), chunk)).toEqual([`f.csv:2: not valid UTF-8 (byte 0xE6): the file is in another encoding; ${TRY}`]);
  });

  it('refuses an odd byte at the end of a UTF-16 file', async () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le'), Buffer.from([0x61])]);
    expect(await failure(data, chunk)).toEqual(['f.csv:2: not valid UTF-16 LE text: the file ends in the middle of a character; check --encoding']);
  });

  it('refuses an unpaired surrogate in UTF-16, at its line', async () => {
    // "h\n" then 0xD800 followed by "x": a high surrogate without its low half, on line 2.
    const data = Buffer.from([0xfe, 0xff, 0x00, 0x68, 0x00, 0x0a, 0xd8, 0x00, 0x00, 0x78, 0x00, 0x0a]);
    expect(await failure(data, chunk)).toEqual(['f.csv:2: not valid UTF-16 BE text: an unpaired surrogate (0xD800); check --encoding']);
  });

  it('names UTF-16 without a byte-order mark and the flag that reads it', async () => {
    expect(await failure(fixture('utf16le-no-bom.csv'), chunk)).toEqual(['f.csv: UTF-16 LE text without a byte-order mark: add --encoding utf16le']);
    expect(await decode(fixture('utf16le-no-bom.csv'), chunk, 'utf16le')).toMatchObject({ text: NAMES });
  });

  it('refuses binary data', async () => {
    expect(await failure(fixture('binary-garbage.png'), chunk)).toEqual(['f.csv: binary data (NUL bytes): expected a CSV text file']);
  });

  it('refuses a byte-order mark that contradicts --encoding', async () => {
    expect(await failure(fixture('utf16be-bom.csv'), chunk, 'windows-1252')).toEqual([
      'f.csv: the file starts with a UTF-16 BE byte-order mark, but --encoding windows-1252 was given; drop --encoding or give --encoding utf16be',
    ]);
  });
});

describe('decoding streams', () => {
  it('hands the parser several chunks for a multi-chunk input, never the file in one piece', async () => {
    const line = Buffer.from('josé.pérez@example.com,maría.peña@example.com,1\n');
    const parts = Array.from({ length: 400 }, () => line);
    const decoder = new InputDecoder(Readable.from(parts), 'f.csv', null);
    let chunks = 0;
    let bytes = 0;
    for await (const part of decoder.chunks()) {
      chunks++;
      bytes += part.length;
    }
    expect(bytes).toBe(line.length * 400);
    // The first 8 KiB are read together to sniff the BOM; every later chunk passes on its own.
    expect(chunks).toBeGreaterThan(200);
  });

  it('firstInvalid rejects overlong forms and UTF-16 surrogates written as UTF-8 (RFC 3629)', () => {
    expect(firstInvalid(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalid(Buffer.from([0x41, 0x42, 0xe0, 0x80, 0x80]))).toBe(2); // overlong 3-byte
    expect(firstInvalid(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // U+D800
    expect(firstInvalid(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalid(Buffer.from('ñ李😀', 'utf8'))).toBe(9); // all valid: the end
  });
});
