/**
 * Reads the people file (SPEC §2.2) with the same CSV rules as the interactions file.
 *
 * The id column is `id` or the first alias present; the group column is `--group-by` or the
 * first group alias present (none: no groups). An empty group cell means no group (`null`).
 * Every other named column is a string attribute. Empty and duplicate ids, and rows with the
 * wrong number of fields, are problems that stop the run with their lines. People named in
 * `--remove` are left out, as if they had left the organization. Columns the attribute rule
 * leaves out (privacy/attributes.ts) are never read into the table; messages name a person
 * through the id mask (their pseudonym with --pseudonymize).
 */
import { ColumnFinder, GROUP_ALIASES, PERSON_ID_ALIASES } from './columns.js';
import { displayName, observed, readCsv, type CsvSink, type Input } from './csv-reader.js';
import type { Encoding } from '../options.js';
import { KEEP_EVERY_ATTRIBUTE, keptAttributes, type AttributeRule } from '../privacy/attributes.js';
import { PLAIN_IDS, type IdMask } from '../privacy/pseudonyms.js';
import { ProblemLog, quoteValue } from './problems.js';
import type { PeopleTable, ReadHooks } from './types.js';

export interface PeopleOptions extends Pick<ReadHooks, 'onProblem' | 'observer'> {
  groupBy?: string | undefined;
  delimiter?: string | undefined;
  remove: string[];
  /** The same --encoding as the interactions file; null = a BOM's, else UTF-8. */
  encoding?: Encoding | null | undefined;
  maxFieldSize?: number | undefined;
  /** Which attribute columns are read (default: all). */
  attributes?: AttributeRule | undefined;
  /** How messages name a person (default: by id). */
  ids?: IdMask | undefined;
}

export async function readPeople(input: Input, file: string, options: PeopleOptions): Promise<PeopleTable> {
  const reader = new PeopleReader(displayName(file), options);
  const { delimiter, encoding, maxFieldSize } = options;
  const csv = await readCsv(input, reader.file, { delimiter, encoding, maxFieldSize }, observed(reader, options.observer));
  return reader.finish(csv.encoding);
}

class PeopleReader implements CsvSink {
  private width = 0;
  private idIndex = -1;
  private groupIndex = -1;
  private attributeIndexes: number[] = [];
  private readonly table: PeopleTable;
  private readonly firstLine = new Map<string, number>();
  private readonly removed: Set<string>;
  private readonly problems: ProblemLog;

  constructor(
    readonly file: string,
    private readonly options: PeopleOptions,
  ) {
    this.table = {
      file, encoding: 'utf8', idColumn: '', groupColumn: null, attributeColumns: [], droppedAttributes: [], ids: [], groups: [], attributes: [], removedFound: [],
    };
    this.removed = new Set(options.remove);
    this.problems = new ProblemLog(file, false, undefined, options.onProblem);
  }

  header(names: string[]): void {
    const finder = new ColumnFinder(names, this.file);
    this.width = names.length;
    this.idIndex = finder.required('id', PERSON_ID_ALIASES);
    const { groupBy } = this.options;
    this.groupIndex = groupBy === undefined ? finder.alias(GROUP_ALIASES) : finder.named(groupBy, '--group-by');
    this.table.idColumn = names[this.idIndex] ?? '';
    this.table.groupColumn = this.groupIndex < 0 ? null : (names[this.groupIndex] ?? null);
    const candidates = attributeIndexes(names, this.idIndex, this.groupIndex);
    const columns = candidates.map((i) => names[i] ?? '');
    const roles = { file: this.file, header: names, idColumn: this.table.idColumn, groupColumn: this.table.groupColumn, attributes: columns };
    const kept = keptAttributes(this.options.attributes ?? KEEP_EVERY_ATTRIBUTE, roles);
    this.attributeIndexes = candidates.filter((_, k) => kept[k]);
    this.table.attributeColumns = columns.filter((_, k) => kept[k]);
    this.table.droppedAttributes = columns.filter((_, k) => !kept[k]);
  }

  record(fields: string[], line: number): void {
    if (fields.length !== this.width) return this.problems.add(line, `expected ${this.width} fields, found ${fields.length}`, undefined);
    const id = (fields[this.idIndex] ?? '').trim();
    if (id === '') return this.problems.add(line, 'missing id', undefined);
    const seen = this.firstLine.get(id);
    if (seen !== undefined) return this.problems.add(line, `duplicate id ${quoteValue((this.options.ids ?? PLAIN_IDS).show(id))} (first on line ${seen})`, undefined);
    this.firstLine.set(id, line);
    if (this.removed.has(id)) {
      this.table.removedFound.push(id);
      return;
    }
    this.table.ids.push(id);
    this.table.groups.push(this.groupIndex < 0 ? null : (fields[this.groupIndex] ?? '').trim() || null);
    this.table.attributes.push(this.attributesOf(fields));
  }

  malformed(line: number, message: string): void {
    this.problems.add(line, message, undefined);
  }

  finish(encoding: Encoding): PeopleTable {
    this.problems.throwIfStrict();
    this.table.encoding = encoding;
    return this.table;
  }

  private attributesOf(fields: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    this.attributeIndexes.forEach((column, k) => {
      out[this.table.attributeColumns[k] ?? ''] = (fields[column] ?? '').trim();
    });
    return out;
  }
}

/** Columns other than id and group that have a name, first occurrence of a repeated name only. */
function attributeIndexes(names: string[], idIndex: number, groupIndex: number): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  names.forEach((name, i) => {
    if (i === idIndex || i === groupIndex || name === '' || seen.has(name)) return;
    seen.add(name);
    out.push(i);
  });
  return out;
}
