/**
 * Survey wide format (docs/input.md#interactions-required---reads-standard-input `--wide`): a row `respondent,name1,name2,…` — the layout most
 * survey tools export — where every non-empty cell after the first is a tie respondent → cell,
 * weight 1. The header row is required, but its names do not matter: the first column is the
 * respondent, every other column a nomination. Rows may be shorter or longer than the header
 * (surveys pad or trim unanswered choices). A respondent who names nobody is still a person,
 * an isolate: silence in a survey is information.
 *
 * Accounting (`meta.input`): the file is read as if each nomination were one row of the long
 * format, so every count keeps its meaning and rowsRead = rowsUsed + skippedRows + selfLoops +
 * filteredRows still holds: a nomination is used, filtered (`--remove`), or a self-nomination;
 * a record without a respondent is one skipped row. Weights, timestamps and relations do not
 * exist here, so `--since/--until` and `--relation` are refused. With `--undirected` ("whom did
 * you work with" surveys) a nomination is a tie without direction: A naming B and B naming A is
 * one tie of weight 2.
 */
import { InputError } from '../../base/errors.js';
import type { Encoding, InputOptions } from '../../model/options.js';
import type { InputMeta } from '../../model/report.js';
import { displayName, observed, readCsv, type CsvSink, type Input } from '../csv/csv-reader.js';
import { inputMeta } from './input-meta.js';
import { PLAIN_IDS } from '../privacy/pseudonyms.js';
import type { IdMask } from '../../model/ingest.js';
import { shownNames } from '../privacy/quote.js';
import { rejectedRow, type RowLayout } from '../privacy/rejects.js';
import { ProblemLog } from './problems.js';
import { TieAccumulator } from '../aggregate/tie-accumulator.js';
import type { Interactions, ReadHooks } from '../../model/ingest.js';

export async function readWideSurvey(input: Input, file: string, options: InputOptions, hooks: ReadHooks = {}): Promise<Interactions> {
  const name = displayName(file);
  if (options.since !== null || options.until !== null || options.relations !== null) {
    throw new InputError(name, '--wide survey files have no timestamp or relation column: --since, --until and --relation do not apply');
  }
  const reader = new WideReader(name, options, hooks);
  const { delimiter, encoding, maxFieldSize } = options;
  const raw = options.lenient && hooks.onReject !== undefined;
  const csv = await readCsv(input, name, { delimiter, raw, encoding, maxFieldSize, ids: hooks.ids }, observed(reader, hooks.observer));
  return reader.finish(csv.delimiter, csv.encoding);
}

class WideReader implements CsvSink {
  private names: string[] = [];
  private readonly ties: TieAccumulator;
  private readonly problems: ProblemLog;
  private readonly removed: Set<string>;
  private readonly removedFound = new Set<string>();
  private rowsRead = 0;
  private rowsUsed = 0;
  private selfLoops = 0;
  private filteredRows = 0;
  // Every cell of a survey row names a person: the respondent, then the people named.
  private layout: RowLayout = { delimiter: ',', width: null, idColumns: 'all' };

  private readonly ids: IdMask;

  constructor(
    private readonly file: string,
    private readonly options: InputOptions,
    hooks: ReadHooks,
  ) {
    this.ids = hooks.ids ?? PLAIN_IDS;
    this.problems = new ProblemLog(file, options.lenient, hooks.onReject, hooks.onProblem);
    this.ties = new TieAccumulator(options.undirected);
    this.removed = new Set(options.remove);
  }

  header(names: string[], delimiter: string): void {
    this.names = names;
    this.layout = { ...this.layout, delimiter };
  }

  record(fields: string[], line: number, raw: string | undefined): void {
    const respondent = (fields[0] ?? '').trim();
    const nominees = fields.slice(1).map((f) => f.trim()).filter((f) => f !== '');
    if (respondent === '') {
      this.rowsRead++;
      this.problems.add(line, 'missing respondent (the first column)', rejectedRow(raw, fields, this.ids, this.layout));
      return;
    }
    this.rowsRead += nominees.length;
    if (this.removed.has(respondent)) {
      this.removedFound.add(respondent);
      this.filteredRows += nominees.length;
      return;
    }
    this.ties.person(respondent);
    for (const nominee of nominees) this.nomination(respondent, nominee);
  }

  malformed(line: number, message: string, raw: string | undefined): void {
    this.rowsRead++;
    this.problems.add(line, message, rejectedRow(raw, null, this.ids, this.layout));
  }

  finish(delimiter: string, encoding: Encoding): Interactions {
    this.problems.throwIfStrict();
    const skipped = this.problems.warning();
    return {
      ids: this.ties.ids,
      ties: this.ties.table(),
      undirected: this.options.undirected,
      hasTime: false,
      interactions: null,
      attended: null,
      meta: this.meta(delimiter, encoding),
      warnings: skipped === null ? [] : [skipped],
      removedFound: [...this.removedFound],
    };
  }

  private nomination(respondent: string, nominee: string): void {
    if (this.removed.has(nominee)) {
      this.removedFound.add(nominee);
      this.filteredRows++;
      return;
    }
    if (nominee === respondent) {
      this.selfLoops++;
      return;
    }
    const [source, target] = this.options.reverse ? [nominee, respondent] : [respondent, nominee];
    this.ties.add(this.ties.person(source), this.ties.person(target), 1, NaN);
    this.rowsUsed++;
  }

  private meta(delimiter: string, encoding: Encoding): InputMeta {
    // The header's names do not matter here, and a survey exported without one has ids there.
    const names = shownNames(this.names, this.ids);
    const columns = { source: names[0] ?? '', target: names.slice(1).join('|') };
    const { rowsRead, rowsUsed, selfLoops, filteredRows } = this;
    const counts = { rowsRead, rowsUsed, skippedRows: this.problems.count, selfLoops, filteredRows };
    return inputMeta({ file: this.file, encoding, columns, delimiter, counts, relations: null });
  }
}
