/**
 * The analysis options: how the input files are read and the organization analysed. Every
 * command that reads an interactions file takes all of them, so a command line means the same
 * to analyze, check, diff, validate and export. Defaults come from the core's DEFAULT_OPTIONS.
 */
import { DEFAULT_OPTIONS, ENCODINGS, PERIODS } from '../../core/model/options.js';
import type { OptionsOf, OptionTable } from './table.js';
import { date, delimiter, encoding, list, number, separator, size, timeFormat, wholeFrom, windows } from './values.js';

/** A million relabelings already give a p-value to three significant digits; more is a typo. */
const MAX_PERMUTATIONS = 1_000_000;

const D = DEFAULT_OPTIONS;

export const ANALYSIS_OPTIONS = {
  people: { flags: '--people <file>', help: 'people file: id plus attributes such as department', group: 'people' },
  groupBy: { flags: '--group-by <attr>', help: 'people-file column that defines groups (default: department, team, area, unit…)', group: 'people' },
  idCol: { flags: '--id-col <name>', help: 'people-file column of the ids (default: the id, name, email… column that matches the most interaction ids)', group: 'people' },
  labelCol: { flags: '--label-col <name>', help: 'people-file column of display names (default: name, display_name, full_name or nombre)', group: 'people' },
  compareBy: {
    flags: '--compare-by <columns>',
    help: 'people-file columns to compare groups by besides --group-by: E-I, density, reciprocity per value (numeric columns in quartiles; comma-separated)',
    group: 'people',
    parse: list,
  },
  managerCol: {
    flags: '--manager-col <name>',
    help: "people-file column of each person's direct manager (default: manager, reports_to, manager_id, supervisor, jefe or responsable)",
    group: 'people',
  },
  hierarchy: { flags: '--hierarchy <file>', help: 'the reporting line as its own file, one row person,manager (instead of a manager column)', group: 'people' },
  allowUnmatched: { flags: '--allow-unmatched', help: 'go on when fewer than half of the interaction ids are in the people file', group: 'people' },
  peopleEncoding: {
    flags: '--people-encoding <name>',
    help: `encoding of the people file: ${ENCODINGS.join(', ')} (default: a byte-order mark's, else UTF-8 or windows-1252 as its bytes say)`,
    group: 'people',
    parse: encoding('people-encoding'),
  },
  inputFormat: { flags: '--input-format <format>', help: 'container of the input files (default: parquet for .parquet, else csv)', group: 'input', choices: ['csv', 'parquet'] as const },
  delimiter: { flags: '--delimiter <char>', help: 'field delimiter: "," ";" "tab" or "|" (default: detected)', group: 'input', parse: delimiter('delimiter') },
  sourceCol: { flags: '--source-col <name>', help: 'column of the person who shares (default: detected)', group: 'input' },
  targetCol: { flags: '--target-col <name>', help: 'column of the person who receives (default: detected)', group: 'input' },
  weightCol: { flags: '--weight-col <name>', help: 'column with a weight per row (default: detected, else 1)', group: 'input' },
  timeCol: { flags: '--time-col <name>', help: 'column with the timestamp (default: detected; none: read no time)', group: 'input' },
  timeFormat: {
    flags: '--time-format <fmt>',
    help: 'layout of the timestamps, e.g. "%d/%m/%Y %H:%M" (fields %Y %y %m %d %H %M %S %b; default: ISO-8601, unix time, or D/M/Y as the file says)',
    group: 'input',
    parse: timeFormat,
  },
  reverse: { flags: '--reverse', help: 'flip every row ("whom do you go to for advice" surveys)', group: 'input' },
  wide: { flags: '--wide', help: 'survey wide format: respondent,name1,name2,… (one tie per named person)', group: 'input' },
  undirected: { flags: '--undirected', help: 'ties without direction (contacts, calls, co-authorship): a,b and b,a are one tie', group: 'input' },
  events: { flags: '--events', help: 'two-mode file, one row per (event, person): people who share an event are tied', group: 'input' },
  eventCol: { flags: '--event-col <name>', help: 'with --events: column of the event, meeting, thread or channel (default: detected)', group: 'input' },
  personCol: { flags: '--person-col <name>', help: 'with --events: column of the person taking part (default: detected)', group: 'input' },
  maxEventSize: {
    flags: '--max-event-size <n>',
    help: `events (or split target cells) of more people are broadcasts and make no tie (default: ${D.maxEventSize})`,
    group: 'input',
    parse: wholeFrom('max-event-size', 1),
  },
  splitTargets: { flags: '--split-targets <sep>', help: 'a target cell lists several people separated by sep (e-mail To fields): one tie each', group: 'input', parse: separator },
  encoding: {
    flags: '--encoding <name>',
    help: `encoding of the interactions file: ${ENCODINGS.join(', ')} (default: UTF-8, or what a byte-order mark says)`,
    group: 'input',
    parse: encoding('encoding'),
  },
  maxFieldSize: {
    flags: '--max-field-size <chars>',
    help: `refuse a field or line longer than this, e.g. 4M (default: ${D.maxFieldSize / (1 << 20)}M characters)`,
    group: 'input',
    parse: size('max-field-size'),
  },
  relation: { flags: '--relation <names>', help: 'keep only rows of these relations (comma-separated)', group: 'selection', parse: list },
  since: { flags: '--since <date>', help: 'keep rows at or after this date (ISO-8601 or unix time)', group: 'selection', parse: date('since') },
  until: { flags: '--until <date>', help: 'keep rows before this date', group: 'selection', parse: date('until') },
  minTieWeight: {
    flags: '--min-tie-weight <w>',
    help: 'drop ties whose total weight is below w',
    group: 'selection',
    default: D.minTieWeight,
    parse: number('min-tie-weight', (n) => n >= 0, 'a number ≥ 0'),
  },
  remove: { flags: '--remove <ids>', help: 'analyse as if these people had left (comma-separated ids)', group: 'selection', parse: list },
  lenient: { flags: '--lenient', help: 'skip bad rows instead of stopping (they are counted and reported)', group: 'selection' },
  rejects: { flags: '--rejects <file>', help: 'with --lenient: write every skipped row, its line and reason to this CSV', group: 'selection' },
  minGroupSize: {
    flags: '--min-group-size <k>',
    help: 'pool groups smaller than k into "(small groups)" (privacy floor)',
    group: 'privacy',
    default: D.minGroupSize,
    parse: wholeFrom('min-group-size', 1),
  },
  pseudonymize: { flags: '--pseudonymize', help: 'replace every person id by p- + 10 hex of HMAC-SHA256(salt, id), and leave out name and email columns', group: 'privacy' },
  salt: { flags: '--salt <secret>', help: 'the key of --pseudonymize (better: the ORGNET_SALT environment variable, kept out of shell history)', group: 'privacy' },
  dropAttributes: { flags: '--drop-attributes <columns>', help: 'leave these people-file columns out of every output (comma-separated)', group: 'privacy', parse: list },
  keepAttributes: {
    flags: '--keep-attributes <columns>',
    help: 'with --pseudonymize: keep these identifying columns (name, email, nombre, correo) after all',
    group: 'privacy',
    parse: list,
  },
  period: { flags: '--period <period>', help: 'activity period', group: 'analysis', choices: PERIODS, default: D.period },
  windows: {
    flags: '--windows <span[:step]>',
    help: 'also analyse the network of each time window SPAN long, starting STEP apart: month, quarter, 3month:month, 2week (needs timestamps)',
    group: 'analysis',
    parse: windows,
  },
  seed: { flags: '--seed <n>', help: 'seed of the community detection and of sampling', group: 'analysis', default: D.seed, parse: wholeFrom('seed', 0) },
  resolution: {
    flags: '--resolution <r>',
    help: 'Louvain resolution (higher: more, smaller communities)',
    group: 'analysis',
    default: D.resolution,
    parse: number('resolution', (n) => n > 0, 'a number > 0'),
  },
  keyPlayers: { flags: '--key-players <k>', help: 'how many key players to find', group: 'analysis', default: D.keyPlayers, parse: wholeFrom('key-players', 0) },
  reachPlayers: {
    flags: '--reach-players <k>',
    help: 'how many people to brief: chosen one at a time to reach the most others in one step',
    group: 'analysis',
    default: D.reachPlayers,
    parse: wholeFrom('reach-players', 0),
  },
  keyPlayerCandidates: {
    flags: '--key-player-candidates <c>',
    help: 'key players are chosen among the c people with the highest betweenness',
    group: 'analysis',
    default: D.keyPlayerCandidates,
    parse: wholeFrom('key-player-candidates', 1),
  },
  keyPlayerSamples: {
    flags: '--key-player-samples <s>',
    help: 'above 500 people, estimate distance fragmentation from s seeded source people',
    group: 'analysis',
    default: D.keyPlayerSamples,
    parse: wholeFrom('key-player-samples', 1),
  },
  permutations: {
    flags: '--permutations <n>',
    help: "relabelings of the E-I permutation test behind each group's eiPValue and the silo finding (0: no test)",
    group: 'analysis',
    default: D.permutations,
    parse: number('permutations', (n) => Number.isInteger(n) && n >= 0 && n <= MAX_PERMUTATIONS, `a whole number from 0 to ${MAX_PERMUTATIONS.toLocaleString('en-US')}`),
  },
  betweennessSamples: {
    flags: '--betweenness-samples <k>',
    help: 'estimate betweenness from k sampled people, closeness from k/4 of them (default: exact up to a size, see README)',
    group: 'analysis',
    parse: wholeFrom('betweenness-samples', 1),
  },
  exact: { flags: '--exact', help: 'exact betweenness and closeness, however large the organization', group: 'analysis' },
  quiet: { flags: '--quiet', help: 'no warnings or progress on stderr', group: 'run' },
  timings: { flags: '--timings', help: 'print on stderr where the time went, phase by phase', group: 'run' },
  color: { flags: '--no-color', help: 'no colours, even on a terminal', group: 'run' },
  debug: { flags: '--debug', help: 'show the stack trace of an internal error', group: 'run' },
} as const satisfies OptionTable;

/** The analysis flags as a command parsed them; `windows` may be absent (SNAPSHOT_OPTIONS). */
export type AnalysisFlags = Omit<OptionsOf<typeof ANALYSIS_OPTIONS>, 'windows'> & Partial<Pick<OptionsOf<typeof ANALYSIS_OPTIONS>, 'windows'>>;

/**
 * The analysis options of the commands that compare or hand on one network as a whole — diff
 * (each side) and export: `--windows` is left out, since neither shows a time window, and a flag
 * that changes nothing would let a user believe it did.
 */
export const SNAPSHOT_OPTIONS = (({ windows: _windows, ...rest }) => rest)(ANALYSIS_OPTIONS);
