/**
 * How a person is named for a reader — the one place it is decided. Every human-facing view
 * (the terminal, Markdown, the HTML page's map labels, card, search and lists, the workbook, the
 * `label` of GEXF, GraphML and graphology JSON) shows a person through `personName`: their
 * display name from the people file (`label`, README "People file") when they have one, else
 * their id. The id stays the key in JSON, CSV and NDJSON, which are data, not views.
 *
 * Views differ only in how the name is made safe where it lands:
 * - `plain`: as it is, for a text cell or an XML attribute that its writer escapes (workbook,
 *   graph exports), and for a sentence that its view escapes whole (Markdown findings);
 * - `terminal`: control characters, bidirectional controls and invisible characters shown as
 *   visible escapes (core/base/printable.ts), so two different names never look the same;
 * - `markdown`: inert in a Markdown table cell or line (markdown-text.ts), its controls escaped
 *   as on the terminal (a sentence that names people is escaped whole, with the same effect);
 * - `html`: for the page's viewer, which puts it in a text node (never markup), isolated: a name
 *   that holds right-to-left letters or a bidirectional control (U+202E, the right-to-left
 *   override) is wrapped in U+2068…U+2069 (core/base/printable.ts `isolated`), so it cannot reorder
 *   the sentence, label or list around it.
 * A name shown escaped cannot reorder anything either: its controls are text.
 * Views that hold only ids (findings, key players, connectors) name people through `personNamer`.
 */
import { mapFindingIds } from '../core/analysis/findings/ids.js';
import type { Finding } from '../core/model/findings.js';
import { md } from './markdown-text.js';
import { isolated } from '../core/base/printable.js';
import { printable } from './printable.js';

export type NameView = 'plain' | 'terminal' | 'markdown' | 'html';

/** Anything that names a person: a report's person row, a page's person, or an id alone. */
export interface Nameable {
  id: string;
  label?: string | null | undefined;
}

export function personName(person: Nameable, view: NameView): string {
  const { label } = person;
  const name = label === null || label === undefined || label.trim() === '' ? person.id : label;
  switch (view) {
    case 'terminal':
      return printable(name);
    case 'markdown':
      return md(name);
    case 'html':
      return isolated(name);
    case 'plain':
      return name;
  }
}

/** id → the person's name as `view` shows it; an id of nobody listed is named by itself. */
export function personNamer(people: readonly Nameable[], view: NameView): (id: string) => string {
  const labelled = new Map<string, Nameable>();
  for (const p of people) if (p.label !== null && p.label !== undefined) labelled.set(p.id, p);
  return (id) => personName(labelled.get(id) ?? { id }, view);
}

/**
 * The finding with every person it names (its subject's people, and each `figures.people[].id`)
 * replaced by their name, for the sentences every view words from it (render/i18n). The finding
 * itself keeps the ids: it is data, and the page finds people on the map by them.
 */
export function namedFinding<F extends Finding>(finding: F, name: (id: string) => string): F {
  return mapFindingIds(finding, name);
}
