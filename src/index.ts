/**
 * orgnet as a library (docs/library.md): the analysis the command line runs, for a file or for
 * records already in memory, and the report's renderers by format name. The command line is a
 * thin layer over the same functions; what it adds (argv, exit codes, `-o`, progress, worker
 * threads) stays in src/cli.
 */
import { resolve } from 'node:path';
import { analyze, type Analysis, type Source } from './core/analysis/analyze.js';
import { evaluateRules } from './core/check/evaluate.js';
import { parseRules } from './core/check/rules.js';
import type { CheckResult } from './core/check/types.js';
import { diffReports } from './core/diff/diff.js';
import type { CsvSummary, RecordSource } from './core/ingest/csv/csv-reader.js';
import { Pseudonyms } from './core/ingest/privacy/pseudonyms.js';
import { UsageError } from './core/base/errors.js';
import type { DiffResult } from './core/model/diff.js';
import type { Reject } from './core/model/ingest.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from './core/model/options.js';
import type { Report } from './core/model/report.js';
import { openTable } from './io/read-stream.js';
import { readViewerAssets } from './io/viewer-assets.js';
import { renderContext, type CsvStyle, type TableName } from './render/context.js';
import { isBinary, rendererOf, type FormatName } from './render/formats.js';
import type { Lang } from './render/i18n/numbers.js';
import { VERSION } from './io/version.js';

export type { Analysis } from './core/analysis/analyze.js';
export type { CheckResult, RuleResult } from './core/check/types.js';
export type { DiffResult } from './core/model/diff.js';
export type { Validation } from './core/model/validation.js';
export type { Finding } from './core/model/findings.js';
export type { AnalyzeOptions, Encoding, Period } from './core/model/options.js';
export type { Reject } from './core/model/ingest.js';
export type * from './core/model/report.js';
export type { CsvStyle, TableName } from './render/context.js';
export type { Lang } from './render/i18n/numbers.js';
export { InputError, OrgnetError, UsageError } from './core/base/errors.js';
export { DEFAULT_OPTIONS } from './core/model/options.js';

/** How the analysis reads and computes: the command line's analysis flags, each with its default (docs/options.md). */
export interface LibraryOptions extends Partial<AnalyzeOptions> {
  /** The key of `pseudonymize` (the command line's `--salt` or ORGNET_SALT); required with it. */
  salt?: string;
  /** Called with each row skipped with `lenient` (the command line's `--rejects` file). */
  onReject?: (reject: Reject) => void;
  /** The report's `meta.generatedAt`; default: now. */
  now?: () => Date;
}

export interface FileOptions extends LibraryOptions {
  /** The people file (the command line's `--people`). */
  people?: string;
  /** Read the files as `csv` or `parquet`; default: parquet for a `.parquet` name, else CSV. */
  inputFormat?: 'csv' | 'parquet';
}

/** A record's cells by column name: the columns and aliases of docs/input.md, as in a CSV file. */
export type Row = Readonly<Record<string, string | number | boolean | Date | null | undefined>>;
export type Rows = Iterable<Row> | AsyncIterable<Row>;

export interface RowsOptions extends LibraryOptions {
  /** One record per person (the people file's columns: id, name, group…). */
  people?: Rows;
  /** How messages and `meta.input` name the interactions (default `<rows>`) and the people (default `<people>`). */
  names?: { interactions?: string; people?: string };
}

/** An interactions file (CSV or parquet; `-` reads standard input) into its Analysis. */
export async function analyzeFile(path: string, options: FileOptions = {}): Promise<Analysis> {
  const { people, inputFormat, ...rest } = options;
  const open = (file: string): Source => ({
    stream: openTable(file === '-' ? file : resolve(file), process.stdin, file === '-' ? '<stdin>' : file, inputFormat),
    file: file === '-' ? '<stdin>' : file,
  });
  if (people === '-' && path === '-') throw new UsageError('only one input can be read from standard input (-)');
  return run({ interactions: open(path), people: people === undefined ? null : open(people) }, rest);
}

/**
 * Records already in memory into their Analysis, read by the same column rules as a file: the
 * columns are those of every record (in the order they first appear), numbers and booleans
 * become their text, dates their ISO-8601 text, null and undefined an empty cell.
 */
export async function analyzeRows(rows: Rows, options: RowsOptions = {}): Promise<Analysis> {
  const { people, names, ...rest } = options;
  const interactions = { stream: await recordSource(rows), file: names?.interactions ?? '<rows>' };
  const peopleSource = people === undefined ? null : { stream: await recordSource(people), file: names?.people ?? '<people>' };
  return run({ interactions, people: peopleSource }, rest);
}

async function run(sources: { interactions: Source; people: Source | null }, options: LibraryOptions): Promise<Analysis> {
  const { salt, onReject, now, ...given } = options;
  const analyzeOptions: AnalyzeOptions = { ...DEFAULT_OPTIONS, ...definedOnly(given) };
  if (analyzeOptions.events) analyzeOptions.undirected = true;
  if (analyzeOptions.pseudonymize && salt === undefined) throw new UsageError('pseudonymize needs a salt, the secret key of the pseudonyms: add the salt option');
  if (!analyzeOptions.pseudonymize && salt !== undefined) throw new UsageError('salt is the key of pseudonymize: add pseudonymize: true (or leave salt out)');
  const pseudonyms = salt === undefined ? null : new Pseudonyms(salt);
  return analyze(sources, analyzeOptions, { version: VERSION, now: now ?? (() => new Date()), onReject, pseudonyms });
}

/** `{ seed: undefined }` keeps the default, as an option left out of the command line does. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function cell(value: Row[string]): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Records as a source the readers take as they take a parquet file's: a header, then text fields numbered as lines. */
async function recordSource(rows: Rows): Promise<RecordSource> {
  const all: Row[] = [];
  for await (const row of rows) all.push(row);
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of all) {
    for (const name of Object.keys(row)) {
      if (!seen.has(name)) {
        seen.add(name);
        columns.push(name);
      }
    }
  }
  return {
    kind: 'records',
    readRecords: async (sink): Promise<CsvSummary> => {
      sink.header(columns.map((name) => name.trim()), ',');
      let line = 1;
      for (const row of all) sink.record(columns.map((name) => cell(row[name])), ++line, undefined);
      return { delimiter: ',', records: all.length, encoding: 'utf8', encodingDetected: false };
    },
  };
}

/** The report's formats (the command line's `analyze --format`). */
export type ReportFormat = FormatName<'analyze'>;
/** The formats `render` returns as text; `xlsx` is bytes. */
export type TextFormat = Exclude<ReportFormat, 'xlsx'>;

/** How a format is written: the command line's view options (docs/options.md). */
export interface RenderOptions {
  /** `--top`: people in the terminal and Markdown views (default 10). */
  top?: number;
  /** `--sort`: the person field those views are sorted by (default `sourcePagerank`). */
  sort?: string;
  /** `--table`: the entity `csv` and `ndjson` write (default `people`). */
  table?: TableName;
  /** `--lang`: the language of the terminal, Markdown, HTML and workbook views (default `en`). */
  lang?: Lang;
  /** `--title`: the title of the HTML page, Markdown and the workbook. */
  title?: string;
  /** Columns the terminal view fits in (default 100). */
  width?: number;
  /** Terminal colours in the `table` view (default false). */
  color?: boolean;
  /** How `csv` writes cells (default: RFC 4180, comma, no byte-order mark). */
  csv?: CsvStyle;
  /** The `html` page's comparison with an earlier analysis (the command line's `--compare`): `diff(before, after)`. */
  compare?: DiffResult;
}

/**
 * The analysis in one format, whole: a string for the text formats, bytes for `xlsx` — the
 * bytes the command line writes for the same options.
 */
export async function render(analysis: Analysis, format: 'xlsx', options?: RenderOptions): Promise<Uint8Array>;
export async function render(analysis: Analysis, format: TextFormat, options?: RenderOptions): Promise<string>;
export async function render(analysis: Analysis, format: ReportFormat, options?: RenderOptions): Promise<string | Uint8Array>;
export async function render(analysis: Analysis, format: ReportFormat, options: RenderOptions = {}): Promise<string | Uint8Array> {
  const renderer = await rendererOf('analyze', format);
  const ctx = renderContext({ ...options, ...(format === 'html' ? { viewer: readViewerAssets() } : {}) });
  const binary = isBinary('analyze', format);
  const parts: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of renderer(analysis, ctx)) {
    if (binary) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    else text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return binary ? Buffer.concat(parts) : text + decoder.decode();
}

/** `orgnet check`'s rules (`REF OP NUMBER`, docs/ci.md) evaluated on a report; a rule that does not parse throws a UsageError. */
export function check(report: Report, rules: readonly string[]): CheckResult {
  return evaluateRules(report, parseRules(rules));
}

/**
 * What changed from one analysis to another (`orgnet diff`, docs/ci.md): people, groups,
 * communities, ties and findings. `names` are how the result names the two sides.
 */
export function diff(before: Analysis, after: Analysis, names: { before?: string; after?: string } = {}): DiffResult {
  const side = (analysis: Analysis, file: string) => ({ file, source: 'interactions' as const, report: analysis.report, ties: analysis.index });
  return diffReports(side(before, names.before ?? 'before'), side(after, names.after ?? 'after'), { version: VERSION, now: () => new Date() });
}
