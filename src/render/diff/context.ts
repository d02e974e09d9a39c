/** What a diff renderer may know besides the DiffResult: colours, list lengths, the CSV table. */
import { Chalk, type ChalkInstance } from 'chalk';

export const DIFF_TABLES = ['people', 'groups', 'ties', 'findings', 'attributes'] as const;
export type DiffTable = (typeof DIFF_TABLES)[number];

export interface DiffRenderContext {
  color: boolean;
  chalk: ChalkInstance;
  /** Rows per list in the table and Markdown views (people who moved most, heaviest ties…). */
  top: number;
  /** Which table `--format csv` writes. */
  table: DiffTable;
  /** Seconds the diff took and when it ran, for the JUnit attributes. */
  seconds?: number;
  timestamp?: string;
}

export function diffRenderContext(options: Partial<Omit<DiffRenderContext, 'chalk'>> = {}): DiffRenderContext {
  const color = options.color ?? false;
  return { ...options, color, chalk: new Chalk({ level: color ? 1 : 0 }), top: options.top ?? 10, table: options.table ?? 'people' };
}
