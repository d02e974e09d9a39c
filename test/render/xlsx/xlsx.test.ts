/**
 * The xlsx renderer on hand-built reports (test/render/fixture.ts): text that XML cannot carry,
 * limits of a worksheet and of a cell, the findings section, the rule for very many groups, a
 * reader that stops early. Workbooks are read back by SheetJS and exceljs (test/helpers/xlsx.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../../src/core/analysis/analyze.js';
import { UsageError } from '../../../src/core/base/errors.js';
import { tableData } from '../../../src/render/columns.js';
import { renderContext, TABLES } from '../../../src/render/context.js';
import type { Lang } from '../../../src/render/i18n/numbers.js';
import { bytesOf } from '../../../src/render/output.js';
import { cellText, shownWidth } from '../../../src/render/xlsx/cells.js';
import { FIELD_LOOKS } from '../../../src/render/xlsx/fields.js';
import { workbookBytes, type WorkbookOptions } from '../../../src/render/xlsx/index.js';
import { columnLetters } from '../../../src/render/xlsx/sheet.js';
import { MATRIX_MAX_GROUPS } from '../../../src/render/xlsx/tables.js';
import { readWithExcelJs, readWithSheetJs, type ReadCell } from '../../helpers/xlsx.js';
import { personRow, sampleAnalysis } from '../fixture.js';

const render = (analysis: Analysis, options: WorkbookOptions = {}, lang: Lang = 'en') =>
  bytesOf(workbookBytes(analysis, renderContext({ lang }), options));

const texts = (rows: ReadCell[][] | undefined, column = 0) => (rows ?? []).map((r) => (r[column]?.t === 's' ? (r[column] as { v: string }).v : null));

describe('text cells', () => {
  test.each([
    ['plain', 'plain'],
    ['=HYPERLINK("http://x")', '=HYPERLINK("http://x")'], // stored as text: nothing to change
    ['\u001b[31mred', '_x001B_[31mred'],
    ['cr\rlf\n', 'cr_x000D_lf\n'], // an XML reader would turn a bare CR into LF
    ['tab\tkept', 'tab\tkept'],
    ['del\u007f', 'del_x007F_'],
    ['nul\u0000', 'nul_x0000_'],
    ['not\uffffa char', 'not_xFFFF_a char'],
    ['_x0041_ literally', '_x005F_x0041_ literally'], // else a reader would show "A"
    ['_x12_ short', '_x12_ short'],
  ])('%j is written as %j', (text, written) => {
    expect(cellText(text)).toBe(written);
  });

  test('characters XML cannot carry come back as they were, through both readers', async () => {
    const analysis = sampleAnalysis();
    const names = ['\u001b[31mred\u001b[0m', 'cr\rinside', 'del\u007fx', '_x0041_ literally', 'nul\u0000x', 'two\nlines'];
    analysis.report.people = names.map((id) => personRow({ id, group: null, pagerank: 0.1, betweenness: 0, reciprocity: null, trend: null, status: null, roles: [] }));
    const bytes = await render(analysis);
    expect(texts(readWithSheetJs(bytes).grid.get('People')).slice(1)).toEqual(names);
    expect(texts((await readWithExcelJs(bytes)).grid.get('People')).slice(1)).toEqual(names);
  });

  test('a text longer than a cell holds is a usage error naming the limit', async () => {
    const analysis = sampleAnalysis();
    analysis.report.people[0]!.attributes.office = 'y'.repeat(32_768);
    await expect(render(analysis)).rejects.toThrow(UsageError);
    await expect(render(analysis)).rejects.toThrow(/a text of 32768 characters \("y{40}"…\) does not fit in a spreadsheet cell \(at most 32767\)/);
    expect(() => cellText('z'.repeat(32_767))).not.toThrow();
  });

  test('a wide character counts twice in a column width', () => {
    expect(shownWidth('李雷', 'text', 'en')).toBe(4);
    expect(shownWidth('José Pérez', 'text', 'en')).toBe(10);
    expect(shownWidth('two\nlines!', 'text', 'en')).toBe(6); // the longest line
  });
});

describe('the sample report', () => {
  test('sheets of the tables it holds; NaN and null are empty cells', async () => {
    const { sheets, grid } = readWithSheetJs(await render(sampleAnalysis()));
    expect(sheets).toEqual(['Summary', 'People', 'Groups', 'Mixing', 'Communities', 'Activity', 'Ties']);
    const people = grid.get('People')!;
    const pagerank = people[0]!.findIndex((c) => c.t === 's' && c.v === 'PageRank');
    const zoe = people.find((r) => r[0]?.t === 's' && r[0].v === 'zoe')!;
    expect(zoe[pagerank]).toEqual({ t: 'empty' }); // NaN in the report: never a number, never an error cell
    expect(zoe[1]).toEqual({ t: 'empty' }); // group null
    const ties = grid.get('Ties')!;
    // =cmd → "Q, R" has no time: empty First and Last, so the row ends after the count
    expect(ties[1]).toEqual([{ t: 's', v: '=cmd' }, { t: 's', v: '"Q, R"' }, { t: 'n', v: 1, format: '#,##0' }, { t: 'n', v: 1, format: '#,##0' }]);
    // ana → =cmd: 2026-01-05 09:00 and 2026-02-09 17:30 UTC, to the millisecond
    expect(ties[2]!.slice(4)).toEqual([
      { t: 'd', v: Date.UTC(2026, 0, 5, 9), format: 'yyyy-mm-dd hh:mm:ss' },
      { t: 'd', v: Date.UTC(2026, 1, 9, 17, 30), format: 'yyyy-mm-dd hh:mm:ss' },
    ]);
  });

  test('a report without groups, mixing or activity has no such sheets', async () => {
    const analysis = sampleAnalysis();
    analysis.report.groups = [];
    analysis.report.mixing = [];
    analysis.report.activity = { period: 'month', periods: 0, trend: null, series: [] };
    expect(readWithSheetJs(await render(analysis)).sheets).toEqual(['Summary', 'People', 'Communities', 'Ties']);
  });

  test('findings get their own section between the figures and the key players', async () => {
    const findings = ['Sales is a silo: E-I −0.60.', 'Two people hold the network together.'];
    const summary = readWithSheetJs(await render(sampleAnalysis(), { findings })).grid.get('Summary')!;
    const column = texts(summary);
    const at = column.indexOf('Findings');
    expect(at).toBeGreaterThan(texts(summary, 1).indexOf('activity.trend')); // the last figure
    expect(column.slice(at + 1, at + 3)).toEqual(findings);
    expect(at).toBeLessThan(column.indexOf('Key players (chosen one after another)'));
    expect(texts(readWithSheetJs(await render(sampleAnalysis())).grid.get('Summary'))).not.toContain('Findings');
  });

  test('in Spanish, the findings section too', async () => {
    const summary = readWithSheetJs(await render(sampleAnalysis(), { findings: ['Ventas es un silo.'] }, 'es')).grid.get('Resumen')!;
    expect(texts(summary)).toEqual(expect.arrayContaining(['Organización', 'Hallazgos', 'Ventas es un silo.', 'Acerca de este informe']));
  });
});

describe('limits of a worksheet', () => {
  test('a table longer than a sheet continues on "Name (2)", each part with its header and filter', async () => {
    // 4 people, 3 rows per sheet (header + 2): People, People (2)
    const bytes = await render(sampleAnalysis(), { maxRows: 3 });
    const { sheets, grid } = readWithSheetJs(bytes);
    expect(sheets).toEqual(['Summary', 'People', 'People (2)', 'Groups', 'Mixing', 'Communities', 'Activity', 'Ties']);
    expect(texts(grid.get('People'))).toEqual(['Person', '"Q, R"', '=cmd']);
    expect(texts(grid.get('People (2)'))).toEqual(['Person', 'ana', 'zoe']);
    const { book } = await readWithExcelJs(bytes);
    expect(book.getWorksheet('People (2)')!.autoFilter).toBe(`A1:${columnLetters(34 + 1)}3`); // 34 fields + office
    expect((book.getWorksheet('People (2)')!.views[0] as { ySplit?: number }).ySplit).toBe(1);
  });

  test('column letters', () => {
    expect([1, 26, 27, 34, 52, 53, 702, 703, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AH', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe(`more than ${MATRIX_MAX_GROUPS} groups`, () => {
  /** 101 groups g000…g100 of one person each; ties g000 → g001 (weight 2) and g100 → g000. */
  function manyGroups(): Analysis {
    const analysis = sampleAnalysis();
    const names = Array.from({ length: MATRIX_MAX_GROUPS + 1 }, (_, i) => `g${String(i).padStart(3, '0')}`);
    analysis.report.groups = names.map((group) => ({
      group, size: 1, internalTies: 0, externalTies: 1, eiIndex: 1, eiPValue: 1, internalShare: 0, density: null, reciprocity: null, activityRate: null, connectors: [],
    }));
    analysis.report.mixing = [{ from: 'g000', to: 'g001', ties: 1, weight: 2 }, { from: 'g100', to: 'g000', ties: 1, weight: 1 }];
    analysis.report.communities = [
      { id: 0, size: 3, groups: { g001: 1, g000: 1, g100: 1 }, dominantGroup: 'g000', dominantShare: 1 / 3 },
      { id: 1, size: 2, groups: { g050: 2 }, dominantGroup: 'g050', dominantShare: 1 },
    ];
    return analysis;
  }

  test('Mixing is the report\'s list of pairs with ties, not a 101 × 101 matrix', async () => {
    const { grid } = readWithSheetJs(await render(manyGroups()));
    expect(grid.get('Mixing')).toEqual([
      ['From group', 'To group', 'Ties', 'Weight'].map((v) => ({ t: 's', v })),
      [{ t: 's', v: 'g000' }, { t: 's', v: 'g001' }, { t: 'n', v: 1, format: '#,##0' }, { t: 'n', v: 2, format: '#,##0' }],
      [{ t: 's', v: 'g100' }, { t: 's', v: 'g000' }, { t: 'n', v: 1, format: '#,##0' }, { t: 'n', v: 1, format: '#,##0' }],
    ]);
  });

  test('Communities lists each community\'s groups in one cell, largest first, then by name', async () => {
    const { grid } = readWithSheetJs(await render(manyGroups()));
    const communities = grid.get('Communities')!;
    expect(texts(communities.slice(0, 1)[0]!.map((c) => [c]), 0)).toEqual(['Community', 'Size', 'Dominant group', 'Dominant share', 'Members per group']);
    expect(texts(communities, 4).slice(1)).toEqual(['g000: 1 | g001: 1 | g100: 1', 'g050: 2']);
  });

  test(`up to ${MATRIX_MAX_GROUPS} groups, a matrix`, async () => {
    const analysis = manyGroups();
    analysis.report.groups = analysis.report.groups.slice(0, MATRIX_MAX_GROUPS);
    analysis.report.mixing = analysis.report.mixing.slice(0, 1);
    const mixing = readWithSheetJs(await render(analysis)).grid.get('Mixing')!;
    expect(mixing[0]).toHaveLength(MATRIX_MAX_GROUPS + 1);
    expect(mixing[1]!.slice(0, 3)).toEqual([{ t: 's', v: 'g000' }, { t: 'n', v: 0, format: '#,##0' }, { t: 'n', v: 1, format: '#,##0' }]);
  });
});

describe('headers', () => {
  test('every column of every table has an English and a Spanish header of its own', () => {
    const { report, index } = sampleAnalysis();
    for (const table of TABLES) {
      for (const key of tableData(report, index, table).columns) {
        if (key.startsWith('attributes.') || key.startsWith('groups.')) continue; // the user's own names
        const look = FIELD_LOOKS[table][key];
        expect(look, `${table}.${key}`).toBeDefined();
        expect(look!.header.en).not.toBe('');
        expect(look!.header.es).not.toBe('');
      }
    }
    expect(FIELD_LOOKS.people.betweenness!.header).toEqual({ en: 'Betweenness', es: 'Intermediación' });
  });
});

describe('streaming', () => {
  test('a reader that stops after the first chunk stops the writer; nothing is left waiting or thrown', async () => {
    const big = sampleAnalysis();
    big.report.people = Array.from({ length: 1_000 }, (_, i) =>
      personRow({ id: `person-${String(i).padStart(5, '0')}`, group: 'eng', pagerank: 1 / 1_000, betweenness: 0, reciprocity: 0.5, trend: 0, status: 'steady', roles: [] }),
    );
    let chunks = 0;
    for await (const _chunk of workbookBytes(big, renderContext())) {
      chunks++;
      break;
    }
    expect(chunks).toBe(1);
    // the same workbook read to its end is complete
    const whole = readWithSheetJs(await render(big));
    expect(whole.grid.get('People')).toHaveLength(1_001);
  });
});
