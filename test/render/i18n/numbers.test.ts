/**
 * One way to write each kind of figure, in every view (docs/reading-the-report.md, "How
 * numbers are written"). Expected strings are written by hand from the rule, not taken
 * from a run: indices and centralities with 4 decimals, shares in % with 1, p-values with 3
 * or "< 0.001", hops with 2, counts with thousands separators, the minus as U+2212.
 */
import { describe, expect, test } from 'vitest';
import { fmtFor } from '../../../src/render/i18n/numbers.js';
import { formatCentrality, formatCount, formatHops, formatIndex, formatP, formatShare } from '../../../src/render/format.js';

const en = fmtFor('en');
const es = fmtFor('es');

describe('indices: four decimals whatever the value', () => {
  test('the density of a two-person group that talks is 1, written 1.0000 like its neighbours', () => {
    expect(en.index(1)).toBe('1.0000');
    expect(en.index(0)).toBe('0.0000');
  });

  test('0.5519 and 0.569 at the same decimals', () => {
    expect(en.index(0.5519)).toBe('0.5519');
    expect(en.index(0.569)).toBe('0.5690');
    // 0.51428571… (an E-I of −18/35) rounds to 0.5143.
    expect(en.index(18 / 35)).toBe('0.5143');
  });

  test('a negative index carries the minus sign U+2212, not the hyphen', () => {
    expect(en.index(-0.5143)).toBe('\u22120.5143');
    expect(es.index(-0.5143)).toBe('\u22120,5143');
    expect(en.index(-0.5143)).not.toContain('-');
  });

  test('a value that rounds to zero is 0.0000, never −0.0000', () => {
    expect(en.index(-0.00001)).toBe('0.0000');
  });

  test('undefined is a dash', () => {
    expect(en.index(null)).toBe('—');
    expect(en.index(Number.NaN)).toBe('—');
  });
});

describe('centralities: four decimals', () => {
  test('a PageRank of 1/30 and a betweenness of 0', () => {
    expect(en.centrality(1 / 30)).toBe('0.0333');
    expect(en.centrality(0)).toBe('0.0000');
    expect(es.centrality(0.25)).toBe('0,2500');
  });
});

describe('p-values', () => {
  test('three decimals, or < 0.001 below what a thousand relabelings can estimate', () => {
    expect(en.pValue(0.012)).toBe('0.012');
    expect(en.pValue(0.0004)).toBe('< 0.001');
    expect(en.pValue(0.001)).toBe('0.001');
    expect(es.pValue(0.0004)).toBe('< 0,001');
    expect(en.pValue(null)).toBe('—');
  });

  test('in a sentence the p-value reads "p = 0.012" or "p < 0.001"', () => {
    expect(en.p(0.012)).toBe('= 0.012');
    expect(en.p(0.0004)).toBe('< 0.001');
  });
});

describe('counts, shares and hops', () => {
  test('12345 people: 12,345 in English, 12.345 in Spanish', () => {
    expect(en.int(12345)).toBe('12,345');
    expect(es.int(12345)).toBe('12.345');
  });

  test('a share in % with one decimal: 53 of 70 ties is 75.7 %', () => {
    expect(en.share(53 / 70)).toBe('75.7%');
    expect(es.share(53 / 70)).toBe('75,7\u00a0%');
  });

  test('hops with two decimals: 1.9 is 1.90', () => {
    expect(en.hops(1.9)).toBe('1.90');
    expect(es.hops(1.9)).toBe('1,90');
  });
});

describe('the terminal, Markdown and diff views write the same strings', () => {
  test('the English helpers are the module', () => {
    expect(formatIndex(1)).toBe('1.0000');
    expect(formatIndex(-0.5143)).toBe('\u22120.5143');
    expect(formatCentrality(0.569)).toBe('0.5690');
    expect(formatP(0.0004)).toBe('< 0.001');
    expect(formatCount(12345)).toBe('12,345');
    expect(formatShare(0.5)).toBe('50.0%');
    expect(formatHops(1.9)).toBe('1.90');
  });
});
