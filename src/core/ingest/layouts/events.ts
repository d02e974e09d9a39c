/**
 * Reads a two-mode file (docs/input.md `--events`): one row per (event, person) — meeting attendees,
 * chat-thread or channel members, project members, co-authors — into the co-attendance network,
 * in one streaming pass plus a projection at the end (event-pairs.ts).
 *
 * Per row, in this order: field count; event and person present; timestamp (a bad value is a
 * problem — strict stops, lenient skips); then the filters on the row (`--remove` of its person,
 * `--relation`, `--since/--until` on the row's own timestamp); what is left is kept. Everyone
 * named in a kept row is a person, an isolate when none of their events made a tie. Kept rows
 * of events that made ties are used (repeated rows of one person included); those of events of
 * one person or more than `--max-event-size` people are filtered: they made no tie. There are no
 * self-loops. So rowsRead = rowsUsed + skippedRows + selfLoops + filteredRows still holds.
 * A weight column is not read: co-attendance weights are 1/(k − 1) by definition.
 */
import { InputError } from '../../base/errors.js';
import type { Encoding, InputOptions } from '../../model/options.js';
import type { InputMeta } from '../../model/report.js';
import { detectEventColumns, RELATION_ALIASES, TIME_ALIASES, type EventColumns } from './columns.js';
import { displayName, observed, readCsv, type CsvSink, type Input } from '../csv/csv-reader.js';
import { EventPairs, type EventProjection } from '../aggregate/event-pairs.js';
import { inputMeta } from './input-meta.js';
import { cell, NO_RELATION, outsideWindow, relationKey, sortedCounts } from './interactions.js';
import { PLAIN_IDS } from '../privacy/pseudonyms.js';
import { rejectedRow, type RowLayout } from '../privacy/rejects.js';
import { ProblemLog } from './problems.js';
import { listColumns, quoteCell } from '../privacy/quote.js';
import { TieAccumulator } from '../aggregate/tie-accumulator.js';
import { HeldRows, TimeReader, UNDECIDED } from '../csv/time-reader.js';
import type { Interactions, ReadHooks, TimelineSink } from '../../model/ingest.js';

export interface EventHooks extends ReadHooks {
  timeline?: TimelineSink | undefined;
}

export async function readEvents(input: Input, file: string, options: InputOptions, hooks: EventHooks = {}): Promise<Interactions> {
  const name = displayName(file);
  const reader = new EventsReader(name, options, hooks);
  const { delimiter, encoding, maxFieldSize } = options;
  const raw = options.lenient && hooks.onReject !== undefined;
  const csv = await readCsv(input, name, { delimiter, raw, encoding, maxFieldSize, ids: hooks.ids }, observed(reader, hooks.observer));
  return reader.finish(csv.delimiter, csv.encoding);
}

class EventsReader implements CsvSink {
  private names: string[] = [];
  private columns: EventColumns = { event: -1, person: -1, time: -1, relation: -1, weight: -1 };
  // Undirected, and summing the 1/(k − 1) weights with compensation.
  private readonly ties = new TieAccumulator(true, true);
  private readonly pairs = new EventPairs();
  private readonly problems: ProblemLog;
  private readonly removed: Set<string>;
  private readonly removedFound = new Set<string>();
  private readonly relationFilter: Set<string> | null;
  private readonly relations = new Map<string, number>();
  private rowsRead = 0;
  private filteredRows = 0;
  private layout: RowLayout = { delimiter: ',', width: null, idColumns: [] };
  /** The column of the cell the current row is rejected for (its --rejects row masks it), or -1. */
  private badColumn = -1;
  private readonly time: TimeReader;
  /** Rows whose date waits for the file to say whether it writes day or month first. */
  private readonly held = new HeldRows();

  constructor(
    private readonly file: string,
    private readonly options: InputOptions,
    private readonly hooks: EventHooks,
  ) {
    this.time = new TimeReader(options.timeFormat, (text) => this.quoteTime(text));
    this.problems = new ProblemLog(file, options.lenient, hooks.onReject, hooks.onProblem);
    this.removed = new Set(options.remove);
    this.relationFilter = options.relations === null ? null : new Set(options.relations.map(relationKey));
  }

  header(names: string[], delimiter: string): void {
    this.names = names;
    this.columns = detectEventColumns(names, this.file, this.options, this.hooks.ids ?? PLAIN_IDS);
    this.layout = { delimiter, width: names.length, idColumns: [this.columns.person] };
    const { since, until, relations } = this.options;
    if ((since !== null || until !== null) && this.columns.time < 0) {
      this.missingColumn('--since/--until need a timestamp column', TIME_ALIASES, ' (or --time-col NAME)');
    }
    if (relations !== null && this.columns.relation < 0) this.missingColumn('--relation needs a relation column', RELATION_ALIASES, '');
  }

  record(fields: string[], line: number, raw: string | undefined): void {
    this.rowsRead++;
    this.take(fields, line, raw);
    this.held.replay(this.time, (f, l, r) => this.take(f, l, r));
  }

  /** One row read, held until the file says its date order, or refused with its problem. */
  private take(fields: string[], line: number, raw: string | undefined): void {
    this.badColumn = -1;
    const problem = this.row(fields, line);
    if (problem === UNDECIDED) this.held.hold(fields, line, raw, cell(fields, this.columns.time));
    else if (problem !== null) this.problems.add(line, problem, rejectedRow(raw, fields, this.hooks.ids ?? PLAIN_IDS, this.layout, this.badColumn));
  }

  /** A cell of the time column in a message (privacy/quote.ts). */
  private quoteTime(text: string): string {
    return quoteCell(text, this.hooks.ids ?? PLAIN_IDS, this.names[this.columns.time] ?? '');
  }

  malformed(line: number, message: string, raw: string | undefined): void {
    this.rowsRead++;
    this.problems.add(line, message, rejectedRow(raw, null, this.hooks.ids ?? PLAIN_IDS, this.layout));
  }

  finish(delimiter: string, encoding: Encoding): Interactions {
    this.held.finish(this.file, (text) => this.quoteTime(text));
    this.problems.throwIfStrict();
    const projection = this.pairs.project(this.ties, this.ties.ids.length, this.options.maxEventSize, this.hooks.timeline);
    const timed = projection.counts.used - projection.untimed;
    return {
      ids: this.ties.ids,
      ties: this.ties.table(),
      undirected: true,
      hasTime: timed > 0,
      interactions: projection.counts.used,
      attended: projection.attended,
      meta: this.meta(delimiter, encoding, projection),
      warnings: this.warnings(projection),
      removedFound: [...this.removedFound],
    };
  }

  /** Reads, checks and keeps (or filters) one row; returns its problem, null, or UNDECIDED when its date must wait. */
  private row(fields: string[], line: number): string | null | typeof UNDECIDED {
    const c = this.columns;
    if (fields.length !== this.names.length) return `expected ${this.names.length} fields, found ${fields.length}`;
    const event = cell(fields, c.event);
    const person = cell(fields, c.person);
    if (event === '' || person === '') return event === '' && person === '' ? 'missing event and person' : event === '' ? 'missing event' : 'missing person';
    const time = this.timeOf(fields, line);
    if (typeof time !== 'number') return time;
    const relation = c.relation < 0 ? null : cell(fields, c.relation) || NO_RELATION;
    if (relation !== null) this.relations.set(relation, (this.relations.get(relation) ?? 0) + 1);
    if (this.isFiltered(person, relation, time)) {
      this.filteredRows++;
      return null;
    }
    this.pairs.add(this.pairs.event(event), this.ties.person(person), time);
    return null;
  }

  private timeOf(fields: string[], line: number): number | string | typeof UNDECIDED {
    if (this.columns.time < 0) return NaN;
    const text = cell(fields, this.columns.time);
    if (text === '') return NaN;
    const time = this.time.read(text, line);
    // The cell the rejected row masks, besides the person's.
    if (typeof time === 'string') this.badColumn = this.columns.time;
    return time;
  }

  private isFiltered(person: string, relation: string | null, time: number): boolean {
    if (this.removed.has(person)) {
      this.removedFound.add(person);
      return true;
    }
    if (this.relationFilter !== null && !this.relationFilter.has(relationKey(relation ?? ''))) return true;
    return outsideWindow(time, this.options.since, this.options.until);
  }

  private meta(delimiter: string, encoding: Encoding, projection: EventProjection): InputMeta {
    const name = (i: number): string | null => (i < 0 ? null : (this.names[i] ?? null));
    const c = this.columns;
    const columns = { event: name(c.event), person: name(c.person), timestamp: name(c.time), relation: name(c.relation) };
    const counts = {
      rowsRead: this.rowsRead,
      rowsUsed: projection.rowsUsed,
      skippedRows: this.problems.count,
      selfLoops: 0,
      filteredRows: this.filteredRows + projection.rowsDropped,
    };
    const relations = c.relation < 0 ? null : sortedCounts(this.relations);
    const claimed = [c.event, c.person, c.time, c.relation, c.weight];
    const unusedColumns = this.names.filter((n, i) => n !== '' && !claimed.includes(i));
    const time = { dateOrder: this.time.order, clock: this.time.clock(false), unusedColumns };
    return inputMeta({ file: this.file, encoding, columns, delimiter, counts, relations, events: projection.counts, time });
  }

  private warnings(projection: EventProjection): string[] {
    const out: string[] = [];
    const clock = this.time.clockWarning(this.file, false);
    if (clock !== null) out.push(clock);
    const skipped = this.problems.warning();
    if (skipped !== null) out.push(skipped);
    const weight = this.columns.weight < 0 ? null : this.names[this.columns.weight];
    if (weight) out.push(`${this.file}: column ${JSON.stringify(weight)} is not read: with --events every pair of an event of k people weighs 1/(k − 1)`);
    const { tooLarge } = projection.counts;
    if (tooLarge > 0) {
      out.push(`${this.file}: ${plural(tooLarge, 'event')} of more than ${this.options.maxEventSize} people made no tie (broadcasts; --max-event-size N raises the bound)`);
    }
    if (projection.untimed > 0 && this.columns.time >= 0) {
      out.push(`${this.file}: ${plural(projection.untimed, 'event')} without a timestamp: counted in totals, not in activity over time`);
    }
    return out;
  }

  private missingColumn(what: string, aliases: readonly string[], hint: string): never {
    throw new InputError(this.file, `${what}: expected one of ${aliases.join(', ')}${hint}; columns found: ${listColumns(this.names, this.hooks.ids ?? PLAIN_IDS)}`);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
