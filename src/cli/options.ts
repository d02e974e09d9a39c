/**
 * The analysis flags of SPEC §2 and §5, defined once: every command adds the same
 * options, and `toAnalyzeOptions` is the only place that turns flag text into values.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../core/base/errors.js';
import { parseTimestamp } from '../core/ingest/csv/values.js';
import { ENCODINGS } from '../core/ingest/csv/decode.js';
import { own } from '../core/base/own.js';
import { normalizeName } from '../core/ingest/layouts/columns.js';
import { compileFormat, TimeFormatError } from '../core/ingest/csv/time-reader.js';
import { Pseudonyms } from '../core/ingest/privacy/pseudonyms.js';
import type { Io } from './io.js';
import { checkInputModes } from '../core/ingest/layouts/input-modes.js';
import { DEFAULT_OPTIONS, PERIODS, type AnalyzeOptions, type Encoding, type Period } from '../core/model/options.js';

/** Flags as commander hands them over (camelCase keys). */
export type Flags = Record<string, unknown>;

export function addAnalysisOptions(command: Command): Command {
  return command
    .option('--people <file>', 'people file: id plus attributes such as department')
    .option('--group-by <attr>', 'people-file column that defines groups (default: department, team, area, unit…)')
    .option('--id-col <name>', 'people-file column of the ids (default: the id, name, email… column that matches the most interaction ids)')
    .option('--label-col <name>', 'people-file column of display names (default: name, display_name, full_name or nombre)')
    .option('--allow-unmatched', 'go on when fewer than half of the interaction ids are in the people file')
    .option('--people-encoding <name>', `encoding of the people file: ${ENCODINGS.join(', ')} (default: a byte-order mark's, else UTF-8 or windows-1252 as its bytes say)`)
    .addOption(new Option('--input-format <format>', 'container of the input files (default: parquet for .parquet, else csv)').choices(['csv', 'parquet']))
    .option('--delimiter <char>', 'field delimiter: "," ";" "tab" or "|" (default: detected)')
    .option('--source-col <name>', 'column of the person who shares (default: detected)')
    .option('--target-col <name>', 'column of the person who receives (default: detected)')
    .option('--weight-col <name>', 'column with a weight per row (default: detected, else 1)')
    .option('--time-col <name>', 'column with the timestamp (default: detected; none: read no time)')
    .option('--time-format <fmt>', 'layout of the timestamps, e.g. "%d/%m/%Y %H:%M" (fields %Y %y %m %d %H %M %S %b; default: ISO-8601, unix time, or D/M/Y as the file says)')
    .option('--reverse', 'flip every row ("whom do you go to for advice" surveys)')
    .option('--wide', 'survey wide format: respondent,name1,name2,… (one tie per named person)')
    .option('--undirected', 'ties without direction (contacts, calls, co-authorship): a,b and b,a are one tie')
    .option('--events', 'two-mode file, one row per (event, person): people who share an event are tied')
    .option('--event-col <name>', 'with --events: column of the event, meeting, thread or channel (default: detected)')
    .option('--person-col <name>', 'with --events: column of the person taking part (default: detected)')
    .option('--max-event-size <n>', 'events (or split target cells) of more people are broadcasts and make no tie (default: 50)')
    .option('--split-targets <sep>', 'a target cell lists several people separated by sep (e-mail To fields): one tie each')
    .option('--encoding <name>', `encoding of the interactions file: ${ENCODINGS.join(', ')} (default: UTF-8, or what a byte-order mark says)`)
    .option('--max-field-size <chars>', 'refuse a field or line longer than this, e.g. 4M (default: 1M characters)')
    .option('--relation <names>', 'keep only rows of these relations (comma-separated)')
    .option('--since <date>', 'keep rows at or after this date (ISO-8601 or unix time)')
    .option('--until <date>', 'keep rows before this date')
    .option('--min-tie-weight <w>', 'drop ties whose total weight is below w', '0')
    .option('--remove <ids>', 'analyse as if these people had left (comma-separated ids)')
    .option('--lenient', 'skip bad rows instead of stopping (they are counted and reported)')
    .option('--rejects <file>', 'with --lenient: write every skipped row, its line and reason to this CSV')
    .option('--min-group-size <k>', 'pool groups smaller than k into "(small groups)" (privacy floor)', '1')
    .option('--pseudonymize', 'replace every person id by p- + 10 hex of HMAC-SHA256(salt, id), and leave out name and email columns')
    .option('--salt <secret>', 'the key of --pseudonymize (better: the ORGNET_SALT environment variable, kept out of shell history)')
    .option('--drop-attributes <columns>', 'leave these people-file columns out of every output (comma-separated)')
    .option('--keep-attributes <columns>', 'with --pseudonymize: keep these identifying columns (name, email, nombre, correo) after all')
    .addOption(new Option('--period <period>', 'activity period').choices(PERIODS).default('month'))
    .option('--seed <n>', 'seed of the community detection and of sampling', '42')
    .option('--resolution <r>', 'Louvain resolution (higher: more, smaller communities)', '1')
    .option('--key-players <k>', 'how many key players to find', '5')
    .option('--key-player-candidates <c>', 'key players are chosen among the c people with the highest betweenness', '20')
    .option('--key-player-samples <s>', 'above 500 people, estimate distance fragmentation from s seeded source people', '200')
    .option('--permutations <n>', 'relabelings of the E-I permutation test behind each group\'s eiPValue and the silo finding (0: no test)', '1000')
    .option('--betweenness-samples <k>', 'estimate betweenness from k sampled people, closeness from k/4 of them (default: exact up to a size, see README)')
    .option('--exact', 'exact betweenness and closeness, however large the organization')
    .option('--quiet', 'no warnings or progress on stderr')
    .option('--timings', 'print on stderr where the time went, phase by phase')
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

/** A million relabelings already give a p-value to three significant digits; more is a typo. */
const MAX_PERMUTATIONS = 1_000_000;

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

/** `--delimiter` (and `--output-delimiter`) text → the character. */
export function delimiter(value: unknown, flag = 'delimiter'): string | undefined {
  if (value === undefined) return undefined;
  const d = own(DELIMITERS, String(value).toLowerCase());
  if (!d) throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected "," ";" "tab" or "|"`);
  return d;
}

const text = (v: unknown): string | undefined => (v === undefined ? undefined : String(v));

/** The names people write for each encoding, lower case. */
const ENCODING_NAMES: Record<string, Encoding> = {
  utf8: 'utf8', 'utf-8': 'utf8',
  utf16le: 'utf16le', 'utf-16le': 'utf16le', 'utf-16-le': 'utf16le',
  utf16be: 'utf16be', 'utf-16be': 'utf16be', 'utf-16-be': 'utf16be',
  latin1: 'latin1', 'latin-1': 'latin1', 'iso-8859-1': 'latin1', iso88591: 'latin1',
  'windows-1252': 'windows-1252', windows1252: 'windows-1252', cp1252: 'windows-1252', ansi: 'windows-1252',
};

function encoding(value: unknown, flag = 'encoding'): Encoding | null {
  if (value === undefined) return null;
  const found = own(ENCODING_NAMES, String(value).trim().toLowerCase());
  if (!found) throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected one of ${ENCODINGS.join(', ')}`);
  return found;
}

/** A size in characters: a whole number, or with a K or M suffix (×1024, ×1024²). */
function size(flag: string, value: unknown): number {
  const match = /^\s*(\d+)\s*([kKmM]?)[bB]?\s*$/.exec(String(value));
  const n = match ? Number(match[1]) * (match[2] === '' ? 1 : /k/i.test(match[2]!) ? 1024 : 1 << 20) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${flag} ${String(value)}: expected a size such as 1048576, 512K or 4M`);
  return n;
}

/** The separator of names in a target cell, as typed; `tab` (or `\t`) for a tab. */
function separator(value: unknown): string | null {
  if (value === undefined) return null;
  const sep = String(value);
  if (sep === 'tab' || sep === '\\t') return '\t';
  if (sep === '') throw new UsageError('--split-targets "": expected the separator of the names in a target cell, such as ";"');
  return sep;
}

/** The input modes (SPEC §2.4): their flags, checked together. */
function inputModes(flags: Flags): Pick<AnalyzeOptions, 'undirected' | 'events' | 'eventCol' | 'personCol' | 'maxEventSize' | 'splitTargets'> {
  const events = flags.events === true;
  const splitTargets = separator(flags.splitTargets);
  if (flags.maxEventSize !== undefined && !events && splitTargets === null) {
    throw new UsageError('--max-event-size needs --events or --split-targets: it bounds the people of one event or one target cell');
  }
  return {
    undirected: flags.undirected === true || events,
    events,
    eventCol: text(flags.eventCol),
    personCol: text(flags.personCol),
    maxEventSize: flags.maxEventSize === undefined ? DEFAULT_OPTIONS.maxEventSize : positiveInt('max-event-size', flags.maxEventSize),
    splitTargets,
  };
}

export function toAnalyzeOptions(flags: Flags): AnalyzeOptions {
  if (flags.exact === true && flags.betweennessSamples !== undefined) {
    throw new UsageError('--exact and --betweenness-samples contradict each other: use one');
  }
  const since = date('since', flags.since);
  const until = date('until', flags.until);
  if (since !== null && until !== null && since >= until) {
    throw new UsageError('--since must be before --until');
  }
  const options: AnalyzeOptions = {
    ...DEFAULT_OPTIONS,
    delimiter: delimiter(flags.delimiter),
    sourceCol: text(flags.sourceCol),
    targetCol: text(flags.targetCol),
    weightCol: text(flags.weightCol),
    timeCol: text(flags.timeCol),
    timeFormat: timeFormat(flags.timeFormat),
    reverse: flags.reverse === true,
    wide: flags.wide === true,
    ...inputModes(flags),
    encoding: encoding(flags.encoding),
    maxFieldSize: flags.maxFieldSize === undefined ? DEFAULT_OPTIONS.maxFieldSize : size('max-field-size', flags.maxFieldSize),
    since,
    until,
    relations: flags.relation === undefined ? null : list(flags.relation),
    lenient: flags.lenient === true,
    remove: flags.remove === undefined ? [] : list(flags.remove),
    minTieWeight: number('min-tie-weight', flags.minTieWeight ?? 0, (n) => n >= 0, 'a number ≥ 0'),
    groupBy: text(flags.groupBy),
    ...peopleFlags(flags),
    minGroupSize: positiveInt('min-group-size', flags.minGroupSize ?? 1),
    period: (flags.period ?? 'month') as Period,
    seed: number('seed', flags.seed ?? 42, (n) => Number.isInteger(n) && n >= 0, 'a whole number ≥ 0'),
    resolution: number('resolution', flags.resolution ?? 1, (n) => n > 0, 'a number > 0'),
    keyPlayers: number('key-players', flags.keyPlayers ?? 5, (n) => Number.isInteger(n) && n >= 0, 'a whole number ≥ 0'),
    keyPlayerCandidates: positiveInt('key-player-candidates', flags.keyPlayerCandidates ?? 20),
    keyPlayerSamples: positiveInt('key-player-samples', flags.keyPlayerSamples ?? 200),
    permutations: number('permutations', flags.permutations ?? 1000, (n) => Number.isInteger(n) && n >= 0 && n <= MAX_PERMUTATIONS, `a whole number from 0 to ${MAX_PERMUTATIONS.toLocaleString('en-US')}`),
    betweennessSamples: flags.betweennessSamples === undefined ? null : positiveInt('betweenness-samples', flags.betweennessSamples),
    exact: flags.exact === true,
    ...privacy(flags),
  };
  checkInputModes(options);
  return options;
}

/** `--time-format`, checked before anything is read. */
function timeFormat(value: unknown): string | null {
  if (value === undefined) return null;
  const format = String(value);
  try {
    compileFormat(format);
  } catch (error) {
    if (error instanceof TimeFormatError) throw new UsageError(`--time-format ${JSON.stringify(format)}: ${error.message}`);
    throw error;
  }
  return format;
}

/** How the people file is read and matched (SPEC §2.2). */
function peopleFlags(flags: Flags): Pick<AnalyzeOptions, 'idCol' | 'labelCol' | 'allowUnmatched' | 'peopleEncoding'> {
  const given = ['idCol', 'labelCol', 'allowUnmatched', 'peopleEncoding'].find((k) => flags[k] !== undefined);
  if (given !== undefined && typeof flags.people !== 'string') {
    throw new UsageError(`--${given.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} is about the people file: add --people FILE`);
  }
  return {
    idCol: text(flags.idCol),
    labelCol: text(flags.labelCol),
    allowUnmatched: flags.allowUnmatched === true,
    peopleEncoding: encoding(flags.peopleEncoding, 'people-encoding'),
  };
}

/** `--pseudonymize` and the attribute lists (SPEC §6); the salt is read by `pseudonymsOf`, never kept in the options. */
function privacy(flags: Flags): Pick<AnalyzeOptions, 'pseudonymize' | 'dropAttributes' | 'keepAttributes'> {
  const pseudonymize = flags.pseudonymize === true;
  const dropAttributes = flags.dropAttributes === undefined ? [] : list(flags.dropAttributes);
  const keepAttributes = flags.keepAttributes === undefined ? [] : list(flags.keepAttributes);
  if (keepAttributes.length > 0 && !pseudonymize) {
    throw new UsageError('--keep-attributes keeps identifying columns that --pseudonymize would leave out; without --pseudonymize every column is kept');
  }
  const both = dropAttributes.find((d) => keepAttributes.some((k) => normalizeName(k) === normalizeName(d)));
  if (both !== undefined) throw new UsageError(`--drop-attributes and --keep-attributes both name ${JSON.stringify(both)}: use one`);
  return { pseudonymize, dropAttributes, keepAttributes };
}

/** Salts shorter than this are easy to guess from one known id and its pseudonym. */
export const SHORT_SALT = 16;

/**
 * The pseudonyms of the salt given with `--salt` (which wins) or `ORGNET_SALT`, for a command
 * run with --pseudonymize; null without it. One object per command, so that the two sides of a
 * diff share their collision check.
 */
export function pseudonymsOf(flags: Flags, io: Pick<Io, 'env' | 'stderr'>): Pseudonyms | null {
  const given = typeof flags.salt === 'string' ? flags.salt : undefined;
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
