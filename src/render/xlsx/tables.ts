/**
 * The workbook's table sheets — People, Groups, Communities, Activity, Ties — from the same
 * column lists as CSV (render/columns.ts), with headers in the report's language. Only the
 * Communities sheet differs with very many groups: a column per group stops at
 * MATRIX_MAX_GROUPS, beyond which each community lists its groups in one text cell.
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import { stringsFor } from '../i18n/index.js';
import { compareIds } from '../../core/base/ids.js';
import { isoDuration } from '../../core/base/iso-time.js';
import type { CommunityRow } from '../../core/model/report.js';
import { TIE_COLUMNS, tableData, type Cell } from '../columns.js';
import type { TableName } from '../context.js';
import type { Lang } from '../i18n/numbers.js';
import { fieldLook } from './fields.js';
import type { SheetColumn, TableSheet } from './sheet.js';
import { SHEET_NAMES, type SheetKey } from './words.js';

/** Up to this many groups a group × group view is a matrix (100 × 100 cells); beyond, a list. */
export const MATRIX_MAX_GROUPS = 100;

function firstOf<T>(items: Iterable<T>): T | undefined {
  for (const item of items) return item;
  return undefined;
}

/** A table of render/columns.ts as a sheet. */
export function tableSheet(analysis: Analysis, table: TableName, lang: Lang): TableSheet {
  const data = () => tableData(analysis.report, analysis.index, table);
  const { columns: keys, rows } = data();
  const first = firstOf(rows);
  const columns: SheetColumn[] = keys.map((key, i) => {
    const look = fieldLook(table, key, first?.[i]);
    return { header: look.header[lang], kind: look.kind };
  });
  // A person's activity status and roles are words of the report's language, as on the HTML
  // page. An English workbook keeps the role names of the JSON and CSV (`central-connector`);
  // roles stay joined with `|`, as in CSV, so a filter on one of them still works.
  const strings = stringsFor(lang);
  const statusWords = strings.activity.status as Record<string, string>;
  const roleWords = strings.roles.short as Record<string, string>;
  const translate: ((c: Cell) => Cell)[] = keys.map((key) => {
    if (table !== 'people') return (c) => c;
    if (key === 'activity.status') return (c) => (typeof c === 'string' ? (statusWords[c] ?? c) : c);
    if (key === 'roles' && lang !== 'en') return (c) => (typeof c === 'string' && c !== '' ? c.split('|').map((r) => roleWords[r] ?? r).join('|') : c);
    return (c) => c;
  });
  const worded = (row: Cell[]): Cell[] => row.map((c, i) => translate[i]!(c));
  return {
    name: SHEET_NAMES[table as SheetKey][lang],
    columns,
    ...(table === 'people' ? { frozenColumns: 1 } : {}),
    rows: function* () {
      for (const row of data().rows) yield worded(row);
    },
  };
}

/** "Engineering: 12 | Sales: 3": a community's groups, largest first (ties: by name). */
function groupsText(community: CommunityRow): string {
  return Object.entries(community.groups)
    .filter(([, members]) => members > 0)
    .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .map(([group, members]) => `${group}: ${members}`)
    .join(' | ');
}

export function communitiesSheet(analysis: Analysis, lang: Lang): TableSheet {
  if (analysis.report.groups.length <= MATRIX_MAX_GROUPS) return tableSheet(analysis, 'communities', lang);
  const keys = ['id', 'size', 'dominantGroup', 'dominantShare', 'groups'] as const;
  return {
    name: SHEET_NAMES.communities[lang],
    columns: keys.map((key) => {
      const look = fieldLook('communities', key, undefined);
      return { header: look.header[lang], kind: look.kind };
    }),
    rows: function* () {
      for (const c of analysis.report.communities) yield [c.id, c.size, c.dominantGroup, c.dominantShare, groupsText(c)];
    },
  };
}

/**
 * The Ties sheet: the CSV ties columns, read straight from the typed-array index (no graph of
 * the organization is built for it), each undirected tie once. The times stay epoch milliseconds
 * on their way to a date cell — no ISO text to make and parse again per tie.
 */
export function tiesSheet(analysis: Analysis, lang: Lang): TableSheet {
  const { ids, n, out, tieRows, tieFirst, tieLast, undirected } = analysis.index;
  // A relative clock's times are no dates: durations, as text (docs/input.md#interactions-required---reads-standard-input).
  const relative = analysis.report.meta.input.clock === 'relative';
  const time = (ms: number) => (Number.isNaN(ms) ? null : relative ? isoDuration(ms) : ms);
  return {
    name: SHEET_NAMES.ties[lang],
    columns: TIE_COLUMNS.map((key) => {
      const look = fieldLook('ties', key, undefined);
      return { header: look.header[lang], kind: look.kind };
    }),
    rows: function* () {
      for (let i = 0; i < n; i++) {
        for (let p = out.offsets[i]!; p < out.offsets[i + 1]!; p++) {
          if (undirected && out.index[p]! < i) continue;
          yield [ids[i]!, ids[out.index[p]!]!, out.weight[p]!, tieRows[p]!, time(tieFirst[p]!), time(tieLast[p]!)];
        }
      }
    },
  };
}
