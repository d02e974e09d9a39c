/**
 * ByteIds (src/core/ingest/csv/byte-rows.ts) interns ids by their bytes, comparing short ids by a
 * length tag and their first eight bytes only: it must give two ids the same number exactly
 * when their bytes are equal, whatever their lengths, shared prefixes, zero bytes or the
 * table's growth — here held to a Map of the decoded strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteIds } from '../../../../src/core/ingest/csv/byte-rows.js';

/** Numbers ids through ByteIds, reading each from its own spot in one buffer, as rows would. */
function numbered(ids: Buffer[]): number[] {
  const strings = new Map<string, number>();
  const byBytes = new ByteIds((id) => {
    expect(strings.has(id)).toBe(false);
    strings.set(id, strings.size);
    return strings.size - 1;
  });
  const buffer = Buffer.concat(ids.flatMap((id) => [Buffer.from('|'), id]));
  let at = 0;
  return ids.map((id) => {
    const start = at + 1;
    at = start + id.length;
    return byBytes.get(buffer, start, at);
  });
}

/** The same numbering from a Map of the bytes, first seen first. */
function expected(ids: Buffer[]): number[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const key = id.toString('latin1');
    if (!seen.has(key)) seen.set(key, seen.size);
    return seen.get(key)!;
  });
}

describe('ByteIds', () => {
  it('tells apart ids that share their first eight bytes, differ in length or hold zero bytes', () => {
    const ids = ['a', 'a\0', 'a\0\0', 'abcdefgh', 'abcdefghi', 'abcdefghij', 'abcdefgh' + 'x'.repeat(247), 'abcdefgh' + 'x'.repeat(494), 'abcdefgi', 'a', 'abcdefghi', 'a\0'].map((s) => Buffer.from(s, 'latin1'));
    expect(numbered(ids)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 4, 1]);
  });

  it('numbers any ids as a Map of their bytes does, through many rehashes', () => {
    const alphabet = fc.constantFrom(0x00, 0x41, 0x42, 0x61, 0x7a, 0x2e, 0x40);
    const id = fc.array(alphabet, { minLength: 1, maxLength: 20 }).map((bytes) => Buffer.from(bytes));
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 3000 }), (ids) => {
        expect(numbered(ids)).toEqual(expected(ids));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps 100,000 distinct ids of growing length apart', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => Buffer.from(`p${i}`.padEnd(1 + (i % 17), '.')));
    const twice = [...ids, ...ids];
    expect(numbered(twice)).toEqual(expected(twice));
  });
});
