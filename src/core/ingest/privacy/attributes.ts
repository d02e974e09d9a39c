/**
 * Which people-file columns reach the outputs (docs/outputs.md `--pseudonymize`). Pseudonyms are of
 * little use while a `name` or `email` column still says who is who, so with --pseudonymize the
 * columns that identify someone — `name`, `email`, `nombre`, `correo`, matched as column aliases
 * are (trimmed, case and accents ignored) — are left out, and so is any column named in
 * `--drop-attributes` (with or without --pseudonymize); `--keep-attributes` names the
 * identifying columns to keep after all.
 *
 * A name in either list must be an attribute column of the file: a misspelt `--drop-attributes`
 * would otherwise let the column it meant through, unnoticed. The id column is not an attribute
 * (its values are the ids, pseudonymized as such) and neither is the grouping column (group
 * names are not person ids and are kept); naming either is refused with the reason.
 */
import { InputError } from '../../base/errors.js';
import { normalizeName } from '../../base/column-name.js';
import { listColumns } from './quote.js';
import type { IdMask } from '../../model/ingest.js';

const IDENTIFYING_COLUMNS: readonly string[] = ['name', 'email', 'nombre', 'correo'];

export interface AttributeRule {
  pseudonymize: boolean;
  /** `--drop-attributes`: columns left out. */
  drop: readonly string[];
  /** `--keep-attributes`: identifying columns kept with --pseudonymize. */
  keep: readonly string[];
}

export const KEEP_EVERY_ATTRIBUTE: AttributeRule = { pseudonymize: false, drop: [], keep: [] };

/** Whether a column of this name is written, under the rule (names compared as aliases are). */
export function keepsColumn(rule: AttributeRule, column: string): boolean {
  const name = normalizeName(column);
  const named = (list: readonly string[]) => list.some((n) => normalizeName(n) === name);
  if (named(rule.keep)) return true;
  if (named(rule.drop)) return false;
  return !(rule.pseudonymize && IDENTIFYING_COLUMNS.includes(name));
}

/**
 * Whether the display-name column (docs/input.md#people-optional---people-file `label`) is written: labels name people, so with
 * --pseudonymize they are left out whatever their column is called, unless `--keep-attributes`
 * names it; `--drop-attributes` can leave them out without --pseudonymize.
 */
export function keepsLabel(rule: AttributeRule, column: string): boolean {
  const name = normalizeName(column);
  const named = (list: readonly string[]) => list.some((n) => normalizeName(n) === name);
  if (named(rule.keep)) return true;
  if (named(rule.drop)) return false;
  return !rule.pseudonymize;
}

export interface HeaderRoles {
  file: string;
  /** With --pseudonymize, a message shows the column names by their pseudonyms (quote.ts). */
  ids: IdMask;
  header: readonly string[];
  idColumn: string;
  groupColumn: string | null;
  /** The display-name column, which the lists may name too. */
  labelColumn?: string | null;
  /** The attribute columns, in file order. */
  attributes: readonly string[];
}

/** The attribute columns written, in file order; every name in the lists checked first. */
export function keptAttributes(rule: AttributeRule, roles: HeaderRoles): boolean[] {
  checkNamed(rule.drop, '--drop-attributes', roles);
  checkNamed(rule.keep, '--keep-attributes', roles);
  return roles.attributes.map((column) => keepsColumn(rule, column));
}

function checkNamed(names: readonly string[], flag: string, roles: HeaderRoles): void {
  const { file, idColumn, groupColumn, attributes, labelColumn } = roles;
  for (const name of names) {
    const wanted = normalizeName(name);
    if (attributes.some((column) => normalizeName(column) === wanted)) continue;
    if (labelColumn !== null && labelColumn !== undefined && normalizeName(labelColumn) === wanted) continue;
    const shown = `${flag} ${JSON.stringify(name)}`;
    if (normalizeName(idColumn) === wanted) {
      throw new InputError(file, `${shown}: is the id column; its values are the people's ids${flag === '--drop-attributes' ? ', which --pseudonymize replaces by pseudonyms' : ''}`);
    }
    if (groupColumn !== null && normalizeName(groupColumn) === wanted) {
      throw new InputError(file, `${shown}: is the grouping column; group names are kept (--group-by picks another column)`);
    }
    throw new InputError(file, `${shown}: no such column; columns found: ${listColumns(roles.header, roles.ids)}`);
  }
}
