import { describe, expect, it } from 'vitest';
import { periodIndex } from '../../../../src/core/analysis/activity/periods.js';
import { createTimeline } from '../../../../src/core/analysis/activity/timeline.js';
import { feed } from './feed.js';

const month = (iso: string): number => periodIndex('month', Date.parse(iso));

describe('createTimeline', () => {
  it('counts a row for both of its ends, per period, with its weight', () => {
    const { timeline, ids } = feed('month', [
      ['a', 'b', 2, '2026-01-10T00:00:00Z'],
      ['b', 'a', 1, '2026-01-20T00:00:00Z'],
      ['a', 'c', 1, '2026-03-01T00:00:00Z'],
    ]);
    expect(ids).toEqual(['a', 'b', 'c']);
    // a: January 2 + 1, March 1; b: January 2 + 1; c: March 1.
    expect([...timeline.personPeriods[0]!]).toEqual([[month('2026-01-01'), 3], [month('2026-03-01'), 1]]);
    expect([...timeline.personPeriods[1]!]).toEqual([[month('2026-01-01'), 3]]);
    expect([...timeline.personPeriods[2]!]).toEqual([[month('2026-03-01'), 1]]);
    // Each row counts once in its period.
    expect(timeline.periods.get(month('2026-01-01'))?.interactions).toBe(3);
    expect([...(timeline.periods.get(month('2026-01-01'))?.ties ?? [])]).toEqual([0, 1]);
    expect(timeline.periods.has(month('2026-02-01'))).toBe(false);
  });

  it('keeps the earliest and latest timestamps whatever the row order', () => {
    const { timeline } = feed('day', [
      ['a', 'b', 1, '2026-02-01T12:00:00Z'],
      ['c', 'a', 1, '2025-12-31T23:00:00Z'],
      ['a', 'b', 1, '2026-01-15T00:00:00Z'],
    ]);
    expect(timeline.span).toEqual({ first: Date.parse('2025-12-31T23:00:00Z'), last: Date.parse('2026-02-01T12:00:00Z') });
    expect(timeline.personFirst[0]).toBe(Date.parse('2025-12-31T23:00:00Z'));
    expect(timeline.personLast[0]).toBe(Date.parse('2026-02-01T12:00:00Z'));
    expect(timeline.personFirst[1]).toBe(Date.parse('2026-01-15T00:00:00Z'));
    // Tie a→b was first seen on 15 January although its February row came first.
    expect(timeline.tieFirstPeriod[0]).toBe(periodIndex('day', Date.parse('2026-01-15T00:00:00Z')));
    expect([timeline.tieSource[0], timeline.tieTarget[0]]).toEqual([0, 1]);
  });

  it('counts a self-loop once for its one person', () => {
    const timeline = createTimeline('month');
    timeline.add(0, 0, 0, 1, Date.parse('2026-01-01T00:00:00Z'));
    expect(timeline.personPeriods[0]?.get(month('2026-01-01'))).toBe(1);
  });

  it('starts empty', () => {
    const timeline = createTimeline('week');
    expect(timeline.period).toBe('week');
    expect(Number.isNaN(timeline.span.first) && Number.isNaN(timeline.span.last)).toBe(true);
    expect(timeline.periods.size).toBe(0);
  });

  it('keeps one entry per person and active period, not one per row', () => {
    const timeline = createTimeline('month');
    for (let i = 0; i < 10_000; i++) timeline.add(0, 1, 0, 1, Date.parse('2026-01-01T00:00:00Z') + i * 60_000);
    expect(timeline.personPeriods[0]?.size).toBe(1);
    expect(timeline.periods.get(month('2026-01-01'))?.ties.length).toBe(1);
    expect(timeline.periods.get(month('2026-01-01'))?.interactions).toBe(10_000);
  });
});
