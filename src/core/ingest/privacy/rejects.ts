/**
 * A rejected row as the `--rejects` file shows it (docs/input.md#bad-input). Without --pseudonymize: the row
 * verbatim. With it, the row's cells are written again with the input's delimiter (quoted as
 * RFC 4180 wants), every cell that names a person replaced by its pseudonym and every other cell
 * kept as it was, so the row can still be fixed by its line number and its other values:
 * - a row of the header's width: its person columns (source and target; each name of a
 *   `--split-targets` cell; the person of an `--events` row; every cell of a `--wide` survey),
 *   and the cell the row was rejected for (a weight or a time that is not one may be an id:
 *   an export with its columns shifted, a file whose weight column holds addresses);
 * - a row of another width, whose cells cannot be told apart: every non-empty cell;
 * - a record that could not be split at all (a quote that never closes): its text, cut at the
 *   delimiter and line breaks, every non-empty piece, without the quotes around it.
 * A pseudonymized cell holds the pseudonym of its trimmed text, the same one the person has in
 * the report when the cell is an id.
 */
import type { IdMask } from '../../model/ingest.js';

export interface RowLayout {
  delimiter: string;
  /** Fields of a well-formed row (the header's width); null: any width is well-formed. */
  width: number | null;
  /** Columns that hold one person id each; `all` for a layout of ids only (`--wide`). */
  idColumns: readonly number[] | 'all';
  /** A column holding several ids, and what separates them (`--split-targets`). */
  split?: { column: number; separator: string } | null;
}

/** `bad`: the column of the cell the row was rejected for, or -1. */
export function rejectedRow(raw: string | undefined, fields: readonly string[] | null, ids: IdMask, layout: RowLayout, bad = -1): string | undefined {
  if (raw === undefined || !ids.active) return raw;
  const { delimiter } = layout;
  const every = (cells: readonly string[]) => join(cells.map((cell) => masked(cell, ids)), delimiter);
  if (fields === null) return every(raw.split(new RegExp(`${escapeRegExp(delimiter)}|\\r\\n|\\n|\\r`)).map(unquoted));
  if (layout.width !== null && fields.length !== layout.width) return every(fields);
  const split = layout.split ?? null;
  const cells = fields.map((cell, column) => {
    if (split !== null && column === split.column) return cell.split(split.separator).map((name) => masked(name, ids)).join(split.separator);
    return layout.idColumns === 'all' || layout.idColumns.includes(column) || column === bad ? masked(cell, ids) : cell;
  });
  return join(cells, delimiter);
}

/** A piece of a record that never closed its quote, without the quotes around it. */
function unquoted(piece: string): string {
  return piece.trim().replace(/^"+|"+$/g, '');
}

function masked(cell: string, ids: IdMask): string {
  const text = cell.trim();
  return text === '' ? cell : ids.show(text);
}

function join(cells: readonly string[], delimiter: string): string {
  return cells.map((cell) => (needsQuotes(cell, delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter);
}

function needsQuotes(cell: string, delimiter: string): boolean {
  return cell.includes(delimiter) || /["\r\n]/.test(cell);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
