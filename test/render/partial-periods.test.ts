/**
 * The sentence under the activity of an export cut short. With a complete period left, statuses
 * are judged on the complete ones; with none (sociopatterns-workplace-2015 by month: twelve days of
 * one month), nobody can be judged, everyone reads "steady" and the active share 100 % — the
 * sentence must say so, or a reader takes it for a finding.
 */
import { describe, expect, it } from 'vitest';
import type { PeriodRow } from '../../src/core/model/report.js';
import { partialNote } from '../../src/render/partial-periods.js';
import { stringsFor } from '../../src/render/i18n/index.js';

const period = (name: string, coverage: number): PeriodRow => ({
  period: name, start: `${name}-01`, coverage, interactions: 10, activePeople: 3, newTies: 2, reciprocity: null,
});

describe('terminal and Markdown', () => {
  it('a complete period left: statuses on the complete periods', () => {
    const note = partialNote([period('2025-01', 0.97), period('2025-02', 1), period('2025-03', 0.35)]);
    expect(note).toBe('2025-01 (97% of it in the data) and 2025-03 (35% of it in the data) are partial: shown, but trends and statuses use the complete periods only');
  });

  it('no complete period: nobody is judged, and a shorter --period is the way out', () => {
    const note = partialNote([period('month 1', 0.4)]);
    expect(note).toBe('month 1 (40% of it in the data) is partial, and no period is complete: nobody is judged dormant, fading or growing (a shorter --period gives complete periods to compare)');
  });

  it('every period complete: nothing to say', () => {
    expect(partialNote([period('2025-01', 1), period('2025-02', 1)])).toBeNull();
  });
});

describe('the page, in English and Spanish', () => {
  it.each([
    ['en', false, 'month 1 is only partly in the data: shown, but trends and statuses are judged on the complete periods only.'],
    ['en', true, 'month 1 is only partly in the data, and no period is complete: nobody is judged dormant, fading or growing (a shorter --period gives complete periods to compare).'],
    ['es', true, 'mes 1 solo está en parte en los datos, y ningún período está completo: no se considera a nadie inactivo, en declive ni en crecimiento (un --period más corto da períodos completos que comparar).'],
  ] as const)('%s, none complete: %s', (lang, none, text) => {
    const words = stringsFor(lang).activity;
    expect(words.partial(lang === 'en' ? 'month 1' : 'mes 1', false, none)).toBe(text);
  });
});
