/**
 * What a message may show of a file's contents. Messages quote what they found — a cell that is
 * not a number, the header that has no source column, the bytes before an invalid one — so that
 * the user can find it and fix it. With `--pseudonymize`, any of these can be someone's id: an
 * export whose weight column holds e-mail addresses, a file without a header row (its first row
 * of ids read as the column names), a name cut by an invalid byte. So every message that quotes
 * a cell, a header or bytes goes through here, and with ids masked:
 * - a cell is not quoted; the message names its column instead (and FILE:LINE gives its line);
 * - a column name is shown by its pseudonym — the person's own when the "header" was a row of ids;
 * - bytes are not shown.
 * The messages travel to stderr, `meta.warnings`, every view that lists warnings, `validate`'s
 * output and the `--rejects` reasons, so this is the one place that decides for all of them.
 */
import type { IdMask } from '../../model/ingest.js';

/** A cell quoted for a message: escaped, and cut short so the message stays on one line. */
function quoteValue(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * A cell of the file in a message: `"lots"` — or, with ids masked, `in column "weight"`, where
 * `column` is the name of the column the reader found it in (a name it recognised, or one the
 * user gave with a flag: never a cell).
 */
export function quoteCell(text: string, ids: IdMask, column: string): string {
  return ids.active ? `in column ${JSON.stringify(column)}` : quoteValue(text);
}

/** A person's id in a message (a duplicate in the people file): quoted, as its pseudonym when masked. */
export function quoteId(id: string, ids: IdMask): string {
  return quoteValue(ids.show(id));
}

/** Column names as a message or `validate` shows them: as they are, or their pseudonyms when masked. */
export function shownNames(header: readonly string[], ids: IdMask): string[] {
  return ids.active ? header.map((name) => (name.trim() === '' ? name : ids.show(name.trim()))) : [...header];
}

/** The header for a message: `a, b, c`, or `(none)` (pseudonyms when masked: see above). */
export function listColumns(header: readonly string[], ids: IdMask): string {
  const names = shownNames(header, ids).filter((h) => h !== '');
  return names.length === 0 ? '(none)' : names.join(', ');
}

/** Text read just before a problem (the start of a line before an invalid byte): quoted, or nothing when masked. */
export function quoteBytes(text: string, ids: IdMask): string | null {
  return ids.active || text === '' ? null : JSON.stringify(text);
}
