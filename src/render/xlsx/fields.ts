/**
 * How each column of each table appears in the workbook: its header in English and Spanish
 * (`--lang`), and its kind, which decides the number format (shares as percentages,
 * centralities with 4 decimals, dates as dates). The column keys and their order come from
 * render/columns.ts, shared with CSV; this file only says how a key looks in a spreadsheet.
 * Values (ids, group names) are data and are never translated; a Spanish workbook shows statuses
 * and roles in Spanish (tables.ts).
 */
import type { Lang, TableName } from '../context.js';

export type Text = Readonly<Record<Lang, string>>;

/**
 * text: a string cell with the Text format (`@`); integer: a count; amount: a weight or a sum
 * of weights, whole or not; share: a proportion 0–1 shown as a percentage; density: a small
 * proportion, two more decimals; centrality: 4 decimals; index: 3 decimals (E-I, modularity,
 * constraint); decimal: 2 decimals; trend: a relative change shown as a signed percentage;
 * date / datetime: a real spreadsheet date (UTC); boolean: TRUE / FALSE.
 */
export type Kind =
  | 'text' | 'integer' | 'amount' | 'share' | 'density' | 'centrality' | 'index' | 'decimal'
  | 'trend' | 'date' | 'datetime' | 'boolean';

export interface FieldLook {
  header: Text;
  kind: Kind;
}

const look = (en: string, es: string, kind: Kind): FieldLook => ({ header: { en, es }, kind });

const PEOPLE: Record<string, FieldLook> = {
  id: look('Person', 'Persona', 'text'),
  label: look('Name', 'Nombre', 'text'),
  group: look('Group', 'Grupo', 'text'),
  inDegree: look('In-degree', 'Grado de entrada', 'integer'),
  outDegree: look('Out-degree', 'Grado de salida', 'integer'),
  inStrength: look('In-strength', 'Fuerza de entrada', 'amount'),
  outStrength: look('Out-strength', 'Fuerza de salida', 'amount'),
  degreeCentrality: look('Degree centrality', 'Centralidad de grado', 'centrality'),
  betweenness: look('Betweenness', 'Intermediación', 'centrality'),
  closeness: look('Closeness', 'Cercanía', 'centrality'),
  pagerank: look('PageRank', 'PageRank', 'centrality'),
  sourcePagerank: look('Go-to score', 'Índice de referente', 'centrality'),
  reciprocity: look('Reciprocity', 'Reciprocidad', 'share'),
  giveTakeRatio: look('Give/take ratio', 'Razón dar/recibir', 'share'),
  constraint: look('Constraint', 'Restricción', 'index'),
  effectiveSize: look('Effective size', 'Tamaño efectivo', 'decimal'),
  externalShare: look('External share', 'Proporción externa', 'share'),
  'brokerage.coordinator': look('Brokerage: coordinator', 'Brokerage: coordinador', 'integer'),
  'brokerage.itinerant': look('Brokerage: itinerant', 'Brokerage: itinerante', 'integer'),
  'brokerage.gatekeeper': look('Brokerage: gatekeeper', 'Brokerage: guardián', 'integer'),
  'brokerage.representative': look('Brokerage: representative', 'Brokerage: representante', 'integer'),
  'brokerage.liaison': look('Brokerage: liaison', 'Brokerage: enlace', 'integer'),
  cutPoint: look('Cut point', 'Punto de corte', 'boolean'),
  dependents: look('Dependents', 'Dependientes', 'integer'),
  community: look('Community', 'Comunidad', 'integer'),
  roles: look('Roles', 'Roles', 'text'),
  'activity.interactions': look('Interactions', 'Interacciones', 'amount'),
  'activity.activePeriods': look('Active periods', 'Períodos activos', 'integer'),
  'activity.activityRate': look('Activity rate', 'Tasa de actividad', 'share'),
  'activity.firstSeen': look('First seen', 'Primera actividad', 'date'),
  'activity.lastSeen': look('Last seen', 'Última actividad', 'date'),
  'activity.trend': look('Trend', 'Tendencia', 'trend'),
  'activity.status': look('Status', 'Estado', 'text'),
};

const GROUPS: Record<string, FieldLook> = {
  group: look('Group', 'Grupo', 'text'),
  size: look('Size', 'Tamaño', 'integer'),
  internalTies: look('Internal ties', 'Vínculos internos', 'integer'),
  externalTies: look('External ties', 'Vínculos externos', 'integer'),
  eiIndex: look('E-I index', 'Índice E-I', 'index'),
  eiPValue: look('E-I p-value', 'Valor p del E-I', 'index'),
  internalShare: look('Ties inside', 'Vínculos dentro', 'share'),
  density: look('Density', 'Densidad', 'density'),
  reciprocity: look('Reciprocity', 'Reciprocidad', 'share'),
  activityRate: look('Activity rate', 'Tasa de actividad', 'share'),
  connectors: look('Connectors', 'Conectores', 'text'),
};

const COMMUNITIES: Record<string, FieldLook> = {
  id: look('Community', 'Comunidad', 'integer'),
  size: look('Size', 'Tamaño', 'integer'),
  dominantGroup: look('Dominant group', 'Grupo dominante', 'text'),
  dominantShare: look('Dominant share', 'Proporción dominante', 'share'),
  groups: look('Members per group', 'Miembros por grupo', 'text'),
};

const ACTIVITY: Record<string, FieldLook> = {
  period: look('Period', 'Período', 'text'),
  start: look('Start', 'Inicio', 'date'),
  coverage: look('Coverage', 'Cobertura', 'share'),
  interactions: look('Interactions', 'Interacciones', 'amount'),
  activePeople: look('Active people', 'Personas activas', 'integer'),
  newTies: look('New ties', 'Vínculos nuevos', 'integer'),
  reciprocity: look('Reciprocity', 'Reciprocidad', 'share'),
};

const TIES: Record<string, FieldLook> = {
  source: look('Source', 'Origen', 'text'),
  target: look('Target', 'Destino', 'text'),
  weight: look('Weight', 'Peso', 'amount'),
  count: look('Interactions', 'Interacciones', 'integer'),
  first: look('First', 'Primera', 'datetime'),
  last: look('Last', 'Última', 'datetime'),
};

const MIXING: Record<string, FieldLook> = {
  from: look('From group', 'Del grupo', 'text'),
  to: look('To group', 'Al grupo', 'text'),
  ties: look('Ties', 'Vínculos', 'integer'),
  weight: look('Weight', 'Peso', 'amount'),
};

export const FIELD_LOOKS: Readonly<Record<TableName, Readonly<Record<string, FieldLook>>>> = {
  people: PEOPLE,
  groups: GROUPS,
  communities: COMMUNITIES,
  activity: ACTIVITY,
  ties: TIES,
  mixing: MIXING,
};

/**
 * The look of a column key. People-file attributes are headed by their own column name, and
 * the communities' per-group counts by the group's name: both are the user's words. A key
 * this table does not know (a field added to the Report later) keeps its key as header and a
 * kind taken from its first value, so the workbook never drops a column.
 */
export function fieldLook(table: TableName, key: string, sample: unknown): FieldLook {
  const known = FIELD_LOOKS[table][key];
  if (known) return known;
  if (table === 'people' && key.startsWith('attributes.')) return same(key.slice('attributes.'.length), 'text');
  if (table === 'communities' && key.startsWith('groups.')) return same(key.slice('groups.'.length), 'integer');
  return same(key, typeof sample === 'number' ? 'amount' : typeof sample === 'boolean' ? 'boolean' : 'text');
}

const same = (header: string, kind: Kind): FieldLook => ({ header: { en: header, es: header }, kind });
