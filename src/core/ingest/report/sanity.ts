/**
 * What a report orgnet wrote always holds beyond its JSON Schema, checked on a report read back
 * (`diff`, `--compare`): every number finite, each person and each group listed once, and the
 * organization's counts those of the lists. A file that breaks one was made or changed by hand —
 * `org.people: 1e308`, a person twice — and comparing it would report nonsense (or overflow), so
 * it is refused as not a report orgnet wrote. Messages quote no id: the side may be by ids while
 * the run pseudonymizes.
 */
import type { Report } from '../../model/report.js';

export interface Insanity {
  /** JSON Pointer of the value at fault. */
  pointer: string;
  message: string;
}

/** The first number that is not finite (JSON writes 1e309, which reads as Infinity), walking without recursion. */
function nonFinite(json: unknown): string | null {
  const stack: [unknown, string][] = [[json, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) return pointer;
    if (value === null || typeof value !== 'object') continue;
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (let k = entries.length - 1; k >= 0; k--) stack.push([entries[k]![1], `${pointer}/${entries[k]![0].replace(/~/g, '~0').replace(/\//g, '~1')}`]);
  }
  return null;
}

/** The index of the second entry with a key already seen, or -1. */
function repeated<T>(rows: readonly T[], key: (row: T) => string): [number, number] | null {
  const first = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const k = key(rows[i]!);
    const seen = first.get(k);
    if (seen !== undefined) return [seen, i];
    first.set(k, i);
  }
  return null;
}

export function insanity(report: Report): Insanity | null {
  const bad = nonFinite(report);
  if (bad !== null) return { pointer: bad, message: `${bad} is a number too large to be a figure (beyond 1.8e308)` };
  const person = repeated(report.people, (p) => p.id);
  if (person !== null) return { pointer: `/people/${person[1]}/id`, message: `people ${person[0]} and ${person[1]} have the same id` };
  const group = repeated(report.groups, (g) => g.group);
  if (group !== null) return { pointer: `/groups/${group[1]}/group`, message: `groups ${group[0]} and ${group[1]} have the same name` };
  const n = report.people.length;
  if (report.org.people !== n) return { pointer: '/org/people', message: `/org/people is ${report.org.people}, but the report lists ${n} people` };
  if (report.org.ties > n * (n - 1)) return { pointer: '/org/ties', message: `/org/ties is ${report.org.ties}, more than ${n} people can have` };
  return report.ties === undefined ? null : tiesInsanity(report, report.ties);
}

/** A `--with-ties` list: each tie once, between two listed people, as many as `org.ties`. */
function tiesInsanity(report: Report, ties: NonNullable<Report['ties']>): Insanity | null {
  const people = new Set(report.people.map((p) => p.id));
  const stray = ties.findIndex((t) => !people.has(t.source) || !people.has(t.target) || t.source === t.target);
  if (stray >= 0) return { pointer: `/ties/${stray}`, message: `tie ${stray} does not join two different people of the report` };
  const twice = repeated(ties, (t) => JSON.stringify([t.source, t.target]));
  if (twice !== null) return { pointer: `/ties/${twice[1]}`, message: `ties ${twice[0]} and ${twice[1]} join the same people` };
  if (ties.length !== report.org.ties) return { pointer: '/ties', message: `the report lists ${ties.length} ties, but /org/ties is ${report.org.ties}` };
  return null;
}
