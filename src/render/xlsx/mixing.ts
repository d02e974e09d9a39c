/**
 * The Mixing sheet. The report lists only the ordered pairs of groups that have ties
 * (docs/metrics.md#mixing); up to MATRIX_MAX_GROUPS groups the sheet shows them as a group × group matrix —
 * rows the group ties come from, columns the group they go to, 0 where there is none — first
 * the number of ties, then, below a blank row, their weight. With more groups a matrix would
 * be mostly zeros (3,000 groups: 9 million cells), so the sheet is the report's own list:
 * from, to, ties, weight, one row per pair with ties.
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import type { MixingCell } from '../../core/model/report.js';
import { cellValue, columnWidth, HEADER_STYLE, NUMBER_HEADER_STYLE, shownWidth, styleOf } from './cells.js';
import { SheetWriter, writeTable, type WriteContext } from './sheet.js';
import { MATRIX_MAX_GROUPS, tableSheet } from './tables.js';
import { MIXING_WORDS, SHEET_NAMES } from './words.js';

/** The groups of the matrix: the report's groups in its order, then any other name a cell uses. */
function matrixGroups(analysis: Analysis): string[] {
  const names = analysis.report.groups.map((g) => g.group);
  const known = new Set(names);
  for (const cell of analysis.report.mixing) {
    for (const name of [cell.from, cell.to]) {
      if (!known.has(name)) {
        known.add(name);
        names.push(name);
      }
    }
  }
  return names;
}

export async function writeMixing(ctx: WriteContext, analysis: Analysis): Promise<void> {
  const groups = matrixGroups(analysis);
  if (groups.length > MATRIX_MAX_GROUPS) {
    await writeTable(ctx, tableSheet(analysis, 'mixing', ctx.lang));
    return;
  }
  const at = new Map<string, MixingCell>();
  for (const cell of analysis.report.mixing) at.set(`${cell.from}\u0000${cell.to}`, cell);
  const matrix = (field: 'ties' | 'weight') =>
    groups.map((from) => groups.map((to) => at.get(`${from}\u0000${to}`)?.[field] ?? 0));
  const ties = matrix('ties');
  const weight = matrix('weight');

  const corners = [MIXING_WORDS.tiesCorner[ctx.lang], MIXING_WORDS.weightCorner[ctx.lang]];
  const widths = [
    columnWidth('', Math.max(...corners.map((c) => Math.ceil(shownWidth(c, 'text', ctx.lang) * 1.1)), ...groups.map((g) => shownWidth(cellValue(g, 'text'), 'text', ctx.lang))), false),
    ...groups.map((g, j) => {
      const widest = Math.max(...groups.map((_, i) => Math.max(shownWidth(ties[i]![j]!, 'integer', ctx.lang), shownWidth(weight[i]![j]!, 'amount', ctx.lang))));
      return columnWidth(String(cellValue(g, 'text') ?? ''), widest);
    }),
  ];

  const sheet = new SheetWriter(ctx, SHEET_NAMES.mixing[ctx.lang], widths, { rows: 1, columns: 1 });
  const block = async (corner: string, values: number[][], kind: 'integer' | 'amount') => {
    const head = [corner, ...groups].map((t) => cellValue(t, 'text'));
    await sheet.add(head, head.map((_, c) => (c === 0 ? HEADER_STYLE : NUMBER_HEADER_STYLE)));
    for (let i = 0; i < groups.length; i++) {
      const cells = [cellValue(groups[i], 'text'), ...values[i]!];
      await sheet.add(cells, cells.map((v, c) => (c === 0 ? HEADER_STYLE : styleOf(kind, v))));
    }
  };
  await block(corners[0]!, ties, 'integer');
  sheet.filter(groups.length + 1, groups.length + 1);
  await sheet.add([], []);
  await block(corners[1]!, weight, 'amount');
  await sheet.commit();
}
