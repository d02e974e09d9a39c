/**
 * Every organization figure (docs/metrics.md#organization, docs/metrics.md#resilience) by its field in `org` (the parts of
 * `overload` by their dotted path, as `check` names them), with the kind of number it
 * is (render/xlsx/fields.ts `Kind`), for the views that list them: the workbook's Summary and the
 * HTML page's comparison. Their names and explanations are words (render/i18n/, `workbook.figures`).
 */
import type { Kind } from './xlsx/fields.js';

export const ORG_FIGURE_KINDS = {
  people: 'integer',
  ties: 'integer',
  interactions: 'amount',
  totalWeight: 'amount',
  density: 'index',
  reciprocity: 'share',
  dyadReciprocity: 'share',
  components: 'integer',
  largestComponentShare: 'share',
  isolates: 'integer',
  transitivity: 'index',
  degreeCentralization: 'index',
  eiIndex: 'index',
  eiPValue: 'p',
  'overload.gini': 'index',
  'overload.top1Share': 'share',
  'overload.top5Share': 'share',
  'overload.top20Share': 'share',
  coreSize: 'integer',
  communities: 'integer',
  modularity: 'index',
  groupAlignment: 'index',
  activeShare: 'share',
  cutPoints: 'integer',
  fragmentation: 'index',
  distanceFragmentation: 'index',
} as const satisfies Record<string, Kind>;

export type OrgFigure = keyof typeof ORG_FIGURE_KINDS;

/**
 * The reporting line's figures (docs/metrics.md#the-reporting-line), by their field in
 * `org.hierarchy` — `hierarchy.<field>` in `check` and `diff`. Their words are
 * `workbook.hierarchyFigures`.
 */
export const HIERARCHY_FIGURE_KINDS = {
  people: 'integer',
  managers: 'integer',
  maxDepth: 'integer',
  tiesOnReportingLine: 'share',
} as const satisfies Record<string, Kind>;

export type HierarchyFigure = keyof typeof HIERARCHY_FIGURE_KINDS;

/** `hierarchy.people` → `people`; null for any other field. */
export function hierarchyFigure(field: string): HierarchyFigure | null {
  const key = field.startsWith('hierarchy.') ? field.slice('hierarchy.'.length) : null;
  return key !== null && Object.prototype.hasOwnProperty.call(HIERARCHY_FIGURE_KINDS, key) ? (key as HierarchyFigure) : null;
}

export function isOrgFigure(field: string): field is OrgFigure {
  return Object.prototype.hasOwnProperty.call(ORG_FIGURE_KINDS, field);
}
