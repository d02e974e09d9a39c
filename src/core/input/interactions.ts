/**
 * Reads the interactions file (SPEC §2.1, §2.3, §6 `meta.input`) in one streaming pass.
 *
 * Per row, in this order: field count; source and target present; weight; timestamp (a bad
 * value is a problem — strict stops, lenient skips); then filters (`--remove`, `--relation`,
 * `--since/--until`), then self-loops; what is left is used. So every row read lands in exactly
 * one count: rowsRead = rowsUsed + skippedRows + selfLoops + filteredRows. `--reverse` flips a
 * row before anything looks at it. Relations are counted over all well-formed rows, before the
 * relation filter, so the report shows what the file holds. Only used rows (and self-loops)
 * name people, so someone seen only in filtered rows is not in the network.
 */
import { compareIds } from '../ids.js';
import { InputError } from '../errors.js';
import type { InputOptions } from '../options.js';
import type { InputMeta } from '../report/types.js';
import { detectInteractionColumns, listColumns, RELATION_ALIASES, TIME_ALIASES, type InteractionColumns } from './columns.js';
import { displayName, readCsv, type CsvSink, type Input } from './csv-reader.js';
import { inputMeta, type RowCounts } from './input-meta.js';
import { ProblemLog, quoteValue } from './problems.js';
import { TieAccumulator } from './tie-accumulator.js';
import { parseTimestamp } from './timestamp.js';
import type { Interactions, Reject, TimelineSink } from './types.js';
import { parseWeight } from './weight.js';

export interface InteractionHooks {
  timeline?: TimelineSink;
  onReject?: (reject: Reject) => void;
}

/** The key under which rows with an empty relation cell are counted. */
export const NO_RELATION = '(none)';

export async function readInteractions(
  input: Input,
  file: string,
  options: InputOptions,
  hooks: InteractionHooks = {},
): Promise<Interactions> {
  const name = displayName(file);
  const reader = new InteractionReader(name, options, hooks);
  const raw = options.lenient && hooks.onReject !== undefined;
  const csv = await readCsv(input, name, { delimiter: options.delimiter, raw }, reader);
  return reader.finish(csv.delimiter);
}

class InteractionReader implements CsvSink {
  private names: string[] = [];
  private columns: InteractionColumns = { source: -1, target: -1, weight: -1, time: -1, relation: -1 };
  private decimalComma = false;
  private readonly ties = new TieAccumulator();
  private readonly problems: ProblemLog;
  private readonly removed: Set<string>;
  private readonly removedFound = new Set<string>();
  private readonly relationFilter: Set<string> | null;
  private readonly relations = new Map<string, number>();
  private readonly timeline: TimelineSink | undefined;
  private rowsRead = 0;
  private rowsUsed = 0;
  private selfLoops = 0;
  private filteredRows = 0;
  private rowsWithoutTime = 0;
  private hasTime = false;

  constructor(
    private readonly file: string,
    private readonly options: InputOptions,
    hooks: InteractionHooks,
  ) {
    this.problems = new ProblemLog(file, options.lenient, hooks.onReject);
    this.removed = new Set(options.remove);
    this.relationFilter = options.relations === null ? null : new Set(options.relations.map(relationKey));
    this.timeline = hooks.timeline;
  }

  header(names: string[], delimiter: string): void {
    this.names = names;
    this.columns = detectInteractionColumns(names, this.file, this.options);
    this.decimalComma = delimiter === ';';
    const { since, until, relations } = this.options;
    if ((since !== null || until !== null) && this.columns.time < 0) {
      this.missingColumn('--since/--until need a timestamp column', TIME_ALIASES, ' (or --time-col NAME)');
    }
    if (relations !== null && this.columns.relation < 0) {
      this.missingColumn('--relation needs a relation column', RELATION_ALIASES, '');
    }
  }

  record(fields: string[], line: number, raw: string | undefined): void {
    this.rowsRead++;
    const problem = this.row(fields);
    if (problem !== null) this.problems.add(line, problem, raw);
  }

  malformed(line: number, message: string, raw: string | undefined): void {
    this.rowsRead++;
    this.problems.add(line, message, raw);
  }

  finish(delimiter: string): Interactions {
    this.problems.throwIfStrict();
    return {
      ids: this.ties.ids,
      ties: this.ties.table(),
      hasTime: this.hasTime,
      meta: this.meta(delimiter),
      warnings: this.warnings(),
      removedFound: [...this.removedFound],
    };
  }

  /** Reads, checks and counts one row; returns its problem, or null. */
  private row(fields: string[]): string | null {
    const c = this.columns;
    if (fields.length !== this.names.length) return `expected ${this.names.length} fields, found ${fields.length}`;
    let source = cell(fields, c.source);
    let target = cell(fields, c.target);
    if (source === '' || target === '') return missing(source, target);
    if (this.options.reverse) [source, target] = [target, source];
    const weight = this.weightOf(fields);
    if (typeof weight === 'string') return weight;
    const time = this.timeOf(fields);
    if (typeof time === 'string') return time;
    if (this.keep(fields, source, target, time)) this.use(source, target, weight, time);
    return null;
  }

  /** The weight cell; an empty cell (or no weight column) is the per-row default of 1. */
  private weightOf(fields: string[]): number | string {
    if (this.columns.weight < 0) return 1;
    const text = cell(fields, this.columns.weight);
    if (text === '') return 1;
    return parseWeight(text, this.decimalComma) ?? `bad weight ${quoteValue(text)}: expected a number > 0`;
  }

  /** The timestamp in epoch ms; NaN for no time column or an empty cell. */
  private timeOf(fields: string[]): number | string {
    if (this.columns.time < 0) return NaN;
    const text = cell(fields, this.columns.time);
    if (text === '') return NaN;
    return parseTimestamp(text) ?? `bad timestamp ${quoteValue(text)}: expected ISO-8601 or unix seconds/ms`;
  }

  /** Counts the relation, then a filtered row or a self-loop; true when the row is to be used. */
  private keep(fields: string[], source: string, target: string, time: number): boolean {
    const relation = this.columns.relation < 0 ? null : cell(fields, this.columns.relation) || NO_RELATION;
    if (relation !== null) this.relations.set(relation, (this.relations.get(relation) ?? 0) + 1);
    if (this.isFiltered(source, target, relation, time)) {
      this.filteredRows++;
      return false;
    }
    if (source === target) {
      this.ties.person(source);
      this.selfLoops++;
      return false;
    }
    return true;
  }

  private isFiltered(source: string, target: string, relation: string | null, time: number): boolean {
    if (this.removed.size > 0 && (this.removed.has(source) || this.removed.has(target))) {
      if (this.removed.has(source)) this.removedFound.add(source);
      if (this.removed.has(target)) this.removedFound.add(target);
      return true;
    }
    if (this.relationFilter !== null && !this.relationFilter.has(relationKey(relation ?? ''))) return true;
    const { since, until } = this.options;
    if (since === null && until === null) return false;
    // A row without a time cannot be shown to fall inside the window.
    if (Number.isNaN(time)) return true;
    return (since !== null && time < since) || (until !== null && time >= until);
  }

  private use(source: string, target: string, weight: number, time: number): void {
    const s = this.ties.person(source);
    const t = this.ties.person(target);
    const tie = this.ties.add(s, t, weight, time);
    this.rowsUsed++;
    if (Number.isNaN(time)) {
      if (this.columns.time >= 0) this.rowsWithoutTime++;
      return;
    }
    this.hasTime = true;
    this.timeline?.add(s, t, tie, weight, time);
  }

  private meta(delimiter: string): InputMeta {
    const name = (i: number): string | null => (i < 0 ? null : (this.names[i] ?? null));
    const c = this.columns;
    const columns = {
      source: name(c.source) ?? '',
      target: name(c.target) ?? '',
      weight: name(c.weight),
      timestamp: name(c.time),
      relation: name(c.relation),
    };
    const relations = c.relation < 0 ? null : sortedCounts(this.relations);
    return inputMeta(this.file, columns, delimiter, this.counts(), relations);
  }

  private counts(): RowCounts {
    const { rowsRead, rowsUsed, selfLoops, filteredRows } = this;
    return { rowsRead, rowsUsed, skippedRows: this.problems.count, selfLoops, filteredRows };
  }

  private warnings(): string[] {
    const out: string[] = [];
    const skipped = this.problems.warning();
    if (skipped !== null) out.push(skipped);
    if (this.rowsWithoutTime > 0) {
      const rows = `${this.rowsWithoutTime} row${this.rowsWithoutTime === 1 ? '' : 's'}`;
      out.push(`${this.file}: ${rows} without a timestamp: counted in totals, not in activity over time`);
    }
    return out;
  }

  private missingColumn(what: string, aliases: readonly string[], hint: string): never {
    throw new InputError(this.file, `${what}: expected one of ${aliases.join(', ')}${hint}; columns found: ${listColumns(this.names)}`);
  }
}

function cell(fields: string[], index: number): string {
  return (fields[index] ?? '').trim();
}

function missing(source: string, target: string): string {
  if (source === '' && target === '') return 'missing source and target';
  return source === '' ? 'missing source' : 'missing target';
}

/** Relation values are matched without regard to case or surrounding spaces. */
function relationKey(value: string): string {
  return value.trim().toLowerCase();
}

function sortedCounts(counts: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...counts.keys()].sort(compareIds)) out[key] = counts.get(key) ?? 0;
  return out;
}
