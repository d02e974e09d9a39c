/**
 * Several recipients in one target cell (docs/input.md `--split-targets SEP`), the way e-mail
 * exports write a To field: `"ana@x.com; luis@x.com"`. Each distinct, trimmed, non-empty name is
 * one delivery sender → name carrying the row's weight.
 *
 * A row's deliveries are sorted into three kinds, so the reader can count the row once:
 * kept; to the sender (dropped, `meta.input.selfDeliveries`); to a person named in `--remove`
 * (dropped: they have left). Whether a row is a broadcast (more distinct names than
 * `--max-event-size`) is decided on the cell as written, before anything is dropped: the size of
 * a mailing is a property of the message, not of who is analysed.
 */

/** The distinct, trimmed, non-empty names of a target cell, in the order they first appear. */
export function splitNames(cell: string, separator: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const part of cell.split(separator)) {
    const name = part.trim();
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}

export interface RowDeliveries {
  /** Recipients that make a tie. */
  kept: string[];
  /** Deliveries to the sender. */
  toSender: number;
  /** Deliveries to people named in `--remove`. */
  toRemoved: number;
}

/** Sorts a row's deliveries; the removed ids met are added to `found` (for the `--remove` warning). */
export function sortDeliveries(sender: string, names: readonly string[], removed: ReadonlySet<string>, found: Set<string>): RowDeliveries {
  const out: RowDeliveries = { kept: [], toSender: 0, toRemoved: 0 };
  for (const name of names) {
    if (removed.has(name)) {
      found.add(name);
      out.toRemoved++;
    } else if (name === sender) out.toSender++;
    else out.kept.push(name);
  }
  return out;
}
