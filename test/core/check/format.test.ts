import { describe, expect, test } from 'vitest';
import { formatValue } from '../../../src/core/check/format.js';

describe('formatValue', () => {
  test.each([
    [12, false, '12'],
    [0.41666666666666663, false, '0.4167'],
    [1234.5678, false, '1234.57'],
    [-0.75, false, '-0.75'],
    [0.000012346, false, '0.00001235'],
    [0.5, true, '50%'],
    [2 / 6, true, '33.33%'],
    [0.07, true, '7%'],
  ])('%s (percent %s) → %s', (value, percent, text) => {
    expect(formatValue(value, percent)).toBe(text);
  });

  test('the exact value when rounding would print the threshold itself', () => {
    expect(formatValue(0.1 + 0.2, false, 0.3)).toBe('0.30000000000000004');
    expect(formatValue(0.30001, false, 0.3)).toBe('0.30001');
    expect(formatValue(0.3, false, 0.3)).toBe('0.3');
    expect(formatValue(0.2999, false, 0.3)).toBe('0.2999');
    expect(formatValue(0.0200000001, true, 0.02)).toBe('2.00000001%');
  });
});
