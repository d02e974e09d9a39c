/** What every section reads: the page's data, the language's words and number formats. */
import type { PageData } from '../render/html/page-data.js';
import { ROLE_ORDER, STATUS_ORDER } from '../render/html/page-data.js';
import { fmtFor, stringsFor, type Fmt, type Strings } from '../render/i18n/index.js';
import type { ActivityStatus, Role } from '../core/model/report.js';
import { personName } from '../render/person-name.js';

export interface Viewer {
  data: PageData;
  t: Strings;
  x: Fmt;
}

export function viewerFor(data: PageData): Viewer {
  return { data, t: stringsFor(data.lang), x: fmtFor(data.lang) };
}

/** How the page names person `i`: their display name, else their id (render/person-name.ts). */
export function nameOf(data: PageData, i: number): string {
  return personName({ id: data.people.id[i]!, label: data.people.label[i] }, 'html');
}

/** id → how the page names that person; an id not on the page is named by itself. */
export function namerOf(data: PageData, indexOf: ReadonlyMap<string, number>): (id: string) => string {
  return (id) => {
    const i = indexOf.get(id);
    return i === undefined ? personName({ id }, 'html') : nameOf(data, i);
  };
}

export function rolesOf(data: PageData, i: number): Role[] {
  return rolesFromBits(data.people.roles[i] ?? 0);
}

/** The roles a column of role bits (page-data.ts ROLE_ORDER) holds. */
export function rolesFromBits(bits: number): Role[] {
  return ROLE_ORDER.filter((_, k) => (bits & (1 << k)) !== 0);
}

export function statusOf(data: PageData, i: number): ActivityStatus | null {
  const code = data.people.status[i];
  return code === null || code === undefined ? null : (STATUS_ORDER[code] ?? null);
}

export function groupOf(data: PageData, i: number): string | null {
  const g = data.people.group[i];
  return g === null || g === undefined ? null : (data.people.groupNames[g] ?? null);
}

/** People indexes by a numeric column, highest first, ties by id order (the columns are in id order). */
export function topBy(values: readonly (number | null)[], n: number): number[] {
  const order: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) order.push(i);
  });
  order.sort((a, b) => values[b]! - values[a]! || a - b);
  return order.slice(0, n);
}
