/**
 * Reads the interactions file (docs/input.md#interactions-required---reads-standard-input, docs/input.md#bad-input, `meta.input` in docs/metrics.md#meta) in one streaming pass.
 *
 * Per row, in this order: field count; source and target present; weight; timestamp (a bad
 * value is a problem — strict stops, lenient skips); then filters (`--remove`, `--relation`,
 * `--since/--until`), then self-loops; what is left is used. So every row read lands in exactly
 * one count: rowsRead = rowsUsed + skippedRows + selfLoops + filteredRows. `--reverse` flips a
 * row before anything looks at it. Relations are counted over all well-formed rows, before the
 * relation filter, so the report shows what the file holds. Only used rows (and self-loops)
 * name people, so someone seen only in filtered rows is not in the network.
 *
 * `--undirected`: the same rows, each tie kept once whatever its direction (tie-accumulator.ts).
 * `--split-targets SEP` (docs/input.md): the target cell lists several recipients (split-targets.ts);
 * after the filters on the row, a row naming more than `--max-event-size` distinct people is a
 * broadcast (filtered); otherwise each delivery is kept, or dropped when it goes to the sender
 * (`selfDeliveries`) or to a removed person. A row with a kept delivery is used; one whose every
 * delivery went to the sender is a self-loop; one whose deliveries all went to removed people
 * (some perhaps to the sender) is filtered, as `--remove` filters a one-recipient row. Deliveries,
 * not rows, are the ties' rows and the activity's interactions; `org.interactions` stays rows used.
 */
import { compareIds } from '../../base/ids.js';
import { InputError } from '../../base/errors.js';
import type { Encoding, InputOptions } from '../../model/options.js';
import type { InputMeta } from '../../model/report.js';
import { detectInteractionColumns, RELATION_ALIASES, TIME_ALIASES, type InteractionColumns } from './columns.js';
import { ByteIds, ByteTimes, byteWeight, isPlainId, sameBytes, type ByteRowReader } from '../csv/byte-rows.js';
import { displayName, observed, readCsv, type CsvSink, type Input } from '../csv/csv-reader.js';
import { inputMeta, type RowCounts } from './input-meta.js';
import { PLAIN_IDS } from '../privacy/pseudonyms.js';
import type { IdMask } from '../../model/ingest.js';
import { rejectedRow, type RowLayout } from '../privacy/rejects.js';
import { ProblemLog } from './problems.js';
import { listColumns, quoteCell } from '../privacy/quote.js';
import { sortDeliveries, splitNames } from './split-targets.js';
import { RowBatch, TieAccumulator } from '../aggregate/tie-accumulator.js';
import { HeldRows, TimeReader, UNDECIDED } from '../csv/time-reader.js';
import type { Interactions, ReadHooks, TimelineSink } from '../../model/ingest.js';
import { UnusedColumns } from './unused-columns.js';
import { parseWeight } from '../csv/weight.js';

export interface InteractionHooks extends ReadHooks {
  timeline?: TimelineSink | undefined;
  /** false: every row through csv-parse, the parser of record (tests compare the fast readers with it). */
  fastPath?: boolean;
  /**
   * Used rows are handed here, a batch at a time in row order, instead of being summed into
   * ties and the timeline (the returned ties are then empty): another thread sums them with
   * sumBatch while this one reads on (io/pipelined-read.ts). The batch is reused after the call.
   */
  onBatch?: ((batch: RowBatch) => void) | undefined;
}

/** How a caller may read the interactions instead (io/pipelined-read.ts): the same result as readInteractions. */
export type InteractionsReader = (input: Input, file: string, options: InputOptions, hooks?: InteractionHooks) => Promise<Interactions>;

/** The key under which rows with an empty relation cell are counted. */
export const NO_RELATION = '(none)';

const LF = 0x0a;

export async function readInteractions(
  input: Input,
  file: string,
  options: InputOptions,
  hooks: InteractionHooks = {},
): Promise<Interactions> {
  const name = displayName(file);
  const reader = new InteractionReader(name, options, hooks);
  const raw = options.lenient && hooks.onReject !== undefined;
  const { delimiter, encoding, maxFieldSize } = options;
  const csv = await readCsv(input, name, { delimiter, raw, encoding, maxFieldSize, fastPath: hooks.fastPath, ids: hooks.ids }, observed(reader, hooks.observer));
  return reader.finish(csv.delimiter, csv.encoding);
}

class InteractionReader implements CsvSink {
  private names: string[] = [];
  private delimiter = ',';
  private columns: InteractionColumns = { source: -1, target: -1, weight: -1, time: -1, relation: -1 };
  private decimalComma = false;
  private readonly ties: TieAccumulator;
  /** Used rows wait here to be summed into ties in batches (TieAccumulator.addBatch), then timed. */
  private readonly batch = new RowBatch();
  private readonly problems: ProblemLog;
  private readonly removed: Set<string>;
  private readonly removedFound = new Set<string>();
  private readonly relationFilter: Set<string> | null;
  private readonly relations = new Map<string, number>();
  private readonly timeline: TimelineSink | undefined;
  private readonly onBatch: ((batch: RowBatch) => void) | undefined;
  private rowsRead = 0;
  private rowsUsed = 0;
  private selfLoops = 0;
  private filteredRows = 0;
  private rowsWithoutTime = 0;
  private hasTime = false;
  private encoding: Encoding = 'utf8';
  private readonly split: string | null;
  private readonly deliveries = { deliveries: 0, broadcasts: 0, selfDeliveries: 0 };
  private readonly ids: IdMask;
  private layout: RowLayout = { delimiter: ',', width: null, idColumns: [] };
  /** The column of the cell the current row is rejected for (its --rejects row masks it), or -1. */
  private badColumn = -1;
  private readonly time: TimeReader;
  /** Rows whose date waits for the file to say whether it writes day or month first. */
  private readonly held = new HeldRows();
  private unused = new UnusedColumns([], [], { weight: false, time: false }, false);
  /** Timestamps read as ISO-8601 by the byte path (time-reader.ts counts the others). */
  private isoBytes = false;

  constructor(
    private readonly file: string,
    private readonly options: InputOptions,
    hooks: InteractionHooks,
  ) {
    this.time = new TimeReader(options.timeFormat, (text) => this.quoteTime(text));
    this.problems = new ProblemLog(file, options.lenient, hooks.onReject, hooks.onProblem);
    this.ties = new TieAccumulator(options.undirected);
    this.split = options.splitTargets;
    this.removed = new Set(options.remove);
    this.relationFilter = options.relations === null ? null : new Set(options.relations.map(relationKey));
    this.timeline = hooks.timeline;
    this.onBatch = hooks.onBatch;
    this.ids = hooks.ids ?? PLAIN_IDS;
  }

  header(names: string[], delimiter: string): void {
    this.names = names;
    this.delimiter = delimiter;
    this.columns = detectInteractionColumns(names, this.file, this.options, this.ids);
    this.decimalComma = delimiter === ';';
    const c = this.columns;
    const missing = { weight: c.weight < 0 && this.options.weightCol === undefined, time: c.time < 0 && this.options.timeCol === undefined };
    this.unused = new UnusedColumns(names, [c.source, c.target, c.weight, c.time, c.relation], missing, this.decimalComma);
    const { source, target } = this.columns;
    const split = this.split === null ? null : { column: target, separator: this.split };
    this.layout = { delimiter, width: names.length, idColumns: split === null ? [source, target] : [source], split };
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
    this.unused.add(fields);
    this.take(fields, line, raw);
    this.held.replay(this.time, (f, l, r) => this.take(f, l, r));
  }

  /** One row read, held until the file says its date order, or refused with its problem. */
  private take(fields: string[], line: number, raw: string | undefined): void {
    this.badColumn = -1;
    const problem = this.row(fields, line);
    if (problem === UNDECIDED) this.held.hold(fields, line, raw, cell(fields, this.columns.time));
    else if (problem !== null) this.problems.add(line, problem, rejectedRow(raw, fields, this.ids, this.layout, this.badColumn));
  }

  /** A cell of the time column in a message (privacy/quote.ts). */
  private quoteTime(text: string): string {
    return quoteCell(text, this.ids, this.names[this.columns.time] ?? '');
  }

  /**
   * The plainest rows read from their bytes (byte-rows.ts), when no option needs more of a row
   * than its ids, weight and time: no relation column, no filter, one recipient per row.
   */
  byteRows(): ByteRowReader | null {
    const o = this.options;
    const c = this.columns;
    const delimiter = this.delimiter.length === 1 ? this.delimiter.charCodeAt(0) : -1;
    const filtered = o.since !== null || o.until !== null || this.removed.size > 0 || this.relationFilter !== null;
    // A time read by --time-format is read by its layout alone, never as ISO-8601 by the bytes.
    const formatted = o.timeFormat !== null && c.time >= 0;
    if (this.split !== null || c.relation >= 0 || filtered || formatted || delimiter < 0 || delimiter > 0x7f) return null;
    const width = this.names.length;
    const ids = new ByteIds((id) => this.ties.person(id));
    const times = new ByteTimes();
    const { source, target, weight, time } = c;
    const { decimalComma, batch } = this;
    const reverse = o.reverse;
    const last = skippableLastField(width - 1, c, delimiter);
    const reader = {
      taken: 0,
      takeLines: (bytes: Buffer, start: number, end: number, maxBytes: number): number => {
        // The first rows are read as strings while the unclaimed columns are looked at (unused-columns.ts).
        if (this.unused.sampling) {
          reader.taken = 0;
          return start;
        }
        let at = start;
        let taken = 0;
        let withoutTime = 0;
        let timed = false;
        while (at < end) {
          // One pass over the line finds its end and the cells wanted.
          let field = 0;
          let from = at;
          let s0 = 0, s1 = 0, t0 = 0, t1 = 0, w0 = 0, w1 = 0, m0 = 0, m1 = 0;
          let i = at;
          for (; ; i++) {
            const byte = bytes[i]!;
            if (byte !== delimiter && byte !== LF) continue;
            if (field === source) {
              s0 = from;
              s1 = i;
            } else if (field === target) {
              t0 = from;
              t1 = i;
            } else if (field === weight) {
              w0 = from;
              w1 = i;
            } else if (field === time) {
              m0 = from;
              m1 = i;
            }
            if (byte === LF) break;
            field++;
            from = i + 1;
            if (field === last) {
              // The last cell runs to the line break; it is read, and checked byte by byte, below.
              i = bytes.indexOf(LF, from);
              if (field === weight) {
                w0 = from;
                w1 = i;
              } else {
                m0 = from;
                m1 = i;
              }
              break;
            }
          }
          if (field + 1 !== width || i - at > maxBytes) break;
          if (!isPlainId(bytes, s0, s1) || !isPlainId(bytes, t0, t1) || sameBytes(bytes, s0, s1, t0, t1)) break;
          const w = weight < 0 ? 1 : byteWeight(bytes, w0, w1, decimalComma);
          if (Number.isNaN(w)) break;
          const ms = time < 0 ? NaN : times.read(bytes, m0, m1);
          if (ms === null) break;
          // Interned in the order the string path interns them: the row's source first.
          const first = reverse ? ids.get(bytes, t0, t1) : ids.get(bytes, s0, s1);
          const second = reverse ? ids.get(bytes, s0, s1) : ids.get(bytes, t0, t1);
          batch.push(first, second, w, ms);
          if (batch.full) this.flush();
          if (Number.isNaN(ms)) withoutTime++;
          else timed = true;
          taken++;
          at = i + 1;
        }
        // What tieAt and countUsed count row by row, for the whole run.
        reader.taken = taken;
        this.rowsRead += taken;
        this.rowsUsed += taken;
        if (time >= 0) this.rowsWithoutTime += withoutTime;
        if (timed) this.hasTime = this.isoBytes = true;
        return at;
      },
    };
    return reader;
  }

  malformed(line: number, message: string, raw: string | undefined): void {
    this.rowsRead++;
    this.problems.add(line, message, rejectedRow(raw, null, this.ids, this.layout));
  }

  finish(delimiter: string, encoding: Encoding): Interactions {
    this.held.finish(this.file, (text) => this.quoteTime(text));
    this.problems.throwIfStrict();
    this.flush();
    this.encoding = encoding;
    return {
      ids: this.ties.ids,
      ties: this.ties.table(),
      undirected: this.options.undirected,
      hasTime: this.hasTime,
      interactions: this.split === null ? null : this.rowsUsed,
      attended: null,
      meta: this.meta(delimiter),
      warnings: this.warnings(),
      removedFound: [...this.removedFound],
    };
  }

  /** Reads, checks and counts one row; returns its problem, null, or UNDECIDED when its date must wait. */
  private row(fields: string[], line: number): string | null | typeof UNDECIDED {
    const c = this.columns;
    if (fields.length !== this.names.length) return `expected ${this.names.length} fields, found ${fields.length}`;
    let source = cell(fields, c.source);
    let target = cell(fields, c.target);
    if (source === '' || target === '') return missing(source, target);
    const names = this.split === null ? null : splitNames(target, this.split);
    if (names !== null && names.length === 0) return this.bad(c.target, `no name in the target cell ${quoteCell(target, this.ids, this.names[c.target]!)} split on ${JSON.stringify(this.split)}`);
    if (this.options.reverse && names === null) [source, target] = [target, source];
    const weight = this.weightOf(fields);
    if (typeof weight === 'string') return weight;
    const time = this.timeOf(fields, line);
    if (typeof time !== 'number') return time;
    if (names !== null) this.deliver(fields, source, names, weight, time);
    else if (this.keep(fields, source, target, time)) this.use(source, target, weight, time);
    return null;
  }

  /** One row of several recipients (`--split-targets`): counted once, one tie per delivery kept. */
  private deliver(fields: string[], sender: string, names: string[], weight: number, time: number): void {
    if (this.isFiltered(sender, null, this.relationOf(fields), time)) {
      this.filteredRows++;
      return;
    }
    if (names.length > this.options.maxEventSize) {
      this.deliveries.broadcasts++;
      this.filteredRows++;
      return;
    }
    const { kept, toSender, toRemoved } = sortDeliveries(sender, names, this.removed, this.removedFound);
    this.deliveries.selfDeliveries += toSender;
    if (kept.length === 0) {
      if (toRemoved > 0) this.filteredRows++;
      else this.selfLoop(sender);
      return;
    }
    this.deliveries.deliveries += kept.length;
    for (const name of kept) {
      if (this.options.reverse) this.tie(name, sender, weight, time);
      else this.tie(sender, name, weight, time);
    }
    this.countUsed(time);
  }

  /** The weight cell; an empty cell (or no weight column) is the per-row default of 1. */
  private weightOf(fields: string[]): number | string {
    if (this.columns.weight < 0) return 1;
    const text = cell(fields, this.columns.weight);
    if (text === '') return 1;
    return parseWeight(text, this.decimalComma) ?? this.bad(this.columns.weight, `bad weight ${quoteCell(text, this.ids, this.names[this.columns.weight]!)}: expected a number > 0`);
  }

  /** The timestamp in epoch ms (time-reader.ts); NaN for no time column or an empty cell. */
  private timeOf(fields: string[], line: number): number | string | typeof UNDECIDED {
    if (this.columns.time < 0) return NaN;
    const text = cell(fields, this.columns.time);
    if (text === '') return NaN;
    const time = this.time.read(text, line);
    return typeof time === 'string' ? this.bad(this.columns.time, time) : time;
  }

  /** A problem with the cell of `column`: the message, with the column noted for the rejected row. */
  private bad(column: number, message: string): string {
    this.badColumn = column;
    return message;
  }

  /** Counts the relation, then a filtered row or a self-loop; true when the row is to be used. */
  private keep(fields: string[], source: string, target: string, time: number): boolean {
    if (this.isFiltered(source, target, this.relationOf(fields), time)) {
      this.filteredRows++;
      return false;
    }
    if (source === target) {
      this.selfLoop(source);
      return false;
    }
    return true;
  }

  /** The row's relation (counted), or null without a relation column. */
  private relationOf(fields: string[]): string | null {
    const relation = this.columns.relation < 0 ? null : cell(fields, this.columns.relation) || NO_RELATION;
    if (relation !== null) this.relations.set(relation, (this.relations.get(relation) ?? 0) + 1);
    return relation;
  }

  /** A person seen only in self-loops is kept, as an isolate. */
  private selfLoop(person: string): void {
    this.ties.person(person);
    this.selfLoops++;
  }

  /** `target` is null for a row of several recipients: those are sorted one by one. */
  private isFiltered(source: string, target: string | null, relation: string | null, time: number): boolean {
    const removedSource = this.removed.has(source);
    const removedTarget = target !== null && this.removed.has(target);
    if (removedSource || removedTarget) {
      if (removedSource) this.removedFound.add(source);
      if (removedTarget) this.removedFound.add(target);
      return true;
    }
    if (this.relationFilter !== null && !this.relationFilter.has(relationKey(relation ?? ''))) return true;
    return outsideWindow(time, this.options.since, this.options.until);
  }

  private use(source: string, target: string, weight: number, time: number): void {
    this.tie(source, target, weight, time);
    this.countUsed(time);
  }

  /** One interaction source → target into the ties and, with a time, the timeline. */
  private tie(source: string, target: string, weight: number, time: number): void {
    this.tieAt(this.ties.person(source), this.ties.person(target), weight, time);
  }

  private tieAt(s: number, t: number, weight: number, time: number): void {
    this.batch.push(s, t, weight, time);
    if (!Number.isNaN(time)) this.hasTime = true;
    if (this.batch.full) this.flush();
  }

  private flush(): void {
    const b = this.batch;
    if (b.count === 0) return;
    if (this.onBatch) this.onBatch(b);
    else sumBatch(this.ties, this.timeline, b);
    b.count = 0;
  }

  private countUsed(time: number): void {
    this.rowsUsed++;
    if (Number.isNaN(time) && this.columns.time >= 0) this.rowsWithoutTime++;
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
    const deliveries = this.split === null ? undefined : this.deliveries;
    const time = { dateOrder: this.time.order, clock: this.time.clock(this.isoBytes), unusedColumns: this.unused.names };
    return inputMeta({ file: this.file, encoding: this.encoding, columns, delimiter, counts: this.counts(), relations, deliveries, time });
  }

  private counts(): RowCounts {
    const { rowsRead, rowsUsed, selfLoops, filteredRows } = this;
    return { rowsRead, rowsUsed, skippedRows: this.problems.count, selfLoops, filteredRows };
  }

  private warnings(): string[] {
    const out: string[] = [...this.unused.warnings(this.file)];
    const clock = this.time.clockWarning(this.file, this.isoBytes);
    if (clock !== null) out.push(clock);
    const skipped = this.problems.warning();
    if (skipped !== null) out.push(skipped);
    const { broadcasts } = this.deliveries;
    if (broadcasts > 0) {
      const rows = `${broadcasts} row${broadcasts === 1 ? '' : 's'}`;
      out.push(`${this.file}: ${rows} naming more than ${this.options.maxEventSize} people made no tie (broadcasts; --max-event-size N raises the bound)`);
    }
    if (this.rowsWithoutTime > 0) {
      const rows = `${this.rowsWithoutTime} row${this.rowsWithoutTime === 1 ? '' : 's'}`;
      out.push(`${this.file}: ${rows} without a timestamp: counted in totals, not in activity over time`);
    }
    return out;
  }

  private missingColumn(what: string, aliases: readonly string[], hint: string): never {
    throw new InputError(this.file, `${what}: expected one of ${aliases.join(', ')}${hint}; columns found: ${listColumns(this.names, this.ids)}`);
  }
}

/** Used rows into their ties, then, in row order, into the timeline. */
export function sumBatch(ties: TieAccumulator, timeline: TimelineSink | undefined, b: RowBatch): void {
  ties.addBatch(b);
  if (!timeline) return;
  for (let i = 0; i < b.count; i++) {
    const time = b.time[i]!;
    if (!Number.isNaN(time)) timeline.add(b.source[i]!, b.target[i]!, b.tie[i]!, b.weight[i]!, time);
  }
}

/**
 * The last column, when it is the weight or the time and the delimiter is none of the bytes
 * their readers accept (byteWeight, ByteTimes): a delimiter inside it then fails that reader,
 * and the line goes to the string path, so the cell need not be scanned for delimiters at all —
 * its end is the line break, which indexOf finds faster than a loop. −1 otherwise.
 */
function skippableLastField(lastColumn: number, c: InteractionColumns, delimiter: number): number {
  const ch = String.fromCharCode(delimiter);
  if (lastColumn === c.weight && !'0123456789.,'.includes(ch)) return lastColumn;
  if (lastColumn === c.time && !'0123456789-:Tt .Zz'.includes(ch)) return lastColumn;
  return -1;
}

/** True when `--since/--until` filter out a row at `time` (epoch ms, NaN = no time). */
export function outsideWindow(time: number, since: number | null, until: number | null): boolean {
  if (since === null && until === null) return false;
  // A row without a time cannot be shown to fall inside the window.
  if (Number.isNaN(time)) return true;
  return (since !== null && time < since) || (until !== null && time >= until);
}

/** A cell, trimmed; '' for a missing column or field. */
export function cell(fields: string[], index: number): string {
  return (fields[index] ?? '').trim();
}

function missing(source: string, target: string): string {
  if (source === '' && target === '') return 'missing source and target';
  return source === '' ? 'missing source' : 'missing target';
}

/** Relation values are matched without regard to case or surrounding spaces. */
export function relationKey(value: string): string {
  return value.trim().toLowerCase();
}

export function sortedCounts(counts: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...counts.keys()].sort(compareIds)) out[key] = counts.get(key) ?? 0;
  return out;
}
