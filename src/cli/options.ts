/**
 * The analysis flags of SPEC §2 and §5, defined once: every command adds the same
 * options, and `toAnalyzeOptions` is the only place that turns flag text into values.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { parseTimestamp } from '../core/input/values.js';
import { DEFAULT_OPTIONS, PERIODS, type AnalyzeOptions, type Period } from '../core/options.js';

/** Flags as commander hands them over (camelCase keys). */
export type Flags = Record<string, unknown>;

export function addAnalysisOptions(command: Command): Command {
  return command
    .option('--people <file>', 'people file: id plus attributes such as department')
    .option('--group-by <attr>', 'people-file column that defines groups (default: department, team, area, unit…)')
    .option('--delimiter <char>', 'field delimiter: "," ";" "tab" or "|" (default: detected)')
    .option('--source-col <name>', 'column of the person who shares (default: detected)')
    .option('--target-col <name>', 'column of the person who receives (default: detected)')
    .option('--weight-col <name>', 'column with a weight per row (default: detected, else 1)')
    .option('--time-col <name>', 'column with the timestamp (default: detected)')
    .option('--reverse', 'flip every row ("whom do you go to for advice" surveys)')
    .option('--wide', 'survey wide format: respondent,name1,name2,… (one tie per named person)')
    .option('--relation <names>', 'keep only rows of these relations (comma-separated)')
    .option('--since <date>', 'keep rows at or after this date (ISO-8601 or unix time)')
    .option('--until <date>', 'keep rows before this date')
    .option('--min-tie-weight <w>', 'drop ties whose total weight is below w', '0')
    .option('--remove <ids>', 'analyse as if these people had left (comma-separated ids)')
    .option('--lenient', 'skip bad rows instead of stopping (they are counted and reported)')
    .option('--rejects <file>', 'with --lenient: write every skipped row, its line and reason to this CSV')
    .option('--min-group-size <k>', 'pool groups smaller than k into "(small groups)" (privacy floor)', '1')
    .addOption(new Option('--period <period>', 'activity period').choices(PERIODS).default('month'))
    .option('--seed <n>', 'seed of the community detection and of sampling', '42')
    .option('--resolution <r>', 'Louvain resolution (higher: more, smaller communities)', '1')
    .option('--key-players <k>', 'how many key players to find', '5')
    .option('--key-player-candidates <c>', 'key players are chosen among the c people with the highest betweenness', '20')
    .option('--key-player-samples <s>', 'above 500 people, estimate distance fragmentation from s seeded source people', '200')
    .option('--betweenness-samples <k>', 'estimate betweenness from k sampled people (default: exact)')
    .option('--quiet', 'no warnings or progress on stderr')
    .option('--no-color', 'no colours, even on a terminal')
    .option('--debug', 'show the stack trace of an internal error');
}

function number(flag: string, value: unknown, check: (n: number) => boolean, what: string): number {
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (String(value).trim() === '' || !Number.isFinite(n) || !check(n)) {
    throw new UsageError(`--${flag} ${String(value)}: expected ${what}`);
  }
  return n;
}

const positiveInt = (flag: string, v: unknown) => number(flag, v, (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1');

function date(flag: string, value: unknown): number | null {
  if (value === undefined) return null;
  const t = parseTimestamp(String(value));
  if (t === null) throw new UsageError(`--${flag} ${String(value)}: expected an ISO-8601 date (2026-01-31) or unix time`);
  return t;
}

function list(value: unknown): string[] {
  return String(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', '|': '|', tab: '\t', '\\t': '\t', '\t': '\t', comma: ',', semicolon: ';', pipe: '|' };

function delimiter(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const d = DELIMITERS[String(value).toLowerCase()];
  if (!d) throw new UsageError(`--delimiter ${JSON.stringify(value)}: expected "," ";" "tab" or "|"`);
  return d;
}

const text = (v: unknown): string | undefined => (v === undefined ? undefined : String(v));

export function toAnalyzeOptions(flags: Flags): AnalyzeOptions {
  const since = date('since', flags.since);
  const until = date('until', flags.until);
  if (since !== null && until !== null && since >= until) {
    throw new UsageError('--since must be before --until');
  }
  return {
    ...DEFAULT_OPTIONS,
    delimiter: delimiter(flags.delimiter),
    sourceCol: text(flags.sourceCol),
    targetCol: text(flags.targetCol),
    weightCol: text(flags.weightCol),
    timeCol: text(flags.timeCol),
    reverse: flags.reverse === true,
    wide: flags.wide === true,
    since,
    until,
    relations: flags.relation === undefined ? null : list(flags.relation),
    lenient: flags.lenient === true,
    remove: flags.remove === undefined ? [] : list(flags.remove),
    minTieWeight: number('min-tie-weight', flags.minTieWeight ?? 0, (n) => n >= 0, 'a number ≥ 0'),
    groupBy: text(flags.groupBy),
    minGroupSize: positiveInt('min-group-size', flags.minGroupSize ?? 1),
    period: (flags.period ?? 'month') as Period,
    seed: number('seed', flags.seed ?? 42, (n) => Number.isInteger(n) && n >= 0, 'a whole number ≥ 0'),
    resolution: number('resolution', flags.resolution ?? 1, (n) => n > 0, 'a number > 0'),
    keyPlayers: number('key-players', flags.keyPlayers ?? 5, (n) => Number.isInteger(n) && n >= 0, 'a whole number ≥ 0'),
    keyPlayerCandidates: positiveInt('key-player-candidates', flags.keyPlayerCandidates ?? 20),
    keyPlayerSamples: positiveInt('key-player-samples', flags.keyPlayerSamples ?? 200),
    betweennessSamples: flags.betweennessSamples === undefined ? null : positiveInt('betweenness-samples', flags.betweennessSamples),
  };
}
