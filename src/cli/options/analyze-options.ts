/**
 * The analysis flags, typed (options/analysis.ts), → the core's AnalyzeOptions: the checks that
 * concern several flags at once. Each value was read by its own entry's `parse`.
 */
import { UsageError } from '../../core/base/errors.js';
import { normalizeName } from '../../core/base/column-name.js';
import { Pseudonyms } from '../../core/ingest/privacy/pseudonyms.js';
import type { Io } from '../io.js';
import { checkInputModes } from '../../core/ingest/layouts/input-modes.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../core/model/options.js';
import { ANALYSIS_OPTIONS, type AnalysisFlags } from './analysis.js';
import { longFlag } from './table.js';

export type { AnalysisFlags } from './analysis.js';

function inputModes(flags: AnalysisFlags): Pick<AnalyzeOptions, 'undirected' | 'events' | 'eventCol' | 'personCol' | 'maxEventSize' | 'splitTargets'> {
  const events = flags.events === true;
  const splitTargets = flags.splitTargets ?? null;
  if (flags.maxEventSize !== undefined && !events && splitTargets === null) {
    throw new UsageError('--max-event-size needs --events or --split-targets: it bounds the people of one event or one target cell');
  }
  return {
    undirected: flags.undirected === true || events,
    events,
    eventCol: flags.eventCol,
    personCol: flags.personCol,
    maxEventSize: flags.maxEventSize ?? DEFAULT_OPTIONS.maxEventSize,
    splitTargets,
  };
}

export function toAnalyzeOptions(flags: AnalysisFlags): AnalyzeOptions {
  if (flags.exact === true && flags.betweennessSamples !== undefined) {
    throw new UsageError('--exact and --betweenness-samples contradict each other: use one');
  }
  const since = flags.since ?? null;
  const until = flags.until ?? null;
  if (since !== null && until !== null && since >= until) {
    throw new UsageError('--since must be before --until');
  }
  const options: AnalyzeOptions = {
    ...DEFAULT_OPTIONS,
    delimiter: flags.delimiter,
    sourceCol: flags.sourceCol,
    targetCol: flags.targetCol,
    weightCol: flags.weightCol,
    timeCol: flags.timeCol,
    timeFormat: flags.timeFormat ?? null,
    reverse: flags.reverse === true,
    wide: flags.wide === true,
    ...inputModes(flags),
    encoding: flags.encoding ?? null,
    maxFieldSize: flags.maxFieldSize ?? DEFAULT_OPTIONS.maxFieldSize,
    since,
    until,
    relations: flags.relation ?? null,
    lenient: flags.lenient === true,
    remove: flags.remove ?? [],
    minTieWeight: flags.minTieWeight,
    groupBy: flags.groupBy,
    ...peopleFlags(flags),
    minGroupSize: flags.minGroupSize,
    compareBy: flags.compareBy ?? [],
    managerCol: flags.managerCol,
    period: flags.period,
    windows: flags.windows ?? null,
    seed: flags.seed,
    resolution: flags.resolution,
    keyPlayers: flags.keyPlayers,
    reachPlayers: flags.reachPlayers,
    keyPlayerCandidates: flags.keyPlayerCandidates,
    keyPlayerSamples: flags.keyPlayerSamples,
    permutations: flags.permutations,
    betweennessSamples: flags.betweennessSamples ?? null,
    exact: flags.exact === true,
    ...privacy(flags),
  };
  checkInputModes(options);
  return options;
}

/** How the people file is read and matched (docs/input.md#people-optional---people-file). */
function peopleFlags(flags: AnalysisFlags): Pick<AnalyzeOptions, 'idCol' | 'labelCol' | 'allowUnmatched' | 'peopleEncoding'> {
  const given = (['idCol', 'labelCol', 'managerCol', 'allowUnmatched', 'peopleEncoding'] as const).find((k) => flags[k] !== undefined);
  if (given !== undefined && flags.people === undefined) {
    throw new UsageError(`${longFlag(ANALYSIS_OPTIONS[given])} is about the people file: add --people FILE`);
  }
  return {
    idCol: flags.idCol,
    labelCol: flags.labelCol,
    allowUnmatched: flags.allowUnmatched === true,
    peopleEncoding: flags.peopleEncoding ?? null,
  };
}

/** `--pseudonymize` and the attribute lists (docs/outputs.md); the salt is read by `pseudonymsOf`, never kept in the options. */
function privacy(flags: AnalysisFlags): Pick<AnalyzeOptions, 'pseudonymize' | 'dropAttributes' | 'keepAttributes'> {
  const pseudonymize = flags.pseudonymize === true;
  const dropAttributes = flags.dropAttributes ?? [];
  const keepAttributes = flags.keepAttributes ?? [];
  if (keepAttributes.length > 0 && !pseudonymize) {
    throw new UsageError('--keep-attributes keeps identifying columns that --pseudonymize would leave out; without --pseudonymize every column is kept');
  }
  const both = dropAttributes.find((d) => keepAttributes.some((k) => normalizeName(k) === normalizeName(d)));
  if (both !== undefined) throw new UsageError(`--drop-attributes and --keep-attributes both name ${JSON.stringify(both)}: use one`);
  return { pseudonymize, dropAttributes, keepAttributes };
}

/** Salts shorter than this are easy to guess from one known id and its pseudonym. */
const SHORT_SALT = 16;

/**
 * The pseudonyms of the salt given with `--salt` (which wins) or `ORGNET_SALT`, for a command
 * run with --pseudonymize; null without it. One object per command, so that the two sides of a
 * diff share their collision check.
 */
export function pseudonymsOf(flags: Pick<AnalysisFlags, 'salt' | 'pseudonymize' | 'quiet'>, io: Pick<Io, 'env' | 'stderr'>): Pseudonyms | null {
  const given = flags.salt;
  if (flags.pseudonymize !== true) {
    if (given !== undefined) throw new UsageError('--salt is the key of --pseudonymize: add --pseudonymize (or leave --salt out)');
    return null;
  }
  const salt = given ?? io.env.ORGNET_SALT;
  if (salt === undefined) {
    throw new UsageError(
      '--pseudonymize needs a salt, the secret key of the pseudonyms: set ORGNET_SALT (e.g. export ORGNET_SALT="$(openssl rand -hex 32)") ' +
        'or add --salt SECRET; keep it, to get the same pseudonyms again',
    );
  }
  const pseudonyms = new Pseudonyms(salt);
  if ([...salt].length < SHORT_SALT && flags.quiet !== true) {
    io.stderr.write(
      `orgnet: warning: the salt is ${[...salt].length} characters long; whoever knows one person's id and pseudonym can try salts ` +
        `until one fits: use ${SHORT_SALT} or more random characters\n`,
    );
  }
  return pseudonyms;
}
