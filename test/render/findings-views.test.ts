/**
 * The findings in the Markdown report and the workbook: the core's list (see
 * test/core/analysis/findings) in the view's language, in its order. The sample report (fixture.ts) has
 * four, worked out in table.test.ts: the key player's loss (0.5 → 1), reciprocity 0 over 2 ties,
 * the silo eng (E-I −0.6) and one one-way person (=cmd).
 */
import { describe, expect, test } from 'vitest';
import { computeFindings, type OverloadFinding } from '../../src/core/analysis/findings/index.js';
import { findingSentence } from '../../src/render/i18n/index.js';
import { renderContext } from '../../src/render/context.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { bytesOf, textOf } from '../../src/render/output.js';
import { renderXlsx } from '../../src/render/xlsx/index.js';
import { readWithSheetJs, type ReadCell } from '../helpers/xlsx.js';
import { sampleAnalysis } from './fixture.js';

const firstColumn = (rows: ReadCell[][] | undefined) => (rows ?? []).map((r) => (r[0]?.t === 's' ? (r[0] as { v: string }).v : null));

describe('findings in other views', () => {
  test('Markdown: one item per finding, most pressing first, names escaped', () => {
    const text = textOf(renderMarkdown(sampleAnalysis(), renderContext()));
    const section = text.slice(text.indexOf('## Findings\n'), text.indexOf('\n## Groups'));
    const items = section.split('\n').filter((line) => line.startsWith('- '));
    expect(items).toEqual([
      // DF 0.75 → 1 without =cmd: nobody reaches anybody (harmonic mean distance 1/(1 − 1) is infinite);
      // fragmentation 0.5 → 1: someone is cut off (the report holds no count: 1 is the estimate).
      '- **Losing the key player would cut people off** — Without =cmd, nobody could reach anybody any more, and 1 person would be cut off from the rest. *(high)*',
      '- **Knowledge flows one way: only 0.0% of ties are returned** — 0 of 2 ties have a tie back. Two-way exchange is what collaboration looks like; a one-way tie is information passed on. *(high)*',
      '- **Group eng is a silo** — 1 of its 2 ties stays inside the group (50.0%; E-I −0.6000), more than chance would keep inside a group of 2: p = 0.010 over 1,000 random relabelings. *(medium)*',
      '- **1 person shares one way only** — 25.0% of the people with a tie; 0 mostly send, 1 mostly receive: =cmd. *(medium)*',
    ]);
  });

  test('overload, in English and Spanish, one overloaded person or several', () => {
    const finding = (people: { id: string; outStrength: number; inStrength: number }[]): OverloadFinding => ({
      kind: 'overload',
      severity: 'medium',
      subject: { type: 'people', ids: people.map((p) => p.id) },
      figures: {
        top5Share: 0.285, topPeople: 9, gini: 0.6341, organizationSize: 167, count: people.length,
        people: people.map((p) => ({ ...p, group: null })),
      },
    });
    const one = finding([{ id: '118', outStrength: 2884, inStrength: 612 }]);
    expect(findingSentence(one, 'en')).toEqual({
      title: 'A few people carry the collaboration: the top 5% give 28.5% of it',
      detail: 'The 9 people who give most, of 167, account for 28.5% of the weight of all ties (Gini 0.6341). One of them gives more than twice what they receive, the kind of person requests pile up on: 118 (gives 2,884, receives 612).',
    });
    expect(findingSentence(one, 'es')).toEqual({
      title: 'Unas pocas personas sostienen la colaboración: el 5 % superior aporta el 28,5 %',
      detail: 'Las 9 personas que más aportan, de 167, suman el 28,5 % del peso de todos los vínculos (Gini 0,6341). 1 de ellas aporta más del doble de lo que recibe, y las peticiones se le acumulan: 118 (aporta 2884, recibe 612).',
    });
    const two = finding([{ id: 'a', outStrength: 30, inStrength: 5 }, { id: 'b', outStrength: 12.5, inStrength: 1 }]);
    expect(findingSentence(two, 'en').detail).toContain('2 of them give more than twice what they receive, the kind of people requests pile up on: a (gives 30, receives 5) and b (gives 12.50, receives 1).');
    expect(findingSentence(two, 'es').detail).toContain('2 de ellas aportan más del doble de lo que reciben, y las peticiones se les acumulan: a (aporta 30, recibe 5) y b (aporta 12,50, recibe 1).');
  });

  test('Markdown: a name that is Markdown syntax stays text', () => {
    const analysis = sampleAnalysis();
    analysis.report.groups[1]!.group = '*eng* | [x](y)';
    analysis.report.findings = computeFindings(analysis.report);
    const text = textOf(renderMarkdown(analysis, renderContext()));
    expect(text).toContain('**Group \\*eng\\* \\| \\[x\\](y) is a silo**');
  });

  test('the workbook: the Summary lists the findings in the workbook’s language', async () => {
    for (const [lang, heading, first] of [
      ['en', 'Findings', 'Losing the key player would cut people off — Without =cmd'],
      ['es', 'Hallazgos', 'Perder a la persona clave dejaría a personas aisladas — Sin =cmd'],
    ] as const) {
      const book = readWithSheetJs(await bytesOf(renderXlsx(sampleAnalysis(), renderContext({ lang }))));
      const column = firstColumn(book.grid.get(lang === 'en' ? 'Summary' : 'Resumen'));
      const at = column.indexOf(heading);
      expect(at).toBeGreaterThan(0);
      expect(column[at + 1]).toMatch(new RegExp(`^${first}`));
      expect(column.slice(at + 1, at + 5).every((c) => c !== null && c.length > 20)).toBe(true);
    }
  });
});
