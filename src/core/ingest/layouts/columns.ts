/**
 * Column detection (docs/input.md#interactions-required---reads-standard-input, docs/input.md#people-optional---people-file): columns are found by name, trimmed and compared without
 * regard to case or accents (`Área` = `área` = `area`, `Relación` = `relacion`), first through
 * the `--…-col` overrides, then through the aliases in the order docs/input.md lists them. A column taken
 * by one role is not offered to another. A missing column is an InputError listing what was found.
 */
import { InputError } from '../../base/errors.js';
import { normalizeName } from '../../base/column-name.js';
import type { InputOptions } from '../../model/options.js';
import { listColumns } from '../privacy/quote.js';
import type { IdMask } from '../../model/ingest.js';

export const SOURCE_ALIASES = ['source', 'from', 'sender', 'giver', 'ego', 'respondent', 'requester', 'origen', 'emisor', 'de', 'remitente'];
export const TARGET_ALIASES = ['target', 'to', 'recipient', 'receiver', 'alter', 'nominee', 'adviser', 'destino', 'receptor', 'para', 'destinatario'];
export const WEIGHT_ALIASES = ['weight', 'count', 'frequency', 'interactions', 'n', 'peso', 'frecuencia', 'cantidad'];
export const TIME_ALIASES = ['timestamp', 'time', 'date', 'datetime', 'sent_at', 'created_at', 'fecha', 'hora'];
export const RELATION_ALIASES = ['relation', 'type', 'channel', 'kind', 'relacion', 'tipo'];
export const PERSON_ID_ALIASES = ['id', 'person', 'name', 'email', 'employee', 'employee_id', 'persona', 'nombre', 'correo', 'empleado'];
/** People-file columns that hold a person's display name (docs/input.md#people-optional---people-file `--label-col`), when they are not the id column. */
export const LABEL_ALIASES = ['name', 'display_name', 'full_name', 'nombre'];
/** The people-file column of each person's direct manager (docs/input.md#the-reporting-line). */
export const MANAGER_ALIASES = ['manager', 'reports_to', 'manager_id', 'supervisor', 'jefe', 'responsable'];
export const GROUP_ALIASES = ['department', 'team', 'area', 'unit', 'departamento', 'equipo', 'área'];
/** `--events` files (docs/input.md): the event, and the person who took part in it. */
const EVENT_ALIASES = [
  'event', 'event_id', 'meeting', 'meeting_id', 'thread', 'thread_id', 'channel', 'project',
  'evento', 'reunion', 'reunión', 'canal', 'proyecto',
];
const ATTENDEE_ALIASES = [
  'person', 'attendee', 'participant', 'member', 'email', 'user', 'persona', 'asistente', 'participante', 'miembro', 'correo',
];

/** Column positions in the header; -1 when the optional column is absent. */
export interface InteractionColumns {
  source: number;
  target: number;
  weight: number;
  time: number;
  relation: number;
}


/** Picks columns for one file; `taken` keeps two roles from claiming the same column. */
export class ColumnFinder {
  private readonly names: string[];
  /** The columns taken, each with the flag that named it (null: found by an alias). */
  private readonly taken = new Map<number, string | null>();

  /** `ids`: with --pseudonymize, messages show the column names by their pseudonyms (privacy/quote.ts). */
  constructor(
    private readonly header: readonly string[],
    private readonly file: string,
    private readonly ids: IdMask,
  ) {
    this.names = header.map(normalizeName);
  }

  /** The column named by a flag (`flag NAME`), or an InputError listing the columns. */
  named(name: string, flag: string): number {
    const index = this.names.indexOf(normalizeName(name));
    if (index < 0) {
      throw new InputError(this.file, `${flag} ${JSON.stringify(name)}: no such column; columns found: ${listColumns(this.header, this.ids)}`);
    }
    if (this.taken.has(index)) {
      throw new InputError(this.file, `${flag} ${JSON.stringify(name)}: column already used for another role`);
    }
    return this.take(index, flag);
  }

  /** The first alias that names a free column, or -1. */
  alias(aliases: readonly string[]): number {
    for (const alias of aliases) {
      const wanted = normalizeName(alias);
      const index = this.names.findIndex((n, i) => n === wanted && !this.taken.has(i));
      if (index >= 0) return this.take(index, null);
    }
    return -1;
  }

  /** The first free alias; else an InputError naming the role, its aliases, the flag and the columns. */
  required(role: string, aliases: readonly string[], flag?: string): number {
    const index = this.alias(aliases);
    if (index < 0) {
      const hint = flag === undefined ? '' : ` (or ${flag} NAME)`;
      const takenBy = this.takenByFlag(aliases);
      if (takenBy !== null) {
        // `--time-col source`: the source column exists, but a flag gave it another role.
        const { name, by } = takenBy;
        throw new InputError(this.file, `no ${role} column: the column ${JSON.stringify(name)} is the one ${by} names; give ${by} another column${hint}`);
      }
      throw new InputError(
        this.file,
        `no ${role} column: expected one of ${aliases.join(', ')}${hint}; columns found: ${listColumns(this.header, this.ids)}`,
      );
    }
    return index;
  }

  /** A column one of `aliases` names that a flag has already taken for another role. */
  private takenByFlag(aliases: readonly string[]): { name: string; by: string } | null {
    for (const alias of aliases) {
      const index = this.names.indexOf(normalizeName(alias));
      const by = index < 0 ? null : this.taken.get(index);
      if (by !== undefined && by !== null) return { name: this.header[index]!.trim(), by };
    }
    return null;
  }

  private take(index: number, flag: string | null): number {
    this.taken.set(index, flag);
    return index;
  }
}

/** Column positions of an `--events` file; -1 when the optional column is absent. */
export interface EventColumns {
  event: number;
  person: number;
  time: number;
  relation: number;
  /** A weight column that is there but not read (a warning says so). */
  weight: number;
}

/**
 * The columns of an `--events` file (docs/input.md). The event column is claimed before the relation
 * column, so `channel` names the event when no other event alias exists, the relation otherwise.
 */
export function detectEventColumns(header: readonly string[], file: string, options: InputOptions, ids: IdMask): EventColumns {
  const finder = new ColumnFinder(header, file, ids);
  const named = (override: string | undefined, flag: string): number | undefined =>
    override === undefined ? undefined : finder.named(override, flag);
  const event = named(options.eventCol, '--event-col');
  const person = named(options.personCol, '--person-col');
  const time = options.timeCol === undefined ? undefined : timeColumn(finder, options);
  return {
    event: event ?? finder.required('event', EVENT_ALIASES, '--event-col'),
    person: person ?? finder.required('person', ATTENDEE_ALIASES, '--person-col'),
    time: time ?? timeColumn(finder, options),
    relation: finder.alias(RELATION_ALIASES),
    weight: finder.alias(WEIGHT_ALIASES),
  };
}

/** `--time-col none`: no time is read, whatever the columns are called. */
function timeSwitchedOff(options: Pick<InputOptions, 'timeCol'>): boolean {
  return options.timeCol !== undefined && normalizeName(options.timeCol) === 'none';
}

/** The time column: `--time-col NAME`, none with `--time-col none`, else the first time alias. */
function timeColumn(finder: ColumnFinder, options: InputOptions): number {
  if (timeSwitchedOff(options)) return -1;
  return options.timeCol === undefined ? finder.alias(TIME_ALIASES) : finder.named(options.timeCol, '--time-col');
}

/** The interaction columns of docs/input.md#interactions-required---reads-standard-input: overrides first, so an alias never steals a named column. */
export function detectInteractionColumns(header: readonly string[], file: string, options: InputOptions, ids: IdMask): InteractionColumns {
  const finder = new ColumnFinder(header, file, ids);
  const named = (override: string | undefined, flag: string): number | undefined =>
    override === undefined ? undefined : finder.named(override, flag);
  const source = named(options.sourceCol, '--source-col');
  const target = named(options.targetCol, '--target-col');
  const weight = named(options.weightCol, '--weight-col');
  const time = options.timeCol === undefined ? undefined : timeColumn(finder, options);
  return {
    source: source ?? finder.required('source', SOURCE_ALIASES, '--source-col'),
    target: target ?? finder.required('target', TARGET_ALIASES, '--target-col'),
    weight: weight ?? finder.alias(WEIGHT_ALIASES),
    time: time ?? timeColumn(finder, options),
    relation: finder.alias(RELATION_ALIASES),
  };
}
