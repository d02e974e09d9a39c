/**
 * Replaces the id tables of what was read by their pseudonyms, once, right after reading and
 * before anything sorts, indexes or reports them (see pseudonyms.ts). Readers compare `--remove`
 * against the ids the user typed; from here on the removed people are named by pseudonym too,
 * in `meta.removed`, `meta.options.remove` and the warning about a `--remove` id that matched
 * nobody.
 */
import { UsageError } from '../../base/errors.js';
import type { HierarchyTable, Interactions, PeopleTable } from '../../model/ingest.js';
import type { AnalyzeOptions } from '../../model/options.js';
import type { AttributeRule } from './attributes.js';
import { PLAIN_IDS, type Pseudonyms } from './pseudonyms.js';
import type { IdMask } from '../../model/ingest.js';

/** The id mask the options ask for: `pseudonymize` and the pseudonyms go together. */
export function idMaskOf(options: AnalyzeOptions, pseudonyms: Pseudonyms | null | undefined): IdMask {
  if (options.pseudonymize && !pseudonyms) throw new UsageError('--pseudonymize needs a salt: set ORGNET_SALT or add --salt');
  if (!options.pseudonymize && pseudonyms) throw new UsageError('a salt was given without --pseudonymize');
  return pseudonyms ?? PLAIN_IDS;
}

/** Which people-file columns the readers keep (attributes.ts), from the options. */
export function attributeRuleOf(options: AnalyzeOptions): AttributeRule {
  return { pseudonymize: options.pseudonymize, drop: options.dropAttributes, keep: options.keepAttributes };
}

/** The `--hierarchy` file's ids by their pseudonyms. */
export function pseudonymizeHierarchy(ids: IdMask, hierarchy: HierarchyTable | null): void {
  if (!ids.active || hierarchy === null) return;
  hierarchy.persons = hierarchy.persons.map((id) => ids.show(id));
  hierarchy.managers = hierarchy.managers.map((m) => (m === null ? null : ids.show(m)));
}

/** `interactions` is null when that file could not be read (validate still describes the people file). */
export function pseudonymizeInputs(ids: IdMask, people: PeopleTable | null, interactions: Interactions | null): void {
  if (!ids.active) return;
  const show = (id: string) => ids.show(id);
  if (people) {
    people.ids = people.ids.map(show);
    people.managers = people.managers.map((m) => (m === null ? null : show(m)));
    people.removedFound = people.removedFound.map(show);
  }
  if (interactions) {
    interactions.ids = interactions.ids.map(show);
    interactions.removedFound = interactions.removedFound.map(show);
  }
}

/** The `--remove` list as outputs name it. */
export function shownRemoved(ids: IdMask, remove: readonly string[]): string[] {
  return remove.map((id) => ids.show(id));
}
