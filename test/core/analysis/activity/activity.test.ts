import { describe, expect, it } from 'vitest';
import { activityWithoutTimestamps, computeActivity } from '../../../../src/core/analysis/activity/activity.js';
import { seededRandom } from '../../../../src/core/base/random.js';
import type { PersonActivity } from '../../../../src/core/model/report.js';
import { feed, type Row } from './feed.js';

/**
 * Six months, January–June 2026, so k = min(3, ⌊6/2⌋) = 3: "last k" is April–June and
 * "previous k" January–March. Per person (a row counts for both ends):
 *   d, x   Jan 1, Feb 2 (d→x and x→d)   → 3, nothing since March → dormant, trend (0−3)/3 = −1
 *   f, y   Jan 2, Feb 2, Mar 2, Apr 1   → 7, trend (1−6)/6 = −5/6 → fading
 *   g, z   Mar 1, Apr 1, May 1, Jun 2   → 5, trend (4−1)/1 = 3 → growing
 *   s, w   Jan 1, Jun 1                 → 2, trend (1−1)/1 = 0 → steady
 *   n, m   May 1                        → 1, no baseline: trend null → steady
 *   i      people-file isolate          → absent: no interaction at all
 * The rows run from 2026-01-01T00:00 to 2026-06-30T23:59:59, so the observed window is January 1
 * to July 1 and every month is complete (coverage 1).
 */
const ROWS: Row[] = [
  ['d', 'x', 1, '2026-01-05T09:00:00Z'],
  ['f', 'y', 2, '2026-01-31T23:59:59Z'],
  ['s', 'w', 1, '2026-01-01T00:00:00Z'],
  ['d', 'x', 1, '2026-02-02T00:00:00Z'],
  ['x', 'd', 1, '2026-02-28T10:00:00Z'],
  ['f', 'y', 2, '2026-02-14T00:00:00Z'],
  ['f', 'y', 2, '2026-03-31T23:59:59Z'],
  ['g', 'z', 1, '2026-03-15T00:00:00Z'],
  ['f', 'y', 1, '2026-04-01T00:00:00Z'],
  ['g', 'z', 1, '2026-04-30T00:00:00Z'],
  ['g', 'z', 1, '2026-05-01T00:00:00Z'],
  ['n', 'm', 1, '2026-05-20T00:00:00Z'],
  ['g', 'z', 1, '2026-06-01T00:00:00Z'],
  ['s', 'w', 1, '2026-06-10T00:00:00Z'],
  ['z', 'g', 1, '2026-06-30T23:59:59Z'],
];
const PEOPLE = ['d', 'f', 'g', 'i', 'm', 'n', 's', 'w', 'x', 'y', 'z'];

function run(rows: readonly Row[], window?: { since: number | null; until: number | null }, people = PEOPLE) {
  const { timeline, ids } = feed('month', rows);
  return computeActivity(timeline, { ids, people, window });
}

const person = (
  interactions: number,
  activePeriods: number,
  periods: number,
  firstSeen: string | null,
  lastSeen: string | null,
  trend: number | null,
  status: PersonActivity['status'],
): PersonActivity => ({ interactions, activePeriods, activityRate: activePeriods / periods, firstSeen, lastSeen, trend, status });

/** Someone listed and never seen in the window. */
const ABSENT: PersonActivity = { interactions: 0, activePeriods: 0, activityRate: null, firstSeen: null, lastSeen: null, trend: null, status: 'absent' };

describe('computeActivity over six months', () => {
  const result = run(ROWS);

  it('classifies dormant, fading, growing and steady people', () => {
    const get = (id: string) => result.byId.get(id);
    expect(get('d')).toEqual(person(3, 2, 6, '2026-01-05', '2026-02-28', -1, 'dormant'));
    expect(get('x')).toEqual(person(3, 2, 6, '2026-01-05', '2026-02-28', -1, 'dormant'));
    expect(get('f')).toEqual(person(7, 4, 6, '2026-01-31', '2026-04-01', (1 - 6) / 6, 'fading'));
    expect(get('g')).toEqual(person(5, 4, 6, '2026-03-15', '2026-06-30', 3, 'growing'));
    expect(get('s')).toEqual(person(2, 2, 6, '2026-01-01', '2026-06-10', 0, 'steady'));
    expect(get('n')).toEqual(person(1, 1, 6, '2026-05-20', '2026-05-20', null, 'steady'));
    expect(get('i')).toEqual(ABSENT);
    expect([...result.byId.keys()]).toEqual(PEOPLE);
  });

  it('shares out the people who are not dormant among those with an interaction', () => {
    // Not dormant: f, y, g, z, s, w, n, m = 8 of the 10 with an interaction (i is absent).
    expect(result.activeShare).toBe(8 / 10);
  });

  it('builds one series row per month with new ties and per-month reciprocity', () => {
    expect(result.section.period).toBe('month');
    expect(result.section.periods).toBe(6);
    expect(result.section.series).toEqual([
      // d→x 1, f→y 2, s→w 1; six people; three new ties; none reciprocated.
      { period: '2026-01', start: '2026-01-01', coverage: 1, interactions: 4, activePeople: 6, newTies: 3, reciprocity: 0 },
      // d→x, x→d, f→y: x→d is new; 2 of the 3 ties are reciprocated.
      { period: '2026-02', start: '2026-02-01', coverage: 1, interactions: 4, activePeople: 4, newTies: 1, reciprocity: 2 / 3 },
      { period: '2026-03', start: '2026-03-01', coverage: 1, interactions: 3, activePeople: 4, newTies: 1, reciprocity: 0 },
      { period: '2026-04', start: '2026-04-01', coverage: 1, interactions: 2, activePeople: 4, newTies: 0, reciprocity: 0 },
      { period: '2026-05', start: '2026-05-01', coverage: 1, interactions: 2, activePeople: 4, newTies: 1, reciprocity: 0 },
      // g→z, s→w, z→g: z→g is new; g→z and z→g reciprocate each other.
      { period: '2026-06', start: '2026-06-01', coverage: 1, interactions: 3, activePeople: 4, newTies: 1, reciprocity: 2 / 3 },
    ]);
    // Organization: previous 4+4+3 = 11, last 2+2+3 = 7 → (7−11)/11.
    expect(result.section.trend).toBe(-4 / 11);
  });

  it('gives the same result whatever order the rows arrive in', () => {
    expect(run([...ROWS].reverse())).toEqual(result);
    const random = seededRandom(7);
    const shuffled = [...ROWS];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(shuffled).not.toEqual(ROWS);
    expect(run(shuffled)).toEqual(result);
  });

  it('uses interned ids as the people when no people list is given', () => {
    const { timeline, ids } = feed('month', ROWS);
    const plain = computeActivity(timeline, { ids });
    expect([...plain.byId.keys()]).toEqual(ids);
    expect(plain.activeShare).toBe(8 / 10);
  });
});

describe('computeActivity with a --since/--until window', () => {
  const since = Date.parse('2025-12-01T00:00:00Z');

  it('runs the periods from the since period to the period holding until − 1 ms, empty ones included', () => {
    // Window December 2025 – July 2026: 8 months, k = 3, last = May–Jul, previous = Feb–Apr.
    const result = run(ROWS, { since, until: Date.parse('2026-08-01T00:00:00Z') });
    expect(result.section.periods).toBe(8);
    expect(result.section.series[0]).toEqual({ period: '2025-12', start: '2025-12-01', coverage: 1, interactions: 0, activePeople: 0, newTies: 0, reciprocity: null });
    expect(result.section.series[7]?.period).toBe('2026-07');
    const status = (id: string) => result.byId.get(id)?.status;
    // f: Feb 2 + Mar 2 + Apr 1 before, nothing May–Jul → dormant.
    expect(status('f')).toBe('dormant');
    // g: previous Mar 1 + Apr 1 = 2, last May 1 + Jun 2 = 3 → (3−2)/2 = 0.5 → growing.
    expect(result.byId.get('g')?.trend).toBe(0.5);
    expect(status('g')).toBe('growing');
    // s: nothing Feb–Apr, Jun 1 → no baseline → steady; active 2 of 8 months.
    expect(result.byId.get('s')).toMatchObject({ trend: null, status: 'steady', activityRate: 2 / 8 });
    // Not dormant: g, z, s, w, n, m = 6 of the 10 with an interaction.
    expect(result.activeShare).toBe(6 / 10);
    // Series: previous 4+3+2 = 9, last 2+3+0 = 5.
    expect(result.section.trend).toBe((5 - 9) / 9);
  });

  it('ends at the period before an until that falls on a period boundary', () => {
    const result = run(ROWS, { since, until: Date.parse('2026-07-01T00:00:00Z') });
    expect(result.section.series.map((row) => row.period)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06',
    ]);
  });

  it('takes the missing bound from the data', () => {
    expect(run(ROWS, { since, until: null }).section.periods).toBe(7);
    expect(run(ROWS, { since: null, until: Date.parse('2026-09-15T00:00:00Z') }).section.periods).toBe(9);
  });

  it('counts the window periods even when no row falls in them', () => {
    const result = run([], { since, until: Date.parse('2026-03-01T00:00:00Z') });
    expect(result.section.periods).toBe(3);
    expect(result.section.series.every((row) => row.interactions === 0 && row.reciprocity === null)).toBe(true);
    expect(result.byId.get('f')).toEqual(ABSENT);
    // Nobody has an interaction: no share to give.
    expect(result.activeShare).toBeNull();
    expect(result.section.trend).toBeNull();
  });
});

describe('computeActivity with fewer than two periods', () => {
  it('has no trend, calls everyone active steady and the others absent', () => {
    // All in March 2026: one period, k = 0.
    const result = run([
      ['a', 'b', 1, '2026-03-01T00:00:00Z'],
      ['b', 'a', 2, '2026-03-31T23:59:59Z'],
    ], undefined, ['a', 'b', 'i']);
    expect(result.section.periods).toBe(1);
    expect(result.section.trend).toBeNull();
    expect(result.section.series).toEqual([{ period: '2026-03', start: '2026-03-01', coverage: 1, interactions: 3, activePeople: 2, newTies: 2, reciprocity: 1 }]);
    expect(result.byId.get('a')).toEqual(person(3, 1, 1, '2026-03-01', '2026-03-31', null, 'steady'));
    expect(result.byId.get('i')).toEqual(ABSENT);
  });

  it('has no periods without any row or window', () => {
    const result = run([]);
    expect(result.section).toEqual({ period: 'month', periods: 0, trend: null, series: [] });
    expect(result.byId.get('a')).toBeUndefined();
    expect(result.byId.get('i')).toEqual(ABSENT);
    expect(result.activeShare).toBeNull();
  });

  it('compares single periods when there are two or three', () => {
    // Two complete months (the window says so), k = 1: a has Jan 1 / Feb 1 → 0 → steady; b only
    // in January → dormant; c only in February → no baseline → steady.
    const window = { since: Date.parse('2026-01-01T00:00:00Z'), until: Date.parse('2026-03-01T00:00:00Z') };
    const result = run([
      ['a', 'b', 1, '2026-01-10T00:00:00Z'],
      ['a', 'c', 1, '2026-02-10T00:00:00Z'],
    ], window, ['a', 'b', 'c']);
    expect(result.byId.get('a')).toMatchObject({ trend: 0, status: 'steady' });
    expect(result.byId.get('b')).toMatchObject({ trend: -1, status: 'dormant' });
    expect(result.byId.get('c')).toMatchObject({ trend: null, status: 'steady' });
  });
});

describe('computeActivity before 1970', () => {
  it('reads relative clocks that fall before the epoch', () => {
    // One hour either side of midnight 1 January 1970, by day: two periods.
    const { timeline, ids } = feed('day', [
      ['a', 'b', 1, -3_600_000],
      ['b', 'a', 1, 3_600_000],
    ]);
    const result = computeActivity(timeline, { ids });
    expect(result.section.series.map((row) => [row.period, row.start, row.newTies, row.reciprocity])).toEqual([
      ['1969-12-31', '1969-12-31', 1, 0],
      ['1970-01-01', '1970-01-01', 1, 0],
    ]);
    expect(result.byId.get('a')).toMatchObject({ firstSeen: '1969-12-31', lastSeen: '1970-01-01', activePeriods: 2, trend: 0 });
  });
});

describe('activityWithoutTimestamps', () => {
  it('sets only interactions, from in + out strength', () => {
    const result = activityWithoutTimestamps('week', ['a', 'b'], [3, 0]);
    expect(result.section).toEqual({ period: 'week', periods: 0, trend: null, series: [] });
    expect(result.activeShare).toBeNull();
    expect(result.byId.get('a')).toEqual({
      interactions: 3, activePeriods: null, activityRate: null, firstSeen: null, lastSeen: null, trend: null, status: null,
    });
    expect(result.byId.get('b')?.interactions).toBe(0);
  });
});

describe('computeActivity with rows out of time order, before 1970', () => {
  it('counts each pair once per day and each weight in its day (negative period indexes)', () => {
    const { timeline, ids } = feed('day', [
      ['a', 'b', 1, '1969-12-31T10:00:00Z'],
      ['b', 'a', 1, '1969-12-31T11:00:00Z'],
      ['a', 'c', 1, '1969-12-31T12:00:00Z'],
      ['a', 'b', 2, '1970-01-02T08:00:00Z'],
      // Back to the first day: a's running sum moves back to that day's entry.
      ['a', 'b', 1, '1969-12-31T13:00:00Z'],
      ['a', 'c', 1, '1970-01-02T09:00:00Z'],
    ]);
    const result = computeActivity(timeline, { ids, people: ['a', 'b', 'c'] });
    // 1969-12-31: a→b, b→a, a→c active: 2 of 3 pairs reciprocated. 1970-01-01: no row. 1970-01-02: a→b, a→c.
    expect(result.section.series).toEqual([
      { period: '1969-12-31', start: '1969-12-31', coverage: 1, interactions: 4, activePeople: 3, newTies: 3, reciprocity: 2 / 3 },
      { period: '1970-01-01', start: '1970-01-01', coverage: 1, interactions: 0, activePeople: 0, newTies: 0, reciprocity: null },
      { period: '1970-01-02', start: '1970-01-02', coverage: 1, interactions: 3, activePeople: 3, newTies: 0, reciprocity: 0 },
    ]);
    // a: 1 + 1 + 1 + 1 on the 31st, 2 + 1 on the 2nd.
    expect([...timeline.personPeriods[0]!.values()]).toEqual([4, 3]);
    expect(result.byId.get('a')!.interactions).toBe(7);
  });
});
