/**
 * Analysis options: what every command means by the flags of docs/input.md, docs/options.md
 * `cli/options/analyze-options.ts` turns flags into this object; the core never sees argv.
 */
/** The encodings an input file may be read in (`--encoding`, `--people-encoding`). */
export const ENCODINGS = ['utf8', 'utf16le', 'utf16be', 'latin1', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type Period = 'day' | 'week' | 'month' | 'quarter';
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter'];

/** A length of time in calendar units (`--windows`): `3month` is { count: 3, unit: 'month' }. */
export interface Span {
  count: number;
  unit: Period;
}

/** `--windows SPAN[:STEP]` (docs/metrics.md#the-network-over-time): windows SPAN long, starting STEP apart. */
export interface WindowSpec {
  span: Span;
  step: Span;
}

export interface InputOptions {
  /** Forced delimiter; undefined = detect among `,` `;` tab `|`. */
  delimiter?: string | undefined;
  sourceCol?: string | undefined;
  targetCol?: string | undefined;
  weightCol?: string | undefined;
  /** The timestamp column; `none` reads no time even when a time column exists. */
  timeCol?: string | undefined;
  /** Layout of the timestamps (strftime fields, `--time-format`); null = ISO-8601, unix time, or D/M/Y as the file decides. */
  timeFormat: string | null;
  /** Flip every row (survey data phrased "whom do you go to"). */
  reverse: boolean;
  /** Survey wide format: `respondent,name1,name2,…`, one tie respondent → name per cell. */
  wide: boolean;
  /** Ties without direction (docs/input.md): a,b and b,a are one tie. Always true with `events`. */
  undirected: boolean;
  /** Two-mode file (docs/input.md): one row per (event, person); co-attendance makes the ties. */
  events: boolean;
  eventCol?: string | undefined;
  personCol?: string | undefined;
  /** Events (and split target cells) with more distinct people than this make no tie. */
  maxEventSize: number;
  /** Separator of several recipients in one target cell (docs/input.md); null = one per cell. */
  splitTargets: string | null;
  /** Forced encoding of the interactions file (docs/input.md#encodings-and-messy-files); null = a BOM's, else UTF-8. */
  encoding: Encoding | null;
  /** Longest record, in characters, before a file is refused as broken. */
  maxFieldSize: number;
  /** Keep rows with since <= t < until (epoch milliseconds, UTC). */
  since: number | null;
  until: number | null;
  /** Keep only rows whose relation is one of these (null = all). */
  relations: string[] | null;
  /** Skip bad rows instead of failing. */
  lenient: boolean;
  /** People removed before analysis (docs/metrics.md#resilience `--remove`). */
  remove: string[];
}

export interface AnalyzeOptions extends InputOptions {
  /** Ties whose total weight is below this are dropped after aggregation (0 = keep all). */
  minTieWeight: number;
  /** Grouping attribute of the people file; undefined = first of the docs/input.md#people-optional---people-file aliases. */
  groupBy?: string | undefined;
  /** The people file's id column; undefined = the one whose values match the most interaction ids. */
  idCol?: string | undefined;
  /** The people file's display-name column; undefined = `name`, `display_name`, `full_name` or `nombre`. */
  labelCol?: string | undefined;
  /** Go on when fewer than half of the interaction ids are in the people file. */
  allowUnmatched: boolean;
  /** The people file's encoding; null = a BOM's, else detected (UTF-8 or windows-1252). */
  peopleEncoding: Encoding | null;
  minGroupSize: number;
  /** `--compare-by`: people-file columns whose group figures are reported beside the grouping attribute's (docs/metrics.md#attributes). */
  compareBy: string[];
  /** `--manager-col`: the people-file column of each person's manager; undefined = the first manager alias (docs/input.md#the-reporting-line). */
  managerCol?: string | undefined;
  period: Period;
  seed: number;
  resolution: number;
  keyPlayers: number;
  /** Reach players to choose (docs/metrics.md#resilience `reachPlayers`). */
  reachPlayers: number;
  /** Key-player candidates: the C people with the highest betweenness (docs/metrics.md#resilience). */
  keyPlayerCandidates: number;
  /** Source people DF is estimated from above 500 people (docs/metrics.md#resilience). */
  keyPlayerSamples: number;
  /** Relabelings of the E-I permutation test (docs/metrics.md#group `eiPValue`); 0 = no test, p-values null. */
  permutations: number;
  /** Number of source people sampled for betweenness and closeness; null = decided by size. */
  betweennessSamples: number | null;
  /** Exact betweenness and closeness whatever the size. */
  exact: boolean;
  /** Person ids replaced by keyed-hash pseudonyms (docs/outputs.md); the salt is never an option. */
  pseudonymize: boolean;
  /** People-file columns left out of every output (`--drop-attributes`). */
  dropAttributes: string[];
  /** Identifying people-file columns kept with --pseudonymize (`--keep-attributes`). */
  keepAttributes: string[];
  /** The network of each time window (`--windows`); null = the whole file only. */
  windows: WindowSpec | null;
}

/** 1 MiB of characters: far above any real name or note, far below a runaway field. */
export const DEFAULT_MAX_FIELD_SIZE = 1 << 20;

export const DEFAULT_OPTIONS: AnalyzeOptions = {
  timeFormat: null,
  reverse: false,
  wide: false,
  undirected: false,
  events: false,
  maxEventSize: 50,
  splitTargets: null,
  encoding: null,
  maxFieldSize: DEFAULT_MAX_FIELD_SIZE,
  since: null,
  until: null,
  relations: null,
  lenient: false,
  remove: [],
  minTieWeight: 0,
  allowUnmatched: false,
  peopleEncoding: null,
  minGroupSize: 1,
  compareBy: [],
  period: 'month',
  seed: 42,
  resolution: 1,
  keyPlayers: 5,
  reachPlayers: 5,
  keyPlayerCandidates: 20,
  keyPlayerSamples: 200,
  permutations: 1000,
  betweennessSamples: null,
  exact: false,
  pseudonymize: false,
  dropAttributes: [],
  keepAttributes: [],
  windows: null,
};
