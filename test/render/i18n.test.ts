/** The words of each language: numbers as its readers write them, and the findings' sentences. */
import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../src/core/findings/index.js';
import { describeFinding, fmtFor, findingSentence, stringsFor } from '../../src/render/i18n/index.js';
import { sampleReport } from './fixture.js';

describe('numbers', () => {
  test('English: thousands with commas, a decimal point, shares with one decimal', () => {
    const x = fmtFor('en');
    expect(x.int(12345)).toBe('12,345');
    expect(x.num(0.51428571)).toBe('0.5143');
    expect(x.num(12.3456)).toBe('12.35');
    expect(x.num(null)).toBe('—');
    expect(x.share(0.7372)).toBe('73.7%');
  });

  test('Spanish: a decimal comma, points for thousands (from five digits), a spaced percent sign', () => {
    const x = fmtFor('es');
    expect(x.int(12345)).toBe('12.345');
    expect(x.num(-0.6)).toBe('-0,6');
    expect(x.share(0.7372)).toMatch(/^73,7\s%$/u);
  });

  test('lists: the last joined by "and" / "y", then how many more', () => {
    expect(fmtFor('en').list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(fmtFor('es').list(['a', 'b'])).toBe('a y b');
    expect(fmtFor('en').list(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
    expect(fmtFor('es').list(['a', 'b', 'c', 'd'], 3)).toBe('a, b, c y 1 más');
    expect(fmtFor('en').list(['solo'])).toBe('solo');
  });
});

describe('findings in words', () => {
  // The sample report: key-player loss, low reciprocity, silo eng, one-way =cmd (see table.test.ts)
  const findings = computeFindings(sampleReport());

  test('Spanish sentences carry the same figures', () => {
    const silo = findings.find((f) => f.kind === 'silo-group')!;
    expect(findingSentence(silo, 'es')).toEqual({
      title: 'El grupo eng es un silo',
      detail: '1 de sus 2 vínculos queda dentro del grupo (E-I -0,6; 2 personas).',
    });
    const loss = findings.find((f) => f.kind === 'key-player-loss')!;
    expect(findingSentence(loss, 'es').title).toBe('Perder a la persona clave fragmentaría la red');
    expect(findingSentence(loss, 'es').detail).toBe('Sin =cmd, nadie podría llegar a nadie (la fragmentación por distancia 0,75 → 1; 0 = todos adyacentes, 1 = todos separados).');
  });

  test('every finding has a title and a detail in both languages, and the two differ', () => {
    for (const f of findings) {
      const en = describeFinding(f, stringsFor('en'), fmtFor('en'));
      const es = describeFinding(f, stringsFor('es'), fmtFor('es'));
      expect(en.title.length).toBeGreaterThan(10);
      expect(es.detail.length).toBeGreaterThan(10);
      expect(es.title).not.toBe(en.title);
    }
  });
});

describe('key players in hops', () => {
  test('distance fragmentation 0.5 → 0.6 reads as people 2 hops apart becoming 2.5 (1/(1 − DF))', () => {
    const finding = {
      kind: 'key-player-loss' as const,
      severity: 'high' as const,
      subject: { type: 'people' as const, ids: ['ana', 'luis'] },
      figures: { measure: 'distanceFragmentation' as const, before: 0.5, after: 0.6, fragmentationBefore: 0, fragmentationAfter: 0, distanceFragmentationBefore: 0.5, distanceFragmentationAfter: 0.6 },
    };
    expect(findingSentence(finding, 'en').detail).toContain('people would be on average 2.5 hops apart instead of 2');
    expect(findingSentence(finding, 'es').detail).toContain('las personas estarían de media a 2,5 pasos unas de otras en vez de 2');
  });
});
