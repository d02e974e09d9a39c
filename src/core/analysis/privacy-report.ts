/**
 * Pseudonyms for a Report read back from JSON (a side of `orgnet diff`), so that a report made
 * without --pseudonymize can be compared, pseudonymized, with one made with it or with an
 * interactions file analysed now. A report says in `meta.options` whether its ids are pseudonyms
 * already (`pseudonymize`) and under which salt (`saltFingerprint`): such a report is never
 * hashed twice, and one made with another salt — whose pseudonyms could never match — is refused.
 */
import { UsageError } from '../base/errors.js';
import { compareIds } from '../base/ids.js';
import { mapFindingIds } from './findings/ids.js';
import type { Report } from '../model/report.js';
import { keepsColumn, keepsLabel, type AttributeRule } from '../ingest/privacy/attributes.js';
import type { Pseudonyms } from '../ingest/privacy/pseudonyms.js';

/** How a report names people: by id, or by the pseudonyms of a salt (null fingerprint: not recorded). */
export type Naming = { kind: 'ids' } | { kind: 'pseudonyms'; fingerprint: string | null };

export function namingOf(report: Report): Naming {
  const options = report.meta.options;
  if (options.pseudonymize !== true) return { kind: 'ids' };
  return { kind: 'pseudonyms', fingerprint: typeof options.saltFingerprint === 'string' ? options.saltFingerprint : null };
}

/**
 * Every person id of the report replaced by its pseudonym — people and their managers, group connectors, key
 * players, the people findings name, `meta.removed` and `meta.options.remove`, and the ids quoted in warnings — with
 * people sorted by pseudonym again, and the attribute columns the rule leaves out dropped (from `attributes` too).
 */
export function pseudonymizeReport(report: Report, pseudonyms: Pseudonyms, rule: AttributeRule): Report {
  const show = (id: string) => pseudonyms.show(id);
  const known = new Set([...report.people.map((p) => p.id), ...report.meta.removed]);
  const keep = (column: string) => keepsColumn(rule, column);
  // Labels name people: left out with the identifying columns (a report of an earlier version has no label column).
  const labelColumn = report.meta.people?.labelColumn ?? null;
  const keepLabel = labelColumn !== null && keepsLabel(rule, labelColumn);
  const people = report.people
    .map((p) => ({ ...p, id: show(p.id), ...(typeof p.manager === 'string' ? { manager: show(p.manager) } : {}), label: keepLabel ? (p.label ?? null) : null, attributes: Object.fromEntries(Object.entries(p.attributes).filter(([column]) => keep(column))) }))
    .sort((a, b) => compareIds(a.id, b.id));
  const { meta } = report;
  const remove = Array.isArray(meta.options.remove) ? meta.options.remove.map((id) => (typeof id === 'string' ? show(id) : id)) : meta.options.remove;
  const peopleMeta = meta.people && {
    ...meta.people,
    labelColumn: keepLabel ? labelColumn : null,
    attributes: meta.people.attributes.filter(keep),
    droppedAttributes: [
      ...(meta.people.droppedAttributes ?? []),
      ...(labelColumn !== null && !keepLabel ? [labelColumn] : []),
      ...meta.people.attributes.filter((column) => !keep(column)),
    ],
  };
  return {
    ...report,
    meta: {
      ...meta,
      options: { ...meta.options, remove, pseudonymize: true, saltFingerprint: pseudonyms.fingerprint, dropAttributes: [...rule.drop], keepAttributes: [...rule.keep] },
      warnings: meta.warnings.map((w) => quotedIds(w, known, show)),
      people: peopleMeta,
      removed: meta.removed.map(show),
    },
    org: { ...report.org, keyPlayers: report.org.keyPlayers.map((k) => ({ ...k, id: show(k.id) })), reachPlayers: report.org.reachPlayers.map((r) => ({ ...r, id: show(r.id) })) },
    people,
    groups: report.groups.map((g) => ({ ...g, connectors: g.connectors.map(show) })),
    // A column left out is left out of --compare-by too: its values (e-mail addresses…) label its groups.
    ...(report.attributes ? { attributes: Object.fromEntries(Object.entries(report.attributes).filter(([column]) => keep(column))) } : {}),
    ...(report.ties ? { ties: pseudonymizedTies(report.ties, show) } : {}),
    // A report of an earlier version has no findings.
    ...(report.findings ? { findings: report.findings.map((f) => mapFindingIds(f, show)) } : {}),
  };
}

/** A `--with-ties` list by pseudonyms, in the order the ties table lists ties (source, then target). */
function pseudonymizedTies(ties: NonNullable<Report['ties']>, show: (id: string) => string): NonNullable<Report['ties']> {
  return ties
    .map((t) => ({ ...t, source: show(t.source), target: show(t.target) }))
    .sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
}

/** Warnings quote the ids they name as JSON strings (`--remove: no person "ana"`): those are replaced. */
function quotedIds(warning: string, known: ReadonlySet<string>, show: (id: string) => string): string {
  return warning.replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => {
    let text: unknown;
    try {
      text = JSON.parse(quoted);
    } catch {
      return quoted;
    }
    return typeof text === 'string' && known.has(text) ? JSON.stringify(show(text)) : quoted;
  });
}

export interface NamedSide {
  file: string;
  report: Report;
  /** A JSON report can be pseudonymized here; an interactions side was analysed with this run's options. */
  fromJson: boolean;
}

/**
 * The reports of both sides of a diff, named alike: with --pseudonymize (`pseudonyms` given) a
 * JSON side by ids is pseudonymized and one by another salt's pseudonyms refused; without it,
 * sides that name people differently — pseudonyms on one, ids on the other, or two salts — are
 * refused, since no person could be matched across them.
 */
export function alignNaming(sides: readonly NamedSide[], pseudonyms: Pseudonyms | null, rule: AttributeRule): Report[] {
  if (pseudonyms) {
    return sides.map((side) => {
      const naming = namingOf(side.report);
      if (naming.kind === 'ids') return side.fromJson ? pseudonymizeReport(side.report, pseudonyms, rule) : side.report;
      if (naming.fingerprint !== null && naming.fingerprint !== pseudonyms.fingerprint) {
        throw new UsageError(`${side.file} was pseudonymized with another salt: its pseudonyms cannot match this run's; give the salt it was made with`);
      }
      return side.report;
    });
  }
  const [first, second] = sides.map((side) => ({ side, naming: namingOf(side.report) }));
  if (first && second) {
    const pseudonymized = [first, second].find((s) => s.naming.kind === 'pseudonyms');
    const plain = [first, second].find((s) => s.naming.kind === 'ids');
    if (pseudonymized && plain) {
      throw new UsageError(
        `${pseudonymized.side.file} names people by pseudonyms and ${plain.side.file} by their ids, so nobody would match: ` +
          `add --pseudonymize with the salt ${pseudonymized.side.file} was made with (--salt or ORGNET_SALT)`,
      );
    }
    const [a, b] = [fingerprintOf(first.naming), fingerprintOf(second.naming)];
    if (a !== null && b !== null && a !== b) {
      throw new UsageError(`${first.side.file} and ${second.side.file} were pseudonymized with different salts: their pseudonyms cannot match`);
    }
  }
  return sides.map((side) => side.report);
}

const fingerprintOf = (naming: Naming): string | null => (naming.kind === 'pseudonyms' ? naming.fingerprint : null);
