/** The fast ISO writer (src/core/base/iso-time.ts) against Date.prototype.toISOString, on any time value. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime, writeIsoTime } from '../../src/core/base/iso-time.js';

describe('isoTime = toISOString', () => {
  it('on any epoch milliseconds Date accepts, integer or not, in any order', () => {
    const ms = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.integer({ min: 0, max: 253_402_300_799_999 }),
      fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
    );
    fc.assert(fc.property(fc.array(ms, { maxLength: 50 }), (values) => {
      for (const v of values) expect(isoTime(v)).toBe(new Date(v).toISOString());
    }), { numRuns: 2000, seed: 20261201 });
  });

  it('the edges of the fast range and of a day, worked by hand', () => {
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoTime(86_399_999)).toBe('1970-01-01T23:59:59.999Z');
    expect(isoTime(951_782_400_000)).toBe('2000-02-29T00:00:00.000Z');
    expect(isoTime(253_402_300_799_999)).toBe('9999-12-31T23:59:59.999Z');
    expect(isoTime(-1)).toBe('1969-12-31T23:59:59.999Z');
  });
});

describe('writeIsoTime = isoTime, as bytes', () => {
  it('on any epoch milliseconds: the same text in the fast range, −1 outside it', () => {
    const ms = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.integer({ min: 0, max: 253_402_300_799_999 }),
      fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
      fc.constantFrom(0, 951_782_400_000, 253_402_300_799_999, 253_402_300_800_000, -1, 0.5),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
    );
    const bytes = new Uint8Array(40).fill(0x21);
    fc.assert(fc.property(fc.array(ms, { maxLength: 50 }), fc.nat(8), (values, at) => {
      for (const v of values) {
        const end = writeIsoTime(bytes, at, v);
        const fast = v >= 0 && v < 253_402_300_800_000 && Number.isInteger(v);
        expect(end).toBe(fast ? at + 24 : -1);
        if (fast) expect(Buffer.from(bytes.subarray(at, end)).toString('latin1')).toBe(isoTime(v));
      }
    }), { numRuns: 2000, seed: 20261201 });
  });
});
