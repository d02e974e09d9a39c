/**
 * Replaces the id tables of what was read by their pseudonyms, once, right after reading and
 * before anything sorts, indexes or reports them (see pseudonyms.ts). Readers compare `--remove`
 * against the ids the user typed; from here on the removed people are named by pseudonym too,
 * in `meta.removed`, `meta.options.remove` and the warning about a `--remove` id that matched
 * nobody.
 */
import type { Interactions, PeopleTable } from '../input/types.js';
import type { IdMask } from './pseudonyms.js';

export function pseudonymizeInputs(ids: IdMask, people: PeopleTable | null, interactions: Interactions): void {
  if (!ids.active) return;
  const show = (id: string) => ids.show(id);
  if (people) {
    people.ids = people.ids.map(show);
    people.removedFound = people.removedFound.map(show);
  }
  interactions.ids = interactions.ids.map(show);
  interactions.removedFound = interactions.removedFound.map(show);
}

/** The `--remove` list as outputs name it. */
export function shownRemoved(ids: IdMask, remove: readonly string[]): string[] {
  return remove.map((id) => ids.show(id));
}
