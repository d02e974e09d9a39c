/**
 * How the comparison page (`analyze --compare`) writes a figure and its change, by kind, as every
 * other view writes that kind (docs/reading-the-report.md#how-numbers-are-written). Worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { fmtFor, stringsFor } from '../../src/render/i18n/index.js';
import { figureKindOf, figureOf } from '../../src/viewer/change-format.js';

const en = fmtFor('en');
const t = stringsFor('en');

describe('the comparison page', () => {
  it('an index at four decimals, its change signed with the minus sign', () => {
    const f = figureOf(en, t, 'index');
    expect(f.value(-0.5143)).toBe('−0.5143');
    expect(f.value(1)).toBe('1.0000');
    expect(f.change(-0.0123)).toBe('−0.0123');
    expect(f.change(0.04)).toBe('+0.0400');
    expect(f.change(0.00001)).toBe('0.0000'); // rounds to nothing: no sign
  });

  it('a p-value as 0.012 or < 0.001, and no change: two estimates differ by chance', () => {
    const f = figureOf(en, t, 'p');
    expect(f.value(0.012)).toBe('0.012');
    expect(f.value(0.0004)).toBe('< 0.001');
    expect(f.change(0.01)).toBe('—');
  });

  it('a share in percent, its change in points; a count as a count', () => {
    expect(figureOf(en, t, 'share').value(0.739)).toBe('73.9%');
    expect(figureOf(en, t, 'count').value(12345)).toBe('12,345');
    expect(figureOf(en, t, 'count').change(-3)).toBe('−3');
  });

  it('org figures by the kind every view uses', () => {
    expect(figureKindOf('index')).toBe('index');
    expect(figureKindOf('share')).toBe('share');
    expect(figureKindOf('p')).toBe('p');
    expect(figureKindOf('integer')).toBe('count');
    expect(figureKindOf('amount')).toBe('count');
  });
});
