/**
 * Every output format of every command, in one registry: its name (the `--format` or, for
 * `export`, the `--to` choice), the `-o` extensions that mean it, whether it is bytes rather than
 * text, and its renderer — a pure `(input, ctx) => chunks` (output.ts) over what the command
 * made: the report (analyze), the rules' result (check), the changes (diff), the validation
 * (validate) or the graph (export).
 *
 * Renderers are loaded when a run asks for one: the page, the workbook and the views with their
 * languages are most of the renderers' code, and a run writes one format of one command.
 */
import { extname } from 'node:path';
import type { Analysis } from '../core/analysis/analyze.js';
import type { CheckResult } from '../core/check/types.js';
import type { DiffResult } from '../core/model/diff.js';
import { UsageError } from '../core/base/errors.js';
import { own } from '../core/base/own.js';
import type { Validation } from '../core/model/validation.js';
import type { CheckRenderContext } from './check-context.js';
import type { RenderContext } from './context.js';
import type { DiffRenderContext } from './diff/context.js';
import type { Chunks } from './output.js';

interface Format<I, C> {
  /** Bytes, not text: never written to a terminal, and to standard output only when asked by name (`-o -`). */
  binary: boolean;
  load: () => Promise<(input: I, ctx: C) => Chunks>;
}

interface CommandFormats<I, C, N extends string> {
  /** The flag that names a format. */
  flag: '--format' | '--to';
  /** By name, in the order `--help` lists them. */
  formats: Record<N, Format<I, C>>;
  /** What `-o FILE`'s extension (lower case) means, in the order messages list them. */
  extensions: Record<string, N>;
  /** The format without the flag or an `-o` extension; null: one of them is needed. */
  fallback: N | null;
}

const text = <I, C>(load: () => Promise<(input: I, ctx: C) => Chunks>): Format<I, C> => ({ binary: false, load });

/** A renderer that makes one string, as one chunk. */
const whole =
  <I, C>(render: (input: I, ctx: C) => string) =>
  (input: I, ctx: C): Chunks => [render(input, ctx)];

const analyze: CommandFormats<Analysis, RenderContext, 'table' | 'json' | 'csv' | 'md' | 'ndjson' | 'xlsx' | 'html'> = {
  flag: '--format',
  formats: {
    table: text(async () => (await import('./table.js')).renderTable),
    json: text(async () => (await import('./json.js')).renderJson),
    csv: text(async () => (await import('./csv.js')).renderCsv),
    md: text(async () => (await import('./markdown.js')).renderMarkdown),
    ndjson: text(async () => (await import('./ndjson.js')).renderNdjson),
    xlsx: { binary: true, load: async () => (await import('./xlsx/index.js')).renderXlsx },
    html: text(async () => (await import('./html/index.js')).renderHtml),
  },
  extensions: {
    '.json': 'json', '.csv': 'csv', '.txt': 'table', '.md': 'md', '.markdown': 'md', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.xlsx': 'xlsx',
    '.html': 'html', '.htm': 'html',
  },
  fallback: 'table',
};

const check: CommandFormats<CheckResult, CheckRenderContext, 'table' | 'json' | 'junit'> = {
  flag: '--format',
  formats: {
    table: text(async () => whole((await import('./check-table.js')).renderCheckTable)),
    json: text(async () => whole((await import('./check-json.js')).renderCheckJson)),
    junit: text(async () => whole((await import('./junit.js')).renderJunit)),
  },
  extensions: { '.xml': 'junit', '.json': 'json', '.txt': 'table' },
  fallback: 'table',
};

/** `junit` writes the `--fail-on` rules only (one testcase per rule), as `check --format junit` does. */
async function diffJunit(): Promise<(diff: DiffResult, ctx: DiffRenderContext) => Chunks> {
  const { renderFailOnJunit } = await import('./diff/fail-on.js');
  // The command refuses --format junit without --fail-on, so failOn is set here.
  return whole((diff, ctx) => renderFailOnJunit(diff.failOn ?? { tripped: false, rules: [] }, ctx));
}

const diff: CommandFormats<DiffResult, DiffRenderContext, 'table' | 'json' | 'md' | 'csv' | 'junit'> = {
  flag: '--format',
  formats: {
    table: text(async () => (await import('./diff/table.js')).renderDiffTable),
    json: text(async () => (await import('./diff/json.js')).renderDiffJson),
    md: text(async () => (await import('./diff/markdown.js')).renderDiffMarkdown),
    csv: text(async () => (await import('./diff/csv.js')).renderDiffCsv),
    junit: text(diffJunit),
  },
  extensions: { '.json': 'json', '.md': 'md', '.csv': 'csv', '.txt': 'table', '.xml': 'junit' },
  fallback: 'table',
};

/**
 * The validation lists at most `--limit` items per list, so it is small: its JSON is written in
 * one piece, the bytes of `JSON.stringify(validation, null, 2) + '\n'`. Its JSON Schema ships as
 * src/core/report/validate-schema.json (`orgnet/validate-schema.json`).
 */
const validate: CommandFormats<Validation, RenderContext, 'table' | 'json'> = {
  flag: '--format',
  formats: {
    table: text(async () => (await import('./validate/table.js')).renderValidationTable),
    json: text(async () => whole((validation: Validation) => `${JSON.stringify(validation, null, 2)}\n`)),
  },
  extensions: { '.json': 'json', '.txt': 'table' },
  fallback: 'table',
};

const graph: CommandFormats<Analysis, RenderContext, 'gexf' | 'graphml' | 'json'> = {
  flag: '--to',
  formats: {
    gexf: text(async () => (await import('./export/gexf.js')).renderGexf),
    graphml: text(async () => (await import('./export/graphml.js')).renderGraphml),
    json: text(async () => (await import('./export/graphology-json.js')).renderGraphologyJson),
  },
  extensions: { '.gexf': 'gexf', '.graphml': 'graphml', '.json': 'json' },
  fallback: null,
};

/** The commands that write a format, each with its own. */
const OUTPUT_FORMATS = { analyze, check, diff, validate, export: graph } as const;

type Registry = typeof OUTPUT_FORMATS;
export type WritingCommand = keyof Registry;
export type FormatName<K extends WritingCommand> = keyof Registry[K]['formats'] & string;
export type RendererOf<K extends WritingCommand> = Registry[K] extends CommandFormats<infer I, infer C, string> ? (input: I, ctx: C) => Chunks : never;

/** The names a command's format flag takes, in the order its help lists them. */
export function formatNames<K extends WritingCommand>(command: K): FormatName<K>[] {
  return Object.keys(OUTPUT_FORMATS[command].formats) as FormatName<K>[];
}

function entry<K extends WritingCommand>(command: K, format: FormatName<K>): Format<unknown, unknown> {
  return (OUTPUT_FORMATS[command].formats as Record<string, Format<unknown, unknown>>)[format]!;
}

export function isBinary<K extends WritingCommand>(command: K, format: FormatName<K>): boolean {
  return entry(command, format).binary;
}

/** The renderer of one format, loaded. */
export async function rendererOf<K extends WritingCommand>(command: K, format: FormatName<K>): Promise<RendererOf<K>> {
  return (await entry(command, format).load()) as RendererOf<K>;
}

/** `-o report.json` means JSON; an extension the command cannot write is a usage error. */
export function formatFromPath<K extends WritingCommand>(command: K, path: string): FormatName<K> {
  const { flag, extensions } = OUTPUT_FORMATS[command];
  const format = own(extensions as Record<string, FormatName<K>>, extname(path).toLowerCase());
  if (format !== undefined) return format;
  const what = flag === '--to' ? 'export format' : 'format';
  throw new UsageError(
    `cannot tell the ${what} of ${path} from its extension; add ${flag} ${formatNames(command).join('|')} (or use ${Object.keys(extensions).join(', ')})`,
  );
}

/**
 * The format of a run: the flag's, else `-o FILE`'s extension (`file`: null for standard
 * output), else the command's usual one; a command without one says what it needs.
 */
export function chosenFormat<K extends WritingCommand>(command: K, flag: FormatName<K> | undefined, file: string | null): FormatName<K> {
  if (flag !== undefined) return flag;
  if (file !== null) return formatFromPath(command, file);
  const { fallback, flag: name, extensions } = OUTPUT_FORMATS[command];
  if (fallback !== null) return fallback as FormatName<K>;
  const exts = Object.keys(extensions);
  throw new UsageError(
    `${command} needs a format: add ${name} ${formatNames(command).join('|')}, or -o FILE ending in ${exts.slice(0, -1).join(', ')} or ${exts.at(-1) ?? ''}`,
  );
}
