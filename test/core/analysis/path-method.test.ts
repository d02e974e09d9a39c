/** When betweenness and closeness are exact and when they are sampled (README "Performance"). */
import { describe, expect, it } from 'vitest';
import { AUTO_SAMPLES, EXACT_MAX_WORK, pathMethod } from '../../../src/core/analysis/build-report.js';
import { DEFAULT_OPTIONS } from '../../../src/core/model/options.js';

describe('pathMethod', () => {
  it('exact while people × ties stays within the budget, sampled above it', () => {
    expect(EXACT_MAX_WORK).toBe(4e9);
    // 10,000 people and 200,000 ties (the M organization): 2·10⁹, exact.
    expect(pathMethod(DEFAULT_OPTIONS, 10_000, 200_000)).toEqual({ method: 'exact' });
    // 50,000 people and a million ties (L): 5·10¹⁰, sampled from 1,000 people.
    expect(pathMethod(DEFAULT_OPTIONS, 50_000, 1_000_000)).toEqual({ method: 'sampled', k: AUTO_SAMPLES, seed: 42 });
  });

  it('--exact and --betweenness-samples decide over the size', () => {
    expect(pathMethod({ ...DEFAULT_OPTIONS, exact: true }, 50_000, 1_000_000)).toEqual({ method: 'exact' });
    expect(pathMethod({ ...DEFAULT_OPTIONS, betweennessSamples: 300, seed: 7 }, 10_000, 200_000)).toEqual({ method: 'sampled', k: 300, seed: 7 });
    expect(pathMethod({ ...DEFAULT_OPTIONS, betweennessSamples: 300 }, 200, 1000)).toEqual({ method: 'exact' });
  });
});
