/**
 * Which header column each reader took for which role (`orgnet validate`). The readers report
 * roles by column name (`meta.input.columns`, the people table); each name is matched to the
 * first column of that name not matched yet — how the readers pick among repeated names, too.
 */
import type { InputOptions } from '../options.js';
import type { InputMeta } from '../report/types.js';
import type { PeopleTable } from '../input/types.js';
import type { ColumnCheck, ColumnRole } from './types.js';

type Roles = [ColumnRole, string | null][];

function assign(names: readonly string[], roles: Roles): ColumnCheck[] {
  const out: ColumnCheck[] = names.map((name) => ({ name, role: null }));
  for (const [role, name] of roles) {
    if (name === null) continue;
    const column = out.find((c) => c.role === null && c.name === name);
    if (column) column.role = role;
  }
  return out;
}

/** The interactions header with roles. `--wide`: the first column is the respondent, every other a nomination. */
export function interactionColumns(names: readonly string[], meta: InputMeta, options: InputOptions): ColumnCheck[] {
  if (options.wide) return names.map((name, i) => ({ name, role: i === 0 ? 'source' : 'target' }));
  const c = meta.columns;
  // With --events a weight column is found only to say it is not read: it keeps no role.
  const roles: Roles = options.events
    ? [['event', c.event], ['person', c.person], ['timestamp', c.timestamp], ['relation', c.relation]]
    : [['source', c.source], ['target', c.target], ['weight', c.weight], ['timestamp', c.timestamp], ['relation', c.relation]];
  return assign(names, roles);
}

/** The people header with roles: id, label, group, and the attributes (unnamed and repeated columns are not read). */
export function peopleColumns(names: readonly string[], people: PeopleTable): ColumnCheck[] {
  const roles: Roles = [
    ['id', people.idColumn], ['label', people.labelColumn], ['group', people.groupColumn],
    ...people.attributeColumns.map((a): [ColumnRole, string] => ['attribute', a]),
  ];
  return assign(names, roles);
}

/** A header whose roles are unknown (the reader stopped on it): every column, no role. */
export function plainColumns(names: readonly string[] | null): ColumnCheck[] | null {
  return names === null ? null : names.map((name) => ({ name, role: null }));
}
