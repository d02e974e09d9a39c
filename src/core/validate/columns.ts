/**
 * Which header column each reader took for which role (`orgnet validate`). The readers report
 * roles by column name (`meta.input.columns`, the people table); each name is matched to the
 * first column of that name not matched yet — how the readers pick among repeated names, too.
 */
import type { InputOptions } from '../model/options.js';
import type { InputMeta } from '../model/report.js';
import type { HierarchyTable, PeopleTable } from '../model/ingest.js';
import type { ColumnCheck, ColumnRole } from '../model/validation.js';
import type { IdMask } from '../model/ingest.js';
import { shownNames } from '../ingest/privacy/quote.js';

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

/**
 * The interactions header with roles. `--wide`: the first column is the respondent, every other a
 * nomination; their names do not matter, and a survey exported without a header row has ids there,
 * so with --pseudonymize they are shown by their pseudonyms (ingest/privacy/quote.ts).
 */
export function interactionColumns(names: readonly string[], meta: InputMeta, options: InputOptions, ids: IdMask): ColumnCheck[] {
  if (options.wide) return shownNames(names, ids).map((name, i) => ({ name, role: i === 0 ? 'source' : 'target' }));
  const c = meta.columns;
  // With --events a weight column is found only to say it is not read: it keeps no role.
  const roles: Roles = options.events
    ? [['event', c.event], ['person', c.person], ['timestamp', c.timestamp], ['relation', c.relation]]
    : [['source', c.source], ['target', c.target], ['weight', c.weight], ['timestamp', c.timestamp], ['relation', c.relation]];
  return assign(names, roles);
}

/** The people header with roles: id, label, group, and the attributes (unnamed and repeated columns are not read). */
export function peopleColumns(names: readonly string[], people: PeopleTable, managerRead: boolean): ColumnCheck[] {
  const roles: Roles = [
    ['id', people.idColumn], ['label', people.labelColumn], ['group', people.groupColumn],
    // With --hierarchy the file is the reporting line and this column is not read.
    ...(managerRead ? [['manager', people.managerColumn] as [ColumnRole, string | null]] : []),
    ...people.attributeColumns.map((a): [ColumnRole, string] => ['attribute', a]),
  ];
  return assign(names, roles);
}

/** The `--hierarchy` header: the person and manager columns (others, such as a weight, are not read). */
export function hierarchyColumns(names: readonly string[], table: HierarchyTable, ids: IdMask): ColumnCheck[] {
  return assign(shownNames(names, ids), [['person', table.personColumn], ['manager', table.managerColumn]]);
}

/**
 * A header whose roles are unknown (the reader stopped on it): every column, no role. Often a
 * file without a header row, whose first row of ids was read as the names: with --pseudonymize
 * they are shown by their pseudonyms.
 */
export function plainColumns(names: readonly string[] | null, ids: IdMask): ColumnCheck[] | null {
  return names === null ? null : shownNames(names, ids).map((name) => ({ name, role: null }));
}
