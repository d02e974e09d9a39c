/**
 * Valid input, or a fault of the machine, never ends in exit 3 (internal error): through the real
 * binary, each case is exit 0 or one line on stderr and exit 2, with no file left but the one
 * asked for. Ids that are names of JavaScript's own (`constructor`, `__proto__`), option values
 * that are (`--encoding constructor`), timestamps a few thousand years apart.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { entries, expectCleanError, folder, orgnet, removeFolders } from '../helpers/binary.js';

afterAll(removeFolders);

/** Days between two ISO dates, as a calendar counts them (both included). */
const daysFrom = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000 + 1;

describe('timestamps far apart: at most 10,000 periods are laid out', () => {
  const dir = folder('periods');
  const YEARS = join(dir, 'years.csv');
  writeFileSync(YEARS, 'source,target,timestamp\na,b,0001-01-01\nb,c,9999-12-31\na,c,5000-01-01\n');
  // 0001-01-01 to 9999-12-31 is 3,652,059 days (Python: (date(9999,12,31) - date(1,1,1)).days + 1).
  const TOO_MANY =
    'orgnet: --period day: the timestamps span 3,652,059 days, and orgnet lays out at most 10,000 periods; use a longer --period (week, month, quarter) or --since/--until to keep the years that matter (a few rows with wrong years often stretch the span)';

  test.each([
    ['analyze --format json', ['analyze', YEARS, '--format', 'json', '-o', 'report.json']],
    ['analyze --format table', ['analyze', YEARS]],
    ['analyze --format html', ['analyze', YEARS, '-o', 'report.html']],
    ['check', ['check', YEARS, '--rule', 'count(people.activity.status=dormant) == 0']],
    ['diff', ['diff', YEARS, YEARS]],
  ])('%s --period day, rows dated 0001 and 9999: one line, exit 2, no file', (_name, args) => {
    const out = folder('periods-out');
    const r = orgnet([...args, '--period', 'day'], { cwd: out });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${TOO_MANY}\n`);
    expect(entries(out)).toEqual([]);
  });

  test('validate says so too, instead of promising that analyze takes the file', () => {
    const r = orgnet(['validate', YEARS, '--period', 'day', '--format', 'json']);
    expect(r.status).toBe(2);
    const problems = (JSON.parse(r.stdout) as { problems: { message: string }[] }).problems;
    expect(problems.map((p) => p.message)).toEqual([TOO_MANY.replace(/^orgnet: /, '')]);
  });

  test('a quarter is still too short for eight thousand years; the message then names --since/--until only', () => {
    const r = orgnet(['analyze', YEARS, '--period', 'quarter']);
    expect(r.status).toBe(2);
    // 0001-Q1 to 9999-Q4: 9,999 years of 4 quarters.
    expect(r.stderr).toMatch(/^orgnet: --period quarter: the timestamps span 39,996 quarters, .*; use --since\/--until to keep/);
    expectCleanError(r.stderr);
  });

  test('10,000 days are laid out; 10,001 are refused', () => {
    expect(daysFrom('2000-01-01', '2027-05-18')).toBe(10_000);
    const at = join(dir, 'ten-thousand-days.csv');
    writeFileSync(at, 'source,target,timestamp\na,b,2000-01-01\nb,c,2027-05-18\n');
    const ok = orgnet(['analyze', at, '--period', 'day', '--format', 'json']);
    expect(ok.status, ok.stderr).toBe(0);
    const series = (JSON.parse(ok.stdout) as { activity: { series: { period: string }[] } }).activity.series;
    expect(series).toHaveLength(10_000);
    expect([series[0]!.period, series.at(-1)!.period]).toEqual(['2000-01-01', '2027-05-18']);
    const over = join(dir, 'ten-thousand-and-one-days.csv');
    writeFileSync(over, 'source,target,timestamp\na,b,2000-01-01\nb,c,2027-05-19\n');
    const refused = orgnet(['analyze', over, '--period', 'day']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^orgnet: --period day: the timestamps span 10,001 days, /);
  });
});
