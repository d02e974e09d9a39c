/**
 * The words of the workbook that are not column headers, as the workbook looks them up: sheet
 * names, the Summary's section titles and headers, and a one-line explanation of every
 * organization figure, in English and Spanish — each taken from the language's words
 * (render/i18n/en.ts and es.ts, `workbook`). The figures' field names (`org.reciprocity`) are shown beside them untranslated, so
 * a reader can find each one in the JSON report and in `check` rules.
 */
import type { Strings } from '../i18n/en.js';
import { HIERARCHY_FIGURE_KINDS, ORG_FIGURE_KINDS, type HierarchyFigure, type OrgFigure } from '../org-figures.js';
import { bothLanguages, type Kind, type Text } from './fields.js';

export type SheetKey = 'summary' | 'people' | 'groups' | 'mixing' | 'communities' | 'activity' | 'ties' | 'windows' | 'attributes';

/** At most 31 characters, none of `[]:*?/\` (Excel's rules for sheet names). */
export const SHEET_NAMES: Readonly<Record<SheetKey, Text>> = {
  summary: bothLanguages((s) => s.workbook.sheets.summary),
  people: bothLanguages((s) => s.workbook.sheets.people),
  groups: bothLanguages((s) => s.workbook.sheets.groups),
  mixing: bothLanguages((s) => s.workbook.sheets.mixing),
  communities: bothLanguages((s) => s.workbook.sheets.communities),
  activity: bothLanguages((s) => s.workbook.sheets.activity),
  ties: bothLanguages((s) => s.workbook.sheets.ties),
  windows: bothLanguages((s) => s.workbook.sheets.windows),
  attributes: bothLanguages((s) => s.workbook.sheets.attributes),
};

export const SUMMARY_WORDS = {
  organization: bothLanguages((s) => s.workbook.summary.organization),
  figure: bothLanguages((s) => s.workbook.summary.figure),
  field: bothLanguages((s) => s.workbook.summary.field),
  value: bothLanguages((s) => s.workbook.summary.value),
  meaning: bothLanguages((s) => s.workbook.summary.meaning),
  findings: bothLanguages((s) => s.workbook.summary.findings),
  personMeasures: bothLanguages((s) => s.workbook.summary.personMeasures),
  keyPlayers: bothLanguages((s) => s.workbook.summary.keyPlayers),
  reachPlayers: bothLanguages((s) => s.workbook.summary.reachPlayers),
  about: bothLanguages((s) => s.workbook.summary.about),
} as const satisfies Record<string, Text>;

export const MIXING_WORDS = {
  tiesCorner: bothLanguages((s) => s.workbook.mixing.tiesCorner),
  weightCorner: bothLanguages((s) => s.workbook.mixing.weightCorner),
} as const satisfies Record<string, Text>;

export interface FigureLook {
  label: Text;
  meaning: Text;
  kind: Kind;
}

type Figures = Strings['workbook']['figures'];
type ActivityFigures = Strings['workbook']['activityFigures'];

const figure = (field: keyof Figures, kind: Kind): FigureLook => ({
  label: bothLanguages((s) => s.workbook.figures[field].label),
  meaning: bothLanguages((s) => s.workbook.figures[field].meaning),
  kind,
});

const activityFigure = (field: keyof ActivityFigures, kind: Kind): FigureLook => ({
  label: bothLanguages((s) => s.workbook.activityFigures[field].label),
  meaning: bothLanguages((s) => s.workbook.activityFigures[field].meaning),
  kind,
});

/** Every organization figure (docs/metrics.md#organization, docs/metrics.md#resilience), by its field in `org`. */
export const ORG_FIGURES: Readonly<Record<string, FigureLook>> = Object.fromEntries(
  (Object.keys(ORG_FIGURE_KINDS) as OrgFigure[]).map((field) => [field, figure(field, ORG_FIGURE_KINDS[field])]),
);

/** The activity section's own figures (docs/metrics.md#activity). */
export const ACTIVITY_FIGURES: Readonly<Record<'period' | 'periods' | 'trend', FigureLook>> = {
  period: activityFigure('period', 'text'),
  periods: activityFigure('periods', 'integer'),
  trend: activityFigure('trend', 'trend'),
};

/** The reporting line's figures (docs/metrics.md#the-reporting-line), by field of `org.hierarchy`. */
export const HIERARCHY_FIGURES: Readonly<Record<HierarchyFigure, FigureLook>> = Object.fromEntries(
  (Object.keys(HIERARCHY_FIGURE_KINDS) as HierarchyFigure[]).map((key) => [
    key,
    {
      label: bothLanguages((s) => s.workbook.hierarchyFigures[key].label),
      meaning: bothLanguages((s) => s.workbook.hierarchyFigures[key].meaning),
      kind: HIERARCHY_FIGURE_KINDS[key],
    },
  ]),
) as Record<HierarchyFigure, FigureLook>;

/** Columns of the reach players list, by field of a `reachPlayers` entry. */
export const REACH_PLAYER_FIELDS: Readonly<Record<string, { header: Text; kind: Kind }>> = {
  id: { header: bothLanguages((s) => s.workbook.reachPlayerFields.id), kind: 'text' },
  reach: { header: bothLanguages((s) => s.workbook.reachPlayerFields.reach), kind: 'share' },
};

/** Columns of the key players list, by field of a `keyPlayers` entry. */
export const KEY_PLAYER_FIELDS: Readonly<Record<string, { header: Text; kind: Kind }>> = {
  id: { header: bothLanguages((s) => s.workbook.keyPlayerFields.id), kind: 'text' },
  fragmentation: { header: bothLanguages((s) => s.workbook.keyPlayerFields.fragmentation), kind: 'index' },
  distanceFragmentation: { header: bothLanguages((s) => s.workbook.keyPlayerFields.distanceFragmentation), kind: 'index' },
};
