import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatDay, isoDate } from '../../../../src/core/analysis/activity/calendar.js';
import { periodIndex, periodLabel, periodStart } from '../../../../src/core/analysis/activity/periods.js';
import type { Period } from '../../../../src/core/model/options.js';

const t = (iso: string): number => Date.parse(iso);
const label = (period: Period, iso: string): string => periodLabel(period, periodIndex(period, t(iso)));
const start = (period: Period, iso: string): string => periodStart(period, periodIndex(period, t(iso)));

describe('calendar', () => {
  it('agrees with Date on every day from 1600 to 2400 (Date is the reference for civil dates)', () => {
    const mismatches: string[] = [];
    for (let days = daysFromCivil(1600, 1, 1); days <= daysFromCivil(2400, 12, 31); days += 1) {
      const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
      const { year, month, day } = civilFromDays(days);
      if (formatDay(days) !== expected || daysFromCivil(year, month, day) !== days) mismatches.push(expected);
    }
    expect(mismatches).toEqual([]);
  });

  it('formats years outside 0–9999 in the expanded ISO form and years below 1000 with four digits', () => {
    expect(formatDay(daysFromCivil(50, 3, 1))).toBe('0050-03-01');
    expect(formatDay(daysFromCivil(-1, 12, 31))).toBe('-000001-12-31');
    expect(formatDay(daysFromCivil(12345, 1, 2))).toBe('+012345-01-02');
  });

  it('gives the UTC date of a time, before 1970 too', () => {
    expect(isoDate(t('2026-01-31T23:59:59.999Z'))).toBe('2026-01-31');
    expect(isoDate(-1)).toBe('1969-12-31');
    expect(isoDate(0)).toBe('1970-01-01');
  });
});

describe('month and quarter boundaries', () => {
  it('puts the last second of March in March / Q1 and midnight of 1 April in April / Q2', () => {
    expect(label('month', '2026-03-31T23:59:59Z')).toBe('2026-03');
    expect(label('month', '2026-04-01T00:00:00Z')).toBe('2026-04');
    expect(label('quarter', '2026-03-31T23:59:59Z')).toBe('2026-Q1');
    expect(label('quarter', '2026-04-01T00:00:00Z')).toBe('2026-Q2');
    expect(start('month', '2026-04-01T00:00:00Z')).toBe('2026-04-01');
    expect(start('quarter', '2026-03-31T23:59:59Z')).toBe('2026-01-01');
    expect(start('quarter', '2026-12-31T12:00:00Z')).toBe('2026-10-01');
    expect(label('quarter', '2026-12-31T12:00:00Z')).toBe('2026-Q4');
  });

  it('numbers periods consecutively across a year boundary', () => {
    // December 2025 and January 2026 are neighbours: 2025·12 + 11 and 2026·12 + 0.
    expect(periodIndex('month', t('2026-01-01T00:00:00Z')) - periodIndex('month', t('2025-12-31T23:59:59Z'))).toBe(1);
    expect(periodIndex('quarter', t('2026-01-01T00:00:00Z')) - periodIndex('quarter', t('2025-12-31T23:59:59Z'))).toBe(1);
    expect(periodIndex('day', t('2026-01-01T00:00:00Z')) - periodIndex('day', t('2025-12-31T23:59:59Z'))).toBe(1);
    expect(periodIndex('month', t('2026-01-15T00:00:00Z'))).toBe(2026 * 12);
    expect(periodIndex('quarter', t('2026-05-15T00:00:00Z'))).toBe(2026 * 4 + 1);
  });
});

describe('ISO weeks', () => {
  it.each([
    // 2020 starts on a Wednesday and is a leap year: it has 53 ISO weeks.
    ['2020-12-31T10:00:00Z', '2020-W53', '2020-12-28'],
    // Sunday 3 Jan 2021 still belongs to the week of Thursday 31 Dec 2020.
    ['2021-01-03T23:59:59Z', '2020-W53', '2020-12-28'],
    ['2021-01-04T00:00:00Z', '2021-W01', '2021-01-04'],
    // 1 Jan 2026 is a Thursday, so its week (from Monday 29 Dec 2025) is 2026-W01.
    ['2026-01-01T00:00:00Z', '2026-W01', '2025-12-29'],
    // Monday 30 Dec 2024: its Thursday is 2 Jan 2025.
    ['2024-12-30T00:00:00Z', '2025-W01', '2024-12-30'],
    // Saturday 31 Jan 2026: weeks from 29 Dec, 5, 12, 19, 26 Jan → the fifth.
    ['2026-01-31T12:00:00Z', '2026-W05', '2026-01-26'],
  ])('%s is in %s starting %s', (iso, expected, monday) => {
    expect(label('week', iso)).toBe(expected);
    expect(start('week', iso)).toBe(monday);
  });

  it('starts weeks on Monday at 00:00 UTC', () => {
    expect(periodIndex('week', t('2026-01-05T00:00:00Z')) - periodIndex('week', t('2026-01-04T23:59:59Z'))).toBe(1);
  });
});

describe('day labels', () => {
  it('labels a day by its date and starts it that day', () => {
    expect(label('day', '2026-01-31T23:59:59Z')).toBe('2026-01-31');
    expect(start('day', '2024-02-29T08:00:00Z')).toBe('2024-02-29');
    expect(periodIndex('day', t('1970-01-02T00:00:00Z'))).toBe(1);
  });
});

describe('times before 1970', () => {
  it('floors negative times into the right period', () => {
    // -1 ms is 1969-12-31T23:59:59.999Z: day −1, December 1969, Q4 1969.
    expect(periodIndex('day', -1)).toBe(-1);
    expect(periodLabel('day', -1)).toBe('1969-12-31');
    expect(periodLabel('month', periodIndex('month', -1))).toBe('1969-12');
    expect(periodLabel('quarter', periodIndex('quarter', -1))).toBe('1969-Q4');
    expect(periodStart('quarter', periodIndex('quarter', -1))).toBe('1969-10-01');
    // Wednesday 31 Dec 1969 is in the week of Thursday 1 Jan 1970, which starts Monday 29 Dec 1969.
    expect(periodLabel('week', periodIndex('week', -1))).toBe('1970-W01');
    expect(periodStart('week', periodIndex('week', -1))).toBe('1969-12-29');
    // Sunday 28 Dec 1969 closes the week of Thursday 25 Dec 1969: day 359 of 1969 → week 52.
    expect(label('week', '1969-12-28T12:00:00Z')).toBe('1969-W52');
    expect(label('week', '1900-01-01T00:00:00Z')).toBe('1900-W01');
    expect(label('month', '1900-01-01T00:00:00Z')).toBe('1900-01');
  });
});

const PYTHON = '/usr/bin/python3';

describe.skipIf(!existsSync(PYTHON))('ISO weeks against Python datetime.isocalendar', () => {
  it('agrees on every day from 1960 to 2040', () => {
    const script = [
      'import datetime, json',
      'd = datetime.date(1960, 1, 1); out = []',
      'while d <= datetime.date(2040, 12, 31):',
      '    y, w, wd = d.isocalendar()',
      '    out.append([d.isoformat(), "%04d-W%02d" % (y, w), (d - datetime.timedelta(days=wd - 1)).isoformat()])',
      '    d += datetime.timedelta(days=1)',
      'print(json.dumps(out))',
    ].join('\n');
    const run = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as [string, string, string][];
    expect(rows.length).toBeGreaterThan(29_000);
    const mismatches = rows.filter(([day, week, monday]) => {
      const index = periodIndex('week', t(`${day}T12:00:00Z`));
      return periodLabel('week', index) !== week || periodStart('week', index) !== monday;
    });
    expect(mismatches).toEqual([]);
  });
});
