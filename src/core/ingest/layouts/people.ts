/**
 * Reads the people file (docs/input.md#people-optional---people-file) with the same CSV rules as the interactions file.
 *
 * Reading and choosing are two steps, because the id column is chosen by what it holds: among
 * the columns an id alias names (or the one `--id-col` names), the one whose values match the
 * most interaction ids (people-match.ts), and the interactions are read meanwhile, on another
 * thread when the file is large. So the reader keeps every row's cells, and `choosePeople` makes
 * the table once the interaction ids are known. The group column is `--group-by` or the first
 * group alias; an empty group cell means no group (`null`). Rows with the wrong number of fields
 * are problems found while reading; empty and duplicate ids too when only one column can hold the
 * ids (so a broken people file is still reported before the interactions are read), else once the
 * id column is chosen.
 *
 * The encoding is `--people-encoding`, else a byte-order mark's, else UTF-8 when the start of the
 * file is valid UTF-8 and windows-1252 when it is not: an HR export from Excel and a chat export
 * from a web tool come in different encodings, and each file is read in its own.
 */
import { ColumnFinder, GROUP_ALIASES, MANAGER_ALIASES, PERSON_ID_ALIASES } from './columns.js';
import { normalizeName } from '../../base/column-name.js';
import { PLAIN_IDS } from '../privacy/pseudonyms.js';
import { listColumns } from '../privacy/quote.js';
import { displayName, observed, readCsv, type CsvSink, type Input } from '../csv/csv-reader.js';
import { InputError } from '../../base/errors.js';
import type { Encoding } from '../../model/options.js';
import { checkIds, choosePeople, type ChooseOptions } from './people-match.js';
import { ProblemLog } from './problems.js';
import type { PeopleRows, PeopleTable, ReadHooks } from '../../model/ingest.js';

export interface PeopleReadOptions extends Pick<ReadHooks, 'onProblem' | 'observer' | 'ids'> {
  groupBy?: string | undefined;
  /** `--id-col`: the id column, instead of the one chosen by its values. */
  idCol?: string | undefined;
  /** `--label-col`: the display-name column, which is then no id column. */
  labelCol?: string | undefined;
  /** `--manager-col`: the column of each person's manager, instead of a manager alias. */
  managerCol?: string | undefined;
  delimiter?: string | undefined;
  /** `--people-encoding`; null = a BOM's, else detected (UTF-8 or windows-1252). */
  encoding?: Encoding | null | undefined;
  maxFieldSize?: number | undefined;
}

export type PeopleOptions = PeopleReadOptions & ChooseOptions;

/** Reads the file and makes the table at once, matching `interactionIds` when given (tests, simple callers). */
export async function readPeople(input: Input, file: string, options: PeopleOptions): Promise<PeopleTable> {
  return choosePeople(await readPeopleRows(input, file, options), options);
}

export async function readPeopleRows(input: Input, file: string, options: PeopleReadOptions): Promise<PeopleRows> {
  const reader = new PeopleReader(displayName(file), options);
  const { delimiter, encoding, maxFieldSize } = options;
  const csv = await readCsv(
    input,
    reader.file,
    { delimiter, encoding, maxFieldSize, detectEncoding: true, encodingFlag: '--people-encoding', ids: options.ids },
    observed(reader, options.observer),
  );
  return reader.finish(csv.encoding, csv.encodingDetected);
}

class PeopleReader implements CsvSink {
  private width = 0;
  private readonly rows: PeopleRows;
  private readonly problems: ProblemLog;

  constructor(
    readonly file: string,
    private readonly options: PeopleReadOptions,
  ) {
    this.rows = {
      file, encoding: 'utf8', encodingDetected: false, header: [], idCandidates: [], idGiven: false, labelIndex: -1, groupIndex: -1, managerIndex: -1, cells: [], lines: [], checked: null,
    };
    this.problems = new ProblemLog(file, false, undefined, options.onProblem);
  }

  header(names: string[]): void {
    const finder = new ColumnFinder(names, this.file, this.options.ids ?? PLAIN_IDS);
    const { groupBy, idCol, labelCol, managerCol } = this.options;
    this.width = names.length;
    this.rows.header = names;
    this.rows.groupIndex = groupBy === undefined ? finder.alias(GROUP_ALIASES) : finder.named(groupBy, '--group-by');
    this.rows.labelIndex = labelCol === undefined ? -1 : finder.named(labelCol, '--label-col');
    this.rows.managerIndex = managerCol === undefined ? finder.alias(MANAGER_ALIASES) : finder.named(managerCol, '--manager-col');
    this.rows.idGiven = idCol !== undefined;
    this.rows.idCandidates = idCol !== undefined ? [finder.named(idCol, '--id-col')] : idCandidates(names, [this.rows.groupIndex, this.rows.labelIndex, this.rows.managerIndex]);
    if (this.rows.idCandidates.length === 0) {
      throw new InputError(this.file, `no id column: expected one of ${PERSON_ID_ALIASES.join(', ')} (or --id-col NAME); columns found: ${listColumns(names, this.options.ids ?? PLAIN_IDS)}`);
    }
  }

  record(fields: string[], line: number): void {
    if (fields.length !== this.width) return this.problems.add(line, `expected ${this.width} fields, found ${fields.length}`, undefined);
    this.rows.cells.push(fields.map((f) => f.trim()));
    this.rows.lines.push(line);
  }

  malformed(line: number, message: string): void {
    this.problems.add(line, message, undefined);
  }

  finish(encoding: Encoding, detected: boolean): PeopleRows {
    const only = this.rows.idCandidates.length === 1 ? this.rows.idCandidates[0]! : -1;
    if (only >= 0) this.rows.checked = checkIds(this.rows, only, null, this.problems, this.options.ids);
    this.problems.throwIfStrict();
    this.rows.encoding = encoding;
    this.rows.encodingDetected = detected;
    return this.rows;
  }
}

/** The columns an id alias names, in alias order (the order that breaks ties), none taken by another role. */
function idCandidates(names: readonly string[], taken: readonly number[]): number[] {
  const normalized = names.map(normalizeName);
  const out: number[] = [];
  for (const alias of PERSON_ID_ALIASES) {
    normalized.forEach((name, i) => {
      if (name === normalizeName(alias) && !taken.includes(i) && !out.includes(i)) out.push(i);
    });
  }
  return out;
}
