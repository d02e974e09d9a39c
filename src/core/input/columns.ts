/**
 * Column detection (SPEC §2.1, §2.2): columns are found by name, trimmed and compared without
 * regard to case or accents (`Área` = `área` = `area`, `Relación` = `relacion`), first through
 * the `--…-col` overrides, then through the aliases in the order SPEC lists them. A column taken
 * by one role is not offered to another. A missing column is an InputError listing what was found.
 */
import { InputError } from '../errors.js';
import type { InputOptions } from '../options.js';

export const SOURCE_ALIASES = ['source', 'from', 'sender', 'giver', 'ego', 'respondent', 'requester', 'origen', 'emisor', 'de', 'remitente'];
export const TARGET_ALIASES = ['target', 'to', 'recipient', 'receiver', 'alter', 'nominee', 'adviser', 'destino', 'receptor', 'para', 'destinatario'];
export const WEIGHT_ALIASES = ['weight', 'count', 'frequency', 'interactions', 'n', 'peso', 'frecuencia', 'cantidad'];
export const TIME_ALIASES = ['timestamp', 'time', 'date', 'datetime', 'sent_at', 'created_at', 'fecha', 'hora'];
export const RELATION_ALIASES = ['relation', 'type', 'channel', 'kind', 'relacion', 'tipo'];
export const PERSON_ID_ALIASES = ['id', 'person', 'name', 'email', 'employee', 'employee_id', 'persona', 'nombre', 'correo', 'empleado'];
/** People-file columns that hold a person's display name (SPEC §2.2 `--label-col`), when they are not the id column. */
export const LABEL_ALIASES = ['name', 'display_name', 'full_name', 'nombre'];
export const GROUP_ALIASES = ['department', 'team', 'area', 'unit', 'departamento', 'equipo', 'área'];
/** `--events` files (SPEC §2.4): the event, and the person who took part in it. */
export const EVENT_ALIASES = [
  'event', 'event_id', 'meeting', 'meeting_id', 'thread', 'thread_id', 'channel', 'project',
  'evento', 'reunion', 'reunión', 'canal', 'proyecto',
];
export const ATTENDEE_ALIASES = [
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

/** How a header name is compared: trimmed, lower case, without accents. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The header for a message: `a, b, c`, or `(none)`. */
export function listColumns(header: readonly string[]): string {
  const names = header.filter((h) => h !== '');
  return names.length === 0 ? '(none)' : names.join(', ');
}

/** Picks columns for one file; `taken` keeps two roles from claiming the same column. */
export class ColumnFinder {
  private readonly names: string[];
  private readonly taken = new Set<number>();

  constructor(
    private readonly header: readonly string[],
    private readonly file: string,
  ) {
    this.names = header.map(normalizeName);
  }

  /** The column named by a flag (`flag NAME`), or an InputError listing the columns. */
  named(name: string, flag: string): number {
    const index = this.names.indexOf(normalizeName(name));
    if (index < 0) {
      throw new InputError(this.file, `${flag} ${JSON.stringify(name)}: no such column; columns found: ${listColumns(this.header)}`);
    }
    if (this.taken.has(index)) {
      throw new InputError(this.file, `${flag} ${JSON.stringify(name)}: column already used for another role`);
    }
    return this.take(index);
  }

  /** The first alias that names a free column, or -1. */
  alias(aliases: readonly string[]): number {
    for (const alias of aliases) {
      const wanted = normalizeName(alias);
      const index = this.names.findIndex((n, i) => n === wanted && !this.taken.has(i));
      if (index >= 0) return this.take(index);
    }
    return -1;
  }

  /** The first free alias; else an InputError naming the role, its aliases, the flag and the columns. */
  required(role: string, aliases: readonly string[], flag?: string): number {
    const index = this.alias(aliases);
    if (index < 0) {
      const hint = flag === undefined ? '' : ` (or ${flag} NAME)`;
      throw new InputError(
        this.file,
        `no ${role} column: expected one of ${aliases.join(', ')}${hint}; columns found: ${listColumns(this.header)}`,
      );
    }
    return index;
  }

  private take(index: number): number {
    this.taken.add(index);
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
 * The columns of an `--events` file (SPEC §2.4). The event column is claimed before the relation
 * column, so `channel` names the event when no other event alias exists, the relation otherwise.
 */
export function detectEventColumns(header: readonly string[], file: string, options: InputOptions): EventColumns {
  const finder = new ColumnFinder(header, file);
  const named = (override: string | undefined, flag: string): number | undefined =>
    override === undefined ? undefined : finder.named(override, flag);
  const event = named(options.eventCol, '--event-col');
  const person = named(options.personCol, '--person-col');
  const time = named(options.timeCol, '--time-col');
  return {
    event: event ?? finder.required('event', EVENT_ALIASES, '--event-col'),
    person: person ?? finder.required('person', ATTENDEE_ALIASES, '--person-col'),
    time: time ?? finder.alias(TIME_ALIASES),
    relation: finder.alias(RELATION_ALIASES),
    weight: finder.alias(WEIGHT_ALIASES),
  };
}

/** The interaction columns of SPEC §2.1: overrides first, so an alias never steals a named column. */
export function detectInteractionColumns(header: readonly string[], file: string, options: InputOptions): InteractionColumns {
  const finder = new ColumnFinder(header, file);
  const named = (override: string | undefined, flag: string): number | undefined =>
    override === undefined ? undefined : finder.named(override, flag);
  const source = named(options.sourceCol, '--source-col');
  const target = named(options.targetCol, '--target-col');
  const weight = named(options.weightCol, '--weight-col');
  const time = named(options.timeCol, '--time-col');
  return {
    source: source ?? finder.required('source', SOURCE_ALIASES, '--source-col'),
    target: target ?? finder.required('target', TARGET_ALIASES, '--target-col'),
    weight: weight ?? finder.alias(WEIGHT_ALIASES),
    time: time ?? finder.alias(TIME_ALIASES),
    relation: finder.alias(RELATION_ALIASES),
  };
}
