/**
 * Warnings about two sides that were not computed alike. A side from a JSON report keeps the
 * options it was made with, so the two sides may differ in options that change figures; the
 * diff still runs (the user may mean it), but says which options differ.
 *
 * Every option in `meta.options` is compared except those that only say how a file is laid
 * out (delimiter, column names, --wide), how bad rows are handled (--lenient), or that pick
 * the snapshot itself (--since, --until, --remove: comparing two periods, or a network with
 * and without someone, is what diff is for), nor the privacy options (--pseudonymize, its salt's
 * fingerprint, the attribute lists): they change names, not figures, and the diff makes both
 * sides name people alike before comparing. Options added to orgnet later are compared too.
 * The grouping column and how betweenness and closeness were computed (exact, or sampled above
 * a size) are compared as they were resolved.
 */
import type { Report } from '../model/report.js';

const NOT_COMPARED = new Set([
  'since', 'until', 'remove', 'lenient', 'delimiter', 'sourceCol', 'targetCol', 'weightCol', 'timeCol', 'wide',
  // Resolved below: the grouping column actually used, and exact or sampled path metrics.
  'groupBy', 'betweennessSamples', 'exact',
  'pseudonymize', 'saltFingerprint', 'dropAttributes', 'keepAttributes',
]);

/** `minGroupSize` → `--min-group-size`; `relations` is the `--relation` flag. */
function flagOf(key: string): string {
  if (key === 'relations') return '--relation';
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** JSON drops undefined values, so a report read back has no key where the analysis had undefined. */
function shown(value: unknown): string {
  return value === undefined ? 'not set' : JSON.stringify(value);
}

function same(x: unknown, y: unknown): boolean {
  return JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
}

/** How a path metric was computed (`meta.betweenness`, `meta.closeness`), in words. */
function method(report: Report, metric: 'betweenness' | 'closeness'): string {
  const m = report.meta[metric] as Report['meta']['betweenness'] | undefined;
  if (!m) return 'exact';
  return m.method === 'exact' ? 'exact' : `sampled (k ${m.k}, seed ${m.seed})`;
}

export interface NamedReport {
  file: string;
  report: Report;
}

/** What differs, one phrase per option; empty when the sides were computed alike. */
function optionDifferences(before: NamedReport, after: NamedReport): string[] {
  const b = before.report.meta.options;
  const a = after.report.meta.options;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !NOT_COMPARED.has(k)).sort();
  const out = keys.filter((k) => !same(b[k], a[k])).map((k) => `${flagOf(k)} ${shown(b[k])} vs ${shown(a[k])}`);
  const groupsBefore = before.report.meta.people?.groupBy ?? null;
  const groupsAfter = after.report.meta.people?.groupBy ?? null;
  if (groupsBefore !== groupsAfter) out.push(`grouping column ${shown(groupsBefore ?? 'none')} vs ${shown(groupsAfter ?? 'none')}`);
  for (const metric of ['betweenness', 'closeness'] as const) {
    const [b, a] = [method(before.report, metric), method(after.report, metric)];
    if (b !== a) out.push(`${metric} ${b} vs ${a}`);
  }
  return out;
}

export function sideWarnings(before: NamedReport, after: NamedReport, version: string): string[] {
  const warnings: string[] = [];
  const differences = optionDifferences(before, after);
  if (differences.length > 0) {
    warnings.push(
      `${before.file} and ${after.file} were analysed with different options that change figures: ` +
        `${differences.join('; ')}; the changes below mix both effects (analyse both sides alike to compare like with like)`,
    );
  }
  for (const side of [before, after]) {
    const made = side.report.meta.tool.version;
    if (made !== version) {
      warnings.push(`${side.file} was written by orgnet ${made}, this is ${version}: a figure whose definition changed between them shows as a change`);
    }
  }
  return warnings;
}
