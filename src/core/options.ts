/**
 * Analysis options: what every command means by the flags of SPEC §2 and §5.
 * `cli/options.ts` turns flags into this object; the core never sees argv.
 */

export type Period = 'day' | 'week' | 'month' | 'quarter';
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter'];

export interface InputOptions {
  /** Forced delimiter; undefined = detect among `,` `;` tab `|`. */
  delimiter?: string | undefined;
  sourceCol?: string | undefined;
  targetCol?: string | undefined;
  weightCol?: string | undefined;
  timeCol?: string | undefined;
  /** Flip every row (survey data phrased "whom do you go to"). */
  reverse: boolean;
  /** Survey wide format: `respondent,name1,name2,…`, one tie respondent → name per cell. */
  wide: boolean;
  /** Keep rows with since <= t < until (epoch milliseconds, UTC). */
  since: number | null;
  until: number | null;
  /** Keep only rows whose relation is one of these (null = all). */
  relations: string[] | null;
  /** Skip bad rows instead of failing. */
  lenient: boolean;
  /** People removed before analysis (SPEC §4.7 `--remove`). */
  remove: string[];
}

export interface AnalyzeOptions extends InputOptions {
  /** Ties whose total weight is below this are dropped after aggregation (0 = keep all). */
  minTieWeight: number;
  /** Grouping attribute of the people file; undefined = first of the SPEC §2.2 aliases. */
  groupBy?: string | undefined;
  minGroupSize: number;
  period: Period;
  seed: number;
  resolution: number;
  keyPlayers: number;
  /** Key-player candidates: the C people with the highest betweenness (SPEC §4.7). */
  keyPlayerCandidates: number;
  /** Source people DF is estimated from above 500 people (SPEC §4.7). */
  keyPlayerSamples: number;
  /** Number of source people sampled for betweenness; null = exact. */
  betweennessSamples: number | null;
}

export const DEFAULT_OPTIONS: AnalyzeOptions = {
  reverse: false,
  wide: false,
  since: null,
  until: null,
  relations: null,
  lenient: false,
  remove: [],
  minTieWeight: 0,
  minGroupSize: 1,
  period: 'month',
  seed: 42,
  resolution: 1,
  keyPlayers: 5,
  keyPlayerCandidates: 20,
  keyPlayerSamples: 200,
  betweennessSamples: null,
};
