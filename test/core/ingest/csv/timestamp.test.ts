import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../../../src/core/ingest/csv/timestamp.js';

// Expected values from Python's datetime, an independent implementation, e.g.
// int(datetime(2026, 1, 15, 10, 30, tzinfo=timezone.utc).timestamp() * 1000) == 1768473000000.
describe('parseTimestamp', () => {
  it.each([
    ['2026-01-15', 1768435200000],
    ['2026-01-15T10:30:00Z', 1768473000000],
    ['2026-01-15t10:30:00z', 1768473000000],
    ['2026-01-15T10:30', 1768473000000],
    ['2026-01-15 10:30:00', 1768473000000],
    ['2026-01-15T10:30:00.250', 1768473000250],
    ['2026-01-15T10:30:00,25', 1768473000250],
    ['2026-01-15T10:30:00.2509', 1768473000250],
    ['2026-01-15T12:30:00+02:00', 1768473000000],
    ['2026-01-15T12:30:00+0200', 1768473000000],
    ['2026-01-15T12:30:00+02', 1768473000000],
    ['2026-01-15T07:00:00-03:30', 1768473000000],
    ['2026-01-15T07:00-0330', 1768473000000],
    ['  2026-01-15T10:30:00Z ', 1768473000000],
    ['2024-02-29', 1709164800000],
    ['2000-02-29T23:59:59.999', 951868799999],
    ['1969-12-31T23:00', -3600000],
    // Date.UTC would read year 99 as 1999.
    ['0099-12-31', -59011545600000],
  ])('reads ISO-8601 %j as UTC epoch ms', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });

  it.each([
    ['1768473000', 1768473000000],
    ['1768473000.5', 1768473000500],
    ['1768473000123', 1768473000123],
    // 1e11 is the boundary: at or below, seconds; above, milliseconds.
    ['100000000000', 100000000000000],
    ['100000000001', 100000000001],
    ['0', 0],
  ])('reads unix number %j (seconds, or ms above 1e11)', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });

  it.each([
    'yesterday',
    '',
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-04-31',
    '2026-1-15',
    '2026/01/15',
    '15-01-2026',
    '2026-01-15T24:00',
    '2026-01-15T10:60',
    '2026-01-15T10:30:60',
    '2026-01-15T10',
    '2026-01-15T10:30:00.',
    '2026-01-15T10:30:00+2:00',
    '2026-01-15T10:30:00+02:0',
    '2026-01-15T10:30:00+24:00',
    '2026-01-15T10:30:00 UTC',
    '2026-01-15Z',
    '2026-01-15x10:30',
    '0x10',
    'Infinity',
    '1e400',
    '12 34',
  ])('refuses %j', (text) => {
    expect(parseTimestamp(text)).toBeNull();
  });

  it('does not depend on the local time zone', () => {
    // A zoneless date-time is UTC here; Date.parse would read it as local time.
    expect(parseTimestamp('2026-07-01T00:00')).toBe(Date.UTC(2026, 6, 1));
  });
});
