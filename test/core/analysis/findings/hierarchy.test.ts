/**
 * The reporting-line findings on hand-built reports: which managers are apart from their reports,
 * which top go-to people manage nobody, with the arithmetic beside each expectation.
 */
import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../../src/core/analysis/findings/index.js';
import type { PersonRow } from '../../../../src/core/model/report.js';
import { person, report } from './fixture.js';

const LINE = { people: 10, managers: 3, maxDepth: 2, tiesOnReportingLine: 0.3 };

/** A person with a manager (tied or not) and a number of reports; `go` sets the go-to score. */
const p = (id: string, manager: string | null, tie: boolean | null, reports: number, go = 0.01): PersonRow =>
  person(id, null, { manager, managerTie: tie, directReports: reports, sourcePagerank: go });

describe('managers apart from their reports', () => {
  test('no tie with more than half of their reports; managers of one report not counted', () => {
    // m1: 3 reports, 2 untied (2 > 1.5) → apart. m2: 2 reports, 1 untied (1 is not > 1) → not.
    // m3: 1 report, untied → not counted. Managers of two or more: m1, m2 → 1 of 2 = 0.5 → high.
    const people = [
      p('m1', null, null, 3), p('m2', null, null, 2), p('m3', null, null, 1),
      p('a', 'm1', false, 0), p('b', 'm1', false, 0), p('c', 'm1', true, 0),
      p('d', 'm2', false, 0), p('e', 'm2', true, 0), p('f', 'm3', false, 0),
    ];
    const findings = computeFindings(report({ people, org: { hierarchy: LINE } })).filter((f) => f.kind === 'distant-managers');
    expect(findings).toEqual([
      {
        kind: 'distant-managers',
        severity: 'high',
        subject: { type: 'people', ids: ['m1'] },
        figures: { count: 1, managers: 2, share: 0.5, people: [{ id: 'm1', reports: 3, untied: 2 }] },
      },
    ]);
  });

  test('under one manager in five it is not material; without a reporting line nothing', () => {
    // 1 apart (m0) of 6 managers of two reports: 1/6 < 0.2.
    const people = [p('m0', null, null, 2), p('x', 'm0', false, 0), p('y', 'm0', false, 0)];
    for (const k of [1, 2, 3, 4, 5]) people.push(p(`n${k}`, null, null, 2), p(`r${k}a`, `n${k}`, true, 0), p(`r${k}b`, `n${k}`, true, 0));
    expect(computeFindings(report({ people, org: { hierarchy: LINE } })).filter((f) => f.kind === 'distant-managers')).toEqual([]);
    const unlined = [p('m1', null, null, 0), p('a', null, null, 0)];
    expect(computeFindings(report({ people: unlined, org: { hierarchy: null } })).filter((f) => f.kind === 'distant-managers' || f.kind === 'informal-leaders')).toEqual([]);
  });
});

describe('informal leaders', () => {
  test('the top 5 go-to people on the reporting line with no direct report, by rank', () => {
    // Go-to order: g1 0.30, boss 0.25, g2 0.20, out 0.15 (no manager: not on the line), g3 0.10, then z 0.05.
    // Top 5 = g1, boss, g2, out, g3; without reports and with a manager: g1 (1), g2 (3), g3 (5) → 3 of 5 ≥ half → medium.
    const people = [
      p('g1', 'boss', true, 0, 0.3), p('boss', null, null, 3, 0.25), p('g2', 'boss', false, 0, 0.2),
      p('out', null, null, 0, 0.15), p('g3', 'boss', true, 0, 0.1), p('z', 'boss', true, 0, 0.05),
    ];
    const [finding] = computeFindings(report({ people, org: { hierarchy: LINE } })).filter((f) => f.kind === 'informal-leaders');
    expect(finding).toEqual({
      kind: 'informal-leaders',
      severity: 'medium',
      subject: { type: 'people', ids: ['g1', 'g2', 'g3'] },
      figures: { count: 3, top: 5, people: [{ id: 'g1', rank: 1 }, { id: 'g2', rank: 3 }, { id: 'g3', rank: 5 }] },
    });
  });
});
