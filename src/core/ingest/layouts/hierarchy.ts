/**
 * `--hierarchy FILE` (docs/input.md#the-reporting-line): the reporting line as its own file, one row
 * `person,manager` per person — an HR export, or an edge list `source,target` of who reports to
 * whom. Read with the CSV rules of every input (delimiter, BOM, quoting, encoding detected as the
 * people file's is). The person column is the first named like a person id (`id`, `person`,
 * `employee`…) or a source (`source`, `from`…), else the first column; the manager column the
 * first named like a manager (`manager`, `reports_to`…) or a target, else the second. Other
 * columns (a weight) are ignored. An empty manager cell is the top of the chart. Rows with the
 * wrong number of fields, without a person, or naming a person a second time are bad rows,
 * reported as `FILE:LINE: …` like every input's.
 */
import { InputError } from '../../base/errors.js';
import { displayName, observed, readCsv, type CsvSink, type Input } from '../csv/csv-reader.js';
import type { Encoding } from '../../model/options.js';
import type { HierarchyTable, ReadHooks } from '../../model/ingest.js';
import { PLAIN_IDS } from '../privacy/pseudonyms.js';
import type { IdMask } from '../../model/ingest.js';
import { listColumns, quoteId } from '../privacy/quote.js';
import { ColumnFinder, MANAGER_ALIASES, PERSON_ID_ALIASES, SOURCE_ALIASES, TARGET_ALIASES } from './columns.js';
import { ProblemLog } from './problems.js';

export interface HierarchyReadOptions extends Pick<ReadHooks, 'observer' | 'onProblem'> {
  ids?: IdMask | undefined;
  encoding?: Encoding | null | undefined;
  maxFieldSize?: number | undefined;
}

export async function readHierarchy(input: Input, file: string, options: HierarchyReadOptions = {}): Promise<HierarchyTable> {
  const reader = new HierarchyReader(displayName(file), options.ids ?? PLAIN_IDS, options.onProblem);
  const csv = await readCsv(
    input,
    reader.table.file,
    { encoding: options.encoding ?? null, maxFieldSize: options.maxFieldSize, detectEncoding: true, encodingFlag: '--people-encoding', ids: options.ids },
    observed(reader, options.observer),
  );
  return reader.finish(csv.encoding, csv.encodingDetected);
}

class HierarchyReader implements CsvSink {
  readonly table: HierarchyTable;
  private width = 0;
  private person = 0;
  private manager = 1;
  private readonly problems: ProblemLog;
  private readonly firstLine = new Map<string, number>();

  constructor(
    file: string,
    private readonly ids: IdMask,
    onProblem?: ReadHooks['onProblem'],
  ) {
    this.table = { file, encoding: 'utf8', encodingDetected: false, personColumn: '', managerColumn: '', persons: [], managers: [], lines: [] };
    // With `onProblem` (validate) bad rows are handed over and skipped; otherwise they stop the run.
    this.problems = new ProblemLog(file, false, undefined, onProblem);
  }

  header(names: string[]): void {
    if (names.length < 2) {
      throw new InputError(this.table.file, `expected two columns, person and manager (person,manager); columns found: ${listColumns(names, this.ids)}`);
    }
    const finder = new ColumnFinder(names, this.table.file, this.ids);
    const manager = finder.alias(MANAGER_ALIASES);
    const person = finder.alias(PERSON_ID_ALIASES);
    const source = person >= 0 ? person : finder.alias(SOURCE_ALIASES);
    const target = manager >= 0 ? manager : finder.alias(TARGET_ALIASES);
    this.person = source >= 0 ? source : [0, 1].find((i) => i !== target)!;
    this.manager = target >= 0 ? target : [1, 0, 2].find((i) => i !== this.person && i < names.length)!;
    this.width = names.length;
    this.table.personColumn = names[this.person] ?? '';
    this.table.managerColumn = names[this.manager] ?? '';
  }

  record(fields: string[], line: number): void {
    if (fields.length !== this.width) return this.problems.add(line, `expected ${this.width} fields, found ${fields.length}`, undefined);
    const person = (fields[this.person] ?? '').trim();
    const manager = (fields[this.manager] ?? '').trim();
    if (person === '') return this.problems.add(line, 'missing person', undefined);
    const seen = this.firstLine.get(person);
    if (seen !== undefined) return this.problems.add(line, `${quoteId(person, this.ids)} is listed twice (first on line ${seen}): one manager per person`, undefined);
    this.firstLine.set(person, line);
    this.table.persons.push(person);
    this.table.managers.push(manager === '' ? null : manager);
    this.table.lines.push(line);
  }

  malformed(line: number, message: string): void {
    this.problems.add(line, message, undefined);
  }

  finish(encoding: HierarchyTable['encoding'], encodingDetected: boolean): HierarchyTable {
    this.problems.throwIfStrict();
    return { ...this.table, encoding, encodingDetected };
  }
}
