/**
 * What a renderer may know besides the report: colours (decided once by the CLI from the
 * TTY, NO_COLOR, FORCE_COLOR and --no-color), and the view options of SPEC §5.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from './i18n/numbers.js';

export interface RenderContext {
  color: boolean;
  chalk: ChalkInstance;
  /** Number of people in table/markdown views. */
  top: number;
  /** Person field the people view is sorted by (descending). */
  sort: string;
  /** Which entity `--format csv` writes. */
  table: TableName;
  /** Language of the HTML report (`--lang`). */
  lang: Lang;
}

export const TABLES = ['people', 'groups', 'communities', 'activity', 'ties', 'mixing'] as const;
export type TableName = (typeof TABLES)[number];

export function renderContext(options: Partial<RenderContext> & { color?: boolean } = {}): RenderContext {
  const color = options.color ?? false;
  return {
    color,
    chalk: new Chalk({ level: color ? 1 : 0 }),
    top: options.top ?? 10,
    sort: options.sort ?? 'pagerank',
    table: options.table ?? 'people',
    lang: options.lang ?? 'en',
  };
}
