/**
 * A directed file whose direction says nothing: every pair of people appears one way only, and
 * always from the smaller id to the larger (or always the reverse), by text or by number. That is
 * how contact exports write a pair without a direction (face-to-face sensors, calls, co-authorship):
 * one row per contact, the two ids in a fixed order. Read as directed, such a file has reciprocity 0
 * and "one-way" people by construction, and the findings built on direction would tell a client
 * that knowledge flows one way. Among 20 ties or more, a real directed network orders every pair
 * the same way by chance with odds below one in a million; a warning names the likely cause and
 * the findings that need a direction are not made (docs/reading-the-report.md, findings).
 */
import type { Interactions } from '../../model/ingest.js';

/** Fewer ties than this can be all one way by chance. */
const ORDERED_MIN_TIES = 20;

/** Whether every tie runs one way by the ids' order; false for undirected data or few ties. */
function orderedPairs(interactions: Interactions): boolean {
  const { ties, ids, undirected } = interactions;
  if (undirected || ties.size < ORDERED_MIN_TIES) return false;
  const numbers = ids.map((id) => (/^\s*-?\d+(\.\d+)?\s*$/.test(id) ? Number(id) : NaN));
  let textUp = true;
  let textDown = true;
  let numberUp = true;
  let numberDown = true;
  for (let k = 0; k < ties.size; k++) {
    const s = ties.source[k]!;
    const t = ties.target[k]!;
    const a = ids[s]!;
    const b = ids[t]!;
    if (a < b) textDown = false;
    else textUp = false;
    const x = numbers[s]!;
    const y = numbers[t]!;
    // A non-numeric id rules out the order by number (NaN compares false both ways).
    if (!(x < y)) numberUp = false;
    if (!(x > y)) numberDown = false;
    if (!textUp && !textDown && !numberUp && !numberDown) return false;
  }
  return true;
}

/** What the warning says; no id, so it is the same with pseudonyms. */
function orderedPairsWarning(file: string, ties: number): string {
  return (
    `${file}: each of the ${ties.toLocaleString('en-US')} pairs of people appears in one direction only, always from the smaller id to the larger ` +
    `(or always the reverse) — the way contact exports (sensors, calls, co-authorship) write a pair without a direction; ` +
    `if these rows are contacts, read them with --undirected. Reciprocity is 0 by construction here, so the findings that need ` +
    `a direction (low reciprocity, one-way people, overload, informal leaders) are not made`
  );
}

/** Marks a file whose pairs are ordered by id, with its warning; analyze and validate both call it before pseudonyms. */
export function markOrderedPairs(interactions: Interactions): void {
  if (!orderedPairs(interactions)) return;
  interactions.orderedPairs = true;
  interactions.warnings.push(orderedPairsWarning(interactions.meta.file, interactions.ties.size));
}
