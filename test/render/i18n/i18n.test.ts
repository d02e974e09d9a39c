/** The words of each language: numbers as its readers write them, and the findings' sentences. */
import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../src/core/analysis/findings/index.js';
import { describeFinding, fmtFor, findingSentence, stringsFor } from '../../../src/render/i18n/index.js';
import type { Finding } from '../../../src/core/model/findings.js';
import { sampleReport } from '../fixture.js';

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
    expect(x.num(-0.6)).toBe('\u22120,6000'); // the minus sign and four decimals, as in every view
    expect(x.share(0.7372)).toMatch(/^73,7\s%$/u);
  });

  test('lists: the last joined by "and" / "y", then how many more', () => {
    expect(fmtFor('en').list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(fmtFor('es').list(['a', 'b'])).toBe('a y b');
    expect(fmtFor('en').list(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
    expect(fmtFor('es').list(['a', 'b', 'c', 'd'], 3)).toBe('a, b, c y 1 más');
    expect(fmtFor('en').list(['solo'])).toBe('solo');
    // A name that holds a comma would read as two people: then the list uses semicolons.
    expect(fmtFor('en').list(['Pérez, José', 'Amara Okafor', 'Zoë Müller'])).toBe('Pérez, José; Amara Okafor and Zoë Müller');
    expect(fmtFor('es').list(['Pérez, José', 'a', 'b', 'c'], 2)).toBe('Pérez, José; a y 2 más');
  });
});

describe('findings in words', () => {
  // The sample report: key-player loss, low reciprocity, silo eng, one-way =cmd (see table.test.ts)
  const findings = computeFindings(sampleReport());

  test('Spanish sentences carry the same figures', () => {
    const silo = findings.find((f) => f.kind === 'silo-group')!;
    // fixture.ts: eng holds 1 of its 2 ties inside, E-I −0.6, p-value 0.01 over 1,000 relabelings.
    expect(findingSentence(silo, 'es')).toEqual({
      title: 'El grupo eng es un silo',
      detail: '1 de sus 2 vínculos queda dentro del grupo (50,0\u00a0%; E-I −0,6000), más de los que el azar dejaría dentro de un grupo de 2: p = 0,010 en 1000 reasignaciones al azar.',
    });
    expect(findingSentence(silo, 'en').detail).toBe(
      '1 of its 2 ties stays inside the group (50.0%; E-I −0.6000), more than chance would keep inside a group of 2: p = 0.010 over 1,000 random relabelings.',
    );
    // DF 0.75 → 1 without =cmd: nobody reaches anybody; fragmentation 0.5 → 1, so someone is cut off.
    const loss = findings.find((f) => f.kind === 'key-player-loss')!;
    expect(findingSentence(loss, 'es').title).toBe('Perder a la persona clave dejaría a personas aisladas');
    expect(findingSentence(loss, 'es').detail).toBe('Sin =cmd, nadie podría llegar a nadie, y 1 persona quedaría separada del resto.');
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

describe('Spanish agrees in number', () => {
  test('"1 inactiva", "2 inactivas"', () => {
    const finding = (dormant: number) => ({
      kind: 'inactive-group' as const, severity: 'high' as const, subject: { type: 'group' as const, group: 'Ventas' },
      figures: { size: 20, dormant, fading: 19 - dormant, share: 19 / 20 },
    });
    expect(findingSentence(finding(1), 'es').detail).toBe('1 inactiva y 18 en declive de 20 personas (95,0\u00a0%).');
    expect(findingSentence(finding(2), 'es').detail).toBe('2 inactivas y 17 en declive de 20 personas (95,0\u00a0%).');
  });
});

describe('key players in hops', () => {
  test('distance fragmentation 0.5 → 0.6 reads as people 2 hops apart becoming 2.5 (1/(1 − DF)), +25%; hops always with two decimals', () => {
    const figures = {
      distanceFragmentationBefore: 0.5, distanceFragmentationAfter: 0.6, hopsBefore: 2, hopsAfter: 2.5, distanceRise: 0.25,
      fragmentationBefore: 0, fragmentationAfter: 0, cutOff: 0, organizationSize: 40,
    };
    const finding = { kind: 'key-player-loss' as const, severity: 'high' as const, subject: { type: 'people' as const, ids: ['ana', 'luis'] }, figures };
    expect(findingSentence(finding, 'en')).toEqual({
      title: 'Losing the 2 key players would push people apart',
      detail: 'Without ana and luis, people would be on average 2.50 hops apart instead of 2.00 (+25.0%).',
    });
    expect(findingSentence(finding, 'es')).toEqual({
      title: 'Perder a las 2 personas clave alejaría a las personas entre sí',
      detail: 'Sin ana y luis, las personas estarían en promedio a 2,50 pasos unas de otras, en lugar de 2,00 (+25,0\u00a0%).',
    });
    // 1.58 → 1.64 hops (+3.8%, lazega's five key players): no finding of weight, one low line.
    const low = { ...finding, severity: 'low' as const, figures: { ...figures, hopsBefore: 1.58, hopsAfter: 1.64, distanceRise: 1.64 / 1.58 - 1 } };
    expect(findingSentence(low, 'en')).toEqual({
      title: 'The network does not depend on a few people',
      detail: 'Without its 2 key players (ana and luis), people would be on average 1.64 hops apart instead of 1.58 (+3.8%), and nobody would be cut off.',
    });
    expect(findingSentence(low, 'es').title).toBe('La red no depende de unas pocas personas');
  });

  test('Spanish absent people: one person is singular, several plural', () => {
    // 1 of 20 people (5.0 %) and 3 of 20 (15.0 %) in the people file with no interaction.
    const one: Finding = { kind: 'absent-people', severity: 'low', subject: { type: 'people', ids: ['ana'] }, figures: { count: 1, total: 20, share: 0.05 } };
    const three: Finding = { ...one, severity: 'medium', subject: { type: 'people', ids: ['ana', 'luis', 'eva'] }, figures: { count: 3, total: 20, share: 0.15 } };
    const oneText = findingSentence(one, 'es');
    expect(oneText.title).toBe('En el fichero de personas hay 1 que no aparece en los datos');
    expect(oneText.detail.startsWith('Figura en la lista, pero sin ninguna interacción en lo analizado (el 5,0\u00a0% de las personas): ana.')).toBe(true);
    expect(oneText.detail).toContain('no cuenta en ninguna cifra de actividad.');
    const threeText = findingSentence(three, 'es');
    expect(threeText.detail.startsWith('Figuran en la lista, pero sin ninguna interacción en lo analizado (el 15,0\u00a0% de las personas): ana, luis y eva.')).toBe(true);
    expect(threeText.detail).toContain('no cuentan en ninguna cifra de actividad.');
  });
});
