/**
 * `check` rules over the windows (docs/ci.md#rules-over-time-windows), on a file whose windows are
 * worked out by hand: first, last, min over the complete windows only, and the errors.
 */
import { describe, expect, test } from 'vitest';
import { run } from '../helpers/cli.js';

// January: a→b, b→a (reciprocity 1). February: a→b, a→c (0). March: a→b, b→a, c→a (2/3).
// April 1–3 only: b→c (0), a partial window that the rules leave out.
const ROWS = [
  'source,target,timestamp',
  'a,b,2026-01-01T10:00:00Z', 'b,a,2026-01-10T10:00:00Z',
  'a,b,2026-02-01T10:00:00Z', 'a,c,2026-02-10T10:00:00Z',
  'a,b,2026-03-01T10:00:00Z', 'b,a,2026-03-10T10:00:00Z', 'c,a,2026-03-31T10:00:00Z',
  'b,c,2026-04-03T10:00:00Z',
  '',
].join('\n');

const check = (...rules: string[]) =>
  run(['check', '-', '--windows', 'month', '--format', 'json', ...rules.flatMap((r) => ['--rule', r])], { stdin: ROWS });

describe('check over windows', () => {
  test('last and first read the latest and earliest complete window; min and max over complete ones', async () => {
    const r = await check('last(windows.org.reciprocity) >= 0.6', 'first(windows.org.reciprocity) == 1', 'min(windows.org.reciprocity) == 0', 'count(windows.org.reciprocity < 0.5) == 1');
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as { passed: boolean; rules: { rule: string; actual: number | null; status: string }[] };
    expect(result.rules.map((x) => [x.actual, x.status])).toEqual([[2 / 3, 'pass'], [1, 'pass'], [0, 'pass'], [1, 'pass']]);
    expect(r.code).toBe(0);
  });

  test('a gate that trips exits 1', async () => {
    const r = await check('last(windows.org.reciprocity) >= 0.7');
    expect(r.code).toBe(1);
  });

  test('without --windows the rule fails and says what to add', async () => {
    const r = await run(['check', '-', '--rule', 'last(windows.org.reciprocity) >= 0.3'], { stdin: ROWS });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/add --windows SPAN/);
  });

  test('first/last over people, and an unknown window field, are malformed rules', async () => {
    const people = await check('last(people.betweenness) > 0');
    expect(people.code).toBe(2);
    expect(people.stderr).toMatch(/last\(\.\.\.\) reads a series in time order/);
    const unknown = await check('last(windows.org.reciprocty) > 0');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean "windows\.org\.reciprocity"/);
  });
});
