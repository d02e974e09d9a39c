/**
 * What a renderer may know besides the report: colours (decided once by the CLI from the
 * TTY, NO_COLOR, FORCE_COLOR and --no-color), and the view options of docs/options.md.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { DiffResult } from '../core/model/diff.js';
import type { ViewerAssets } from './html/assets.js';
import type { Lang } from './i18n/numbers.js';
import { DEFAULT_WIDTH } from './fit.js';

export interface RenderContext {
  color: boolean;
  chalk: ChalkInstance;
  /** Number of people in table/markdown views. */
  top: number;
  /** Person field the people view is sorted by (descending). */
  sort: string;
  /** Columns the terminal report fits in: the terminal's, else COLUMNS, else 100. */
  width: number;
  /** `--title`: the report's title in the HTML page, Markdown and the workbook's Summary; null = the default. */
  title: string | null;
  /** Which entity `--format csv` and `--format ndjson` write. */
  table: TableName;
  /** Language of the sheet names, headers and explanations of the html and xlsx reports. */
  lang: Lang;
  /** How `--format csv` writes cells: plain RFC 4180 unless `--excel` or `--output-delimiter`. */
  csv?: CsvStyle;
  /**
   * `analyze --compare BEFORE`: the diff from BEFORE to this analysis (src/core/diff), which
   * the HTML report shows; the CLI refuses `--compare` with any other format.
   */
  compare?: DiffResult;
  /** `--with-ties`: the JSON report lists every tie. */
  withTies?: boolean;
  /** The HTML viewer's script and styles, read by the command layer; only `--format html` needs them. */
  viewer?: ViewerAssets;
}

export interface CsvStyle {
  delimiter: string;
  /** `0,25` instead of `0.25` (Excel in locales where `;` separates fields). */
  decimalComma: boolean;
  /** A UTF-8 byte-order mark first, so Excel reads the file as UTF-8. */
  bom: boolean;
}

export const TABLES = ['people', 'groups', 'communities', 'activity', 'ties', 'mixing', 'windows', 'attributes'] as const;
export type TableName = (typeof TABLES)[number];


export function renderContext(options: Partial<RenderContext> & { color?: boolean } = {}): RenderContext {
  const color = options.color ?? false;
  return {
    color,
    chalk: new Chalk({ level: color ? 1 : 0 }),
    top: options.top ?? 10,
    sort: options.sort ?? 'sourcePagerank',
    width: options.width ?? DEFAULT_WIDTH,
    title: options.title ?? null,
    table: options.table ?? 'people',
    lang: options.lang ?? 'en',
    ...(options.csv ? { csv: options.csv } : {}),
    ...(options.compare ? { compare: options.compare } : {}),
    ...(options.viewer ? { viewer: options.viewer } : {}),
    ...(options.withTies ? { withTies: true } : {}),
  };
}
