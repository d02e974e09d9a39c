/**
 * The partial-period property (docs/metrics.md#activity): an export cut in the middle of a period never makes
 * anyone fading or dormant. For every cut date D inside a period — the export read with
 * `--until D` — no person's status and no group's "mostly dormant or fading" figure is worse than
 * for the same export cut at the start A of that period (`--until A`: the end of the previous
 * complete period). The expected values are the other run's: the test compares the two.
 *
 * Worse, for a person: dormant is worse than fading, fading worse than steady or growing; someone
 * not yet seen at A (absent, or not in the data) is the baseline anything may follow. For a
 * group: more members dormant or fading, a larger share of them, or a more severe finding.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analysis/analyze.js';
import { inactiveGroups } from '../../src/core/analysis/findings/index.js';
import { DEFAULT_OPTIONS, type Period } from '../../src/core/model/options.js';
import type { Part } from '../../src/core/model/parts.js';
import type { ActivityStatus, Report } from '../../src/core/model/report.js';
import { ROOT } from '../helpers/cli.js';
import { DATASETS } from '../helpers/datasets.js';

/** What statuses and groups need: person rows, activity, group rows. No path metric. */
const PARTS = new Set<Part>(['summary', 'activity', 'groups']);

async function cutAt(file: string, people: string, period: Period, until: string): Promise<Report> {
  const options = { ...DEFAULT_OPTIONS, period, until: Date.parse(until), permutations: 0 };
  const sources = { interactions: { stream: createReadStream(file), file }, people: { stream: createReadStream(people), file: people } };
  const analysis = await analyze(sources, options, { version: 'test', now: () => new Date(0), parts: PARTS });
  return analysis.report;
}

const RANK: Record<ActivityStatus, number> = { absent: 0, growing: 0, steady: 0, fading: 1, dormant: 2 };
const SEVERITY = { low: 0, medium: 1, high: 2 } as const;

/** Per group: members dormant or fading, their share of the members seen, and the finding's severity (0: none). */
function groupFigures(report: Report): Map<string, { count: number; share: number; severity: number }> {
  const out = new Map<string, { count: number; share: number; severity: number }>();
  for (const f of inactiveGroups(report)) {
    out.set(f.subject.group, { count: f.figures.dormant + f.figures.fading, share: f.figures.share, severity: SEVERITY[f.severity] });
  }
  return out;
}

/** Compares a cut inside a period (`inside`) with the cut at the period's start (`start`); returns what was compared. */
function expectNotWorse(start: Report, inside: Report, cut: string): { people: number; flagged: number } {
  const before = new Map(start.people.map((p) => [p.id, p.activity.status]));
  for (const p of inside.people) {
    const was = before.get(p.id) ?? 'absent';
    const now = p.activity.status;
    expect(RANK[now!] <= RANK[was!], `${cut}: ${p.id} ${was} → ${now}`).toBe(true);
  }
  const was = groupFigures(start);
  for (const [group, now] of groupFigures(inside)) {
    const then = was.get(group);
    expect(then, `${cut}: ${group} flagged only once the export is cut inside the period`).toBeDefined();
    expect(now.count <= then!.count && now.share <= then!.share + 1e-12 && now.severity <= then!.severity, `${cut}: ${group}`).toBe(true);
  }
  return { people: inside.people.length, flagged: was.size };
}

const day = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('a cut inside a period is never worse than the cut at its start', () => {
  test('acme, every day of September–December 2025, by month', async () => {
    const file = join(ROOT, 'fixtures/acme/interactions.csv');
    const people = join(ROOT, 'fixtures/acme/people.csv');
    const starts = new Map<string, Report>();
    let flagged = 0;
    let cuts = 0;
    for (let d = '2025-09-02'; d <= '2025-12-31'; d = day(d, 1)) {
      if (d.endsWith('-01')) continue;
      const start = `${d.slice(0, 8)}01`;
      if (!starts.has(start)) starts.set(start, await cutAt(file, people, 'month', start));
      const inside = await cutAt(file, people, 'month', d);
      flagged += expectNotWorse(starts.get(start)!, inside, `--until ${d}`).flagged;
      cuts++;
    }
    // Every day but the first of each month, and Marketing (fading from September) is flagged at the starts.
    expect(cuts).toBe(118);
    expect(flagged).toBeGreaterThan(0);
  }, 300_000);

  const MANUFACTURING = join(DATASETS, 'manufacturing-emails');
  test.skipIf(!existsSync(MANUFACTURING))('manufacturing-emails, every day of six ISO weeks, by week', async () => {
    const file = join(MANUFACTURING, 'interactions.csv');
    const people = join(MANUFACTURING, 'people.csv');
    const starts = new Map<string, Report>();
    let cuts = 0;
    // 2010-05-03 is a Monday: weeks W18–W23 of 2010.
    for (let week = 0; week < 6; week++) {
      const start = day('2010-05-03', 7 * week);
      starts.set(start, await cutAt(file, people, 'week', start));
      for (let n = 1; n < 7; n++) {
        expectNotWorse(starts.get(start)!, await cutAt(file, people, 'week', day(start, n)), `--until ${day(start, n)}`);
        cuts++;
      }
    }
    expect(cuts).toBe(36);
  }, 300_000);
});
