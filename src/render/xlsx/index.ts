/**
 * `--format xlsx`: the report as one Excel workbook (docs/outputs.md), written by exceljs's streaming
 * writer — rows go to the zip as they are made, so a 50,000-person workbook never sits whole
 * in memory — and handed on as the zip's bytes, which the CLI writes atomically to `-o`.
 *
 * Sheets, each only when the report holds that table: Summary, People, Groups, Mixing,
 * Attributes (`--compare-by`), Communities, Activity, Ties, Windows (with --windows). exceljs (about 0.3 s to load) is imported only when a workbook
 * is asked for. The bytes differ from run to run only in the zip's file times.
 */
import { PassThrough } from 'node:stream';
import type { Analysis } from '../../core/analysis/analyze.js';
import { findingSentence, stringsFor } from '../i18n/index.js';
import { personNamer } from '../person-name.js';
import type { RenderContext } from '../context.js';
import { attributeRows } from '../columns.js';
import { Flow } from './flow.js';
import { writeMixing } from './mixing.js';
import { EXCEL_MAX_ROWS, writeTable, type WriteContext } from './sheet.js';
import { writeSummary } from './summary.js';
import { communitiesSheet, tableSheet, tiesSheet } from './tables.js';

export interface WorkbookOptions {
  /** Sentences for the Summary's findings section, already in the context's language. */
  findings?: readonly string[];
  /** Rows per worksheet before a table continues on the next (tests lower Excel's limit). */
  maxRows?: number;
}

type ExcelJs = typeof import('exceljs');

async function loadExcelJs(): Promise<ExcelJs> {
  // exceljs is CommonJS: Node hands it over as the default export, a bundler as the namespace.
  const loaded = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return loaded.default ?? loaded;
}

export function renderXlsx(analysis: Analysis, ctx: RenderContext): AsyncIterable<Uint8Array> {
  return workbookBytes(analysis, ctx, { findings: findingSentences(analysis, ctx.lang) });
}

/** The core's ranked findings, worded in the workbook's language by the shared tables (render/i18n), each with its severity as Markdown gives it. */
export function findingSentences(analysis: Analysis, lang: RenderContext['lang']): string[] {
  const name = personNamer(analysis.report.people, 'plain');
  const severity = stringsFor(lang).severity;
  return analysis.report.findings.map((f) => {
    const { title, detail } = findingSentence(f, lang, name);
    return `${title} — ${detail} (${severity[f.severity]})`;
  });
}

export async function* workbookBytes(analysis: Analysis, ctx: RenderContext, options: WorkbookOptions = {}): AsyncGenerator<Uint8Array> {
  const exceljs = await loadExcelJs();
  const out = new PassThrough();
  const flow = new Flow();
  const generatedAt = new Date(analysis.report.meta.generatedAt);
  const workbook = new exceljs.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = 'orgnet';
  workbook.lastModifiedBy = 'orgnet';
  // The report's own time, not the clock's, so the same report makes the same workbook.
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  let failure: Error | null = null;
  const fail = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    flow.abort(failure);
    out.destroy(failure);
  };
  // The error reaches the reader through the loop below; this listener only keeps a late
  // one (after the reader is gone) from being an unhandled 'error' event.
  out.on('error', () => undefined);
  (workbook as unknown as { zip: NodeJS.EventEmitter }).zip.on('error', fail);

  const ctxOut: WriteContext = { workbook, flow, lang: ctx.lang, maxRows: options.maxRows ?? EXCEL_MAX_ROWS, title: ctx.title };
  const writing = writeSheets(ctxOut, analysis, options.findings ?? [])
    .then(() => workbook.commit())
    .catch(fail);
  let done = false;
  try {
    for await (const chunk of out) yield chunk as Buffer;
    done = true;
  } finally {
    // The reader stopped early, or the output failed: stop writing, so nothing waits on it.
    if (!done) {
      flow.abort(failure ?? new Error('the workbook output was closed before it was complete'));
      out.destroy();
    }
  }
  await writing;
  if (failure) throw failure;
}

async function writeSheets(ctx: WriteContext, analysis: Analysis, findings: readonly string[]): Promise<void> {
  const { report, index } = analysis;
  await writeSummary(ctx, report, findings);
  if (report.people.length > 0) await writeTable(ctx, tableSheet(analysis, 'people', ctx.lang));
  if (report.groups.length > 0) await writeTable(ctx, tableSheet(analysis, 'groups', ctx.lang));
  if (report.mixing.length > 0) await writeMixing(ctx, analysis);
  if (attributeRows(report).length > 0) await writeTable(ctx, tableSheet(analysis, 'attributes', ctx.lang));
  if (report.communities.length > 0) await writeTable(ctx, communitiesSheet(analysis, ctx.lang));
  if (report.activity.series.length > 0) await writeTable(ctx, tableSheet(analysis, 'activity', ctx.lang));
  if (index.m > 0) await writeTable(ctx, tiesSheet(analysis, ctx.lang));
  // --windows: a row for the organization and one per group in each window, as the CSV table.
  if ((report.windows?.length ?? 0) > 0) await writeTable(ctx, tableSheet(analysis, 'windows', ctx.lang));
}
