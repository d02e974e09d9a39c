/**
 * Person fields by dotted name (`pagerank`, `activity.trend`, `brokerage.liaison`), for
 * `--sort` and anything else that names a field from the command line.
 */
import type { PersonRow } from '../core/model/report.js';

export const SORTABLE_PERSON_FIELDS = [
  'inDegree', 'outDegree', 'inStrength', 'outStrength', 'degreeCentrality', 'betweenness', 'closeness',
  'pagerank', 'sourcePagerank', 'coreNumber', 'reciprocity', 'giveTakeRatio', 'constraint', 'effectiveSize', 'externalShare', 'dependents',
  'brokerage.coordinator', 'brokerage.itinerant', 'brokerage.gatekeeper', 'brokerage.representative',
  'brokerage.liaison', 'activity.interactions', 'activity.activePeriods', 'activity.activityRate', 'activity.trend',
] as const;

export function personValue(person: PersonRow, field: string): unknown {
  let value: unknown = person;
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[part];
  }
  return value ?? null;
}
