import { describe, expect, it } from 'vitest';
import { activityStatus, trendOf } from '../../../../src/core/analysis/activity/trend.js';

/** Trend over a plain per-period series. */
const over = (values: number[]) =>
  trendOf(values.length, (from, to) => values.slice(from, to + 1).reduce((a, b) => a + b, 0));

describe('trendOf', () => {
  it('compares the last k periods with the k before them, k = min(3, ⌊periods/2⌋)', () => {
    // 7 periods → k = 3: last 3 = 1+1+1 = 3, previous 3 (offsets 1..3) = 2+2+2 = 6 → (3−6)/6.
    expect(over([9, 2, 2, 2, 1, 1, 1])).toEqual({ k: 3, last: 3, previous: 6, trend: -0.5 });
    // 5 periods → k = 2: last 2 = 4, previous 2 = 2 → (4−2)/2 = 1.
    expect(over([0, 1, 1, 2, 2])).toEqual({ k: 2, last: 4, previous: 2, trend: 1 });
    // 2 periods → k = 1.
    expect(over([2, 3])).toEqual({ k: 1, last: 3, previous: 2, trend: 0.5 });
  });

  it('has no trend with fewer than two periods or without a baseline', () => {
    expect(over([5]).trend).toBeNull();
    expect(over([]).trend).toBeNull();
    expect(over([0, 0, 4, 4]).trend).toBeNull();
  });
});

describe('activityStatus', () => {
  it('applies the thresholds inclusively: −0.5 fades, +0.5 grows', () => {
    expect(activityStatus(3, over([2, 1]))).toBe('fading'); // (1−2)/2 = −0.5
    expect(activityStatus(5, over([2, 3]))).toBe('growing'); // (3−2)/2 = 0.5
    expect(activityStatus(7, over([4, 3]))).toBe('steady'); // (3−4)/4 = −0.25
  });

  it('is dormant with nothing in the last k periods, absent with nothing at all', () => {
    expect(activityStatus(2, over([2, 0]))).toBe('dormant');
    expect(activityStatus(0, over([0, 0]))).toBe('absent');
    expect(activityStatus(0, over([]))).toBe('absent');
  });

  it('is not dormant when active after the last complete period (an export cut mid-period)', () => {
    // Nothing in the last complete period, but rows in the partial one after it: back, not gone;
    // the trend over the complete periods, (0 − 2)/2 = −1, still says fading.
    expect(activityStatus(3, over([2, 0]), true)).toBe('fading');
  });

  it('is steady when active without a trend (one period, or no baseline)', () => {
    expect(activityStatus(5, over([5]))).toBe('steady');
    expect(activityStatus(8, over([0, 0, 4, 4]))).toBe('steady');
  });
});
