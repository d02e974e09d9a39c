/**
 * Findings on hand-built Reports: every expected list below is worked from the chosen figures,
 * with the arithmetic next to it.
 */
import { describe, expect, test } from 'vitest';
import { computeFindings, type Finding } from '../../../../src/core/analysis/findings/index.js';
import type { PersonRow } from '../../../../src/core/model/report.js';
import { community, group, person, report } from './fixture.js';

const summary = (f: Finding) => {
  const s = f.subject;
  const name = s.type === 'group' ? s.group : s.type === 'community' ? `#${s.community}` : s.type === 'people' ? s.ids.join('+') : 'org';
  return `${f.severity} ${f.kind} ${name}`;
};

describe('silo groups', () => {
  test('E-I ≤ −0.5 and more inward than chance (p < 0.05) is a silo, −0.8 or below severe; most closed first', () => {
    const findings = computeFindings(
      report({
        people: [person('a', 'A')],
        groups: [
          group('A', 4, 9, 1, 1, 0.001), // (1 − 9) / 10 = −0.8, p 0.001 → high
          group('B', 3, 2, 4, 1, 0.9), // (4 − 2) / 6 = +0.33 → none
          group('D', 5, 6, 2, 1, 0.01), // (2 − 6) / 8 = −0.5 → medium (the bound is included)
          group('E', 5, 11, 9, 1, 0.04), // (9 − 11) / 20 = −0.1 → none
          group('F', 6, 8, 2, 1, 0.2), // (2 − 8) / 10 = −0.6, but chance gives as much in 1 of 5 relabelings → none
          group('H', 5, 19, 1, 1, 0.05), // −0.9, p 0.05: not under 0.05 → none
          group('G', 4, 7, 1, 1, null), // (1 − 7) / 8 = −0.75, no test (--permutations 0): E-I alone → medium
          group('(small groups)', 6, 5, 0, 1, 0.001), // −1, but a pool of several groups → none
        ],
      }),
    ).filter((f) => f.kind === 'silo-group');
    expect(findings.map(summary)).toEqual(['high silo-group A', 'medium silo-group G', 'medium silo-group D']);
    // The sample report's options: --permutations 1000; 9 of A's 10 ties inside.
    expect(findings[0]!.figures).toEqual({ eiIndex: -0.8, eiPValue: 0.001, permutations: 1000, internalTies: 9, externalTies: 1, internalShare: 0.9, size: 4 });
    expect(findings[1]!.figures).toMatchObject({ eiPValue: null, permutations: 0, internalShare: 7 / 8 });
  });

  test('a group without ties (E-I null) is no silo', () => {
    const findings = computeFindings(report({ people: [person('a', 'A')], groups: [group('A', 2, 0, 0)] }));
    expect(findings.filter((f) => f.kind === 'silo-group')).toEqual([]);
  });
});

describe('groups mostly dormant or fading', () => {
  const people: PersonRow[] = [
    // B: 2 dormant + 1 fading of 3 → share 1 → high
    person('b1', 'B', {}, 'dormant'), person('b2', 'B', {}, 'dormant'), person('b3', 'B', {}, 'fading'),
    // C: 1 dormant + 1 fading of 3 → 2/3 ≥ 0.5 but < 0.75 → medium
    person('c1', 'C', {}, 'dormant'), person('c2', 'C', {}, 'fading'), person('c3', 'C', {}, 'steady'),
    // F: 1 dormant + 0 fading of 3 → 1/3 < 0.5 → none
    person('f1', 'F', {}, 'dormant'), person('f2', 'F', {}, 'growing'), person('f3', 'F', {}, 'steady'),
    // G: 2 of 2 dormant, but a group of 2 is too small to say "mostly" → none
    person('g1', 'G', {}, 'dormant'), person('g2', 'G', {}, 'dormant'),
  ];
  const groups = [group('B', 3, 1, 1), group('C', 3, 1, 1), group('F', 3, 1, 1), group('G', 2, 1, 1)];

  test('at least half of a group of 3 or more; three quarters severe; highest share first', () => {
    const findings = computeFindings(report({ people, groups })).filter((f) => f.kind === 'inactive-group');
    expect(findings.map(summary)).toEqual(['high inactive-group B', 'medium inactive-group C']);
    expect(findings[1]!.figures).toEqual({ size: 3, dormant: 1, fading: 1, share: 2 / 3 });
  });

  test('without timestamps (status null) nothing is said', () => {
    const timeless = people.map((p) => ({ ...p, activity: { ...p.activity, status: null } }));
    expect(computeFindings(report({ people: timeless, groups })).filter((f) => f.kind === 'inactive-group')).toEqual([]);
  });
});

describe('critical people', () => {
  test('one finding, the most depended-on first; severe when one holds ≥ 5% of the organization', () => {
    const people = [
      person('x', 'A', { roles: ['critical'], cutPoint: true, dependents: 2 }),
      person('y', null, { roles: ['critical', 'broker'], cutPoint: true, dependents: 3 }),
      person('z', 'A', { cutPoint: true, dependents: 1 }), // a cut point with one dependent is not critical
      ...Array.from({ length: 17 }, (_, i) => person(`p${String(i).padStart(2, '0')}`, 'A')),
    ];
    const [finding] = computeFindings(report({ people })).filter((f) => f.kind === 'critical-people');
    // 20 people; y holds 3 → 3 / 20 = 0.15 ≥ 0.05 → high
    expect(finding).toEqual({
      kind: 'critical-people',
      severity: 'high',
      subject: { type: 'people', ids: ['y', 'x'] },
      figures: {
        count: 2,
        people: [{ id: 'y', group: null, dependents: 3 }, { id: 'x', group: 'A', dependents: 2 }],
        maxDependents: 3,
        organizationSize: 20,
      },
    });
  });

  test('medium when the largest dependents are under 5% of the organization', () => {
    const people = [
      person('x', 'A', { roles: ['critical'], cutPoint: true, dependents: 2 }),
      ...Array.from({ length: 40 }, (_, i) => person(`p${String(i).padStart(2, '0')}`, 'A')),
    ];
    // 2 / 41 = 0.049 < 0.05
    expect(computeFindings(report({ people })).find((f) => f.kind === 'critical-people')?.severity).toBe('medium');
  });
});

describe('one-way people', () => {
  test('counted over the people with a tie, split into those who mostly give and those who mostly take', () => {
    const people = [
      person('send', 'A', { roles: ['one-way'], outDegree: 4, inDegree: 0, giveTakeRatio: 1, reciprocity: 0 }),
      person('take', 'A', { roles: ['one-way'], outDegree: 1, inDegree: 5, giveTakeRatio: 0.1, reciprocity: 0 }),
      person('even', 'A', { roles: ['one-way'], outDegree: 2, inDegree: 1, giveTakeRatio: 0.5, reciprocity: 0 }),
      person('lone', null, { roles: ['isolate'], inDegree: 0, outDegree: 0, giveTakeRatio: null, reciprocity: null }),
      ...Array.from({ length: 7 }, (_, i) => person(`p${i}`, 'A')),
    ];
    const [finding] = computeFindings(report({ people })).filter((f) => f.kind === 'one-way-people');
    // 10 people with a tie (the isolate not counted): 3 / 10 = 0.3 ≥ 0.1 → medium.
    // Order by ties: take 6, send 4, even 3.
    expect(finding).toEqual({
      kind: 'one-way-people',
      severity: 'medium',
      subject: { type: 'people', ids: ['take', 'send', 'even'] },
      figures: { count: 3, share: 0.3, senders: 1, receivers: 1 },
    });
  });
});

describe('overload', () => {
  // 40 people: g1 gives 30 and receives 5, g2 gives 12 and receives 10 — both overloaded in the
  // first case; everyone else gives 1 and receives 1 (38 more). Total given 30 + 12 + 38 = 80.
  // Top 5 %: ⌈0.05·40⌉ = 2 people, g1 and g2: (30 + 12) / 80 = 0.525.
  const people = (roles: { g2: PersonRow['roles'] }) => [
    person('g1', 'A', { roles: ['overloaded'], outStrength: 30, inStrength: 5 }),
    person('g2', 'B', { roles: roles.g2, outStrength: 12, inStrength: 10 }),
    ...Array.from({ length: 38 }, (_, i) => person(`p${String(i).padStart(2, '0')}`, 'A')),
  ];
  const overload = (top5Share: number) => ({ gini: 0.4, top1Share: 0.375, top5Share, top20Share: 0.6 });

  test('the top 5 % give a quarter or more: the overloaded named, the most giving first', () => {
    const [finding] = computeFindings(report({ people: people({ g2: ['overloaded'] }), org: { overload: overload(0.3) } })).filter((f) => f.kind === 'overload');
    // 0.3 ≥ 0.25 and < 0.35 → medium.
    expect(finding).toEqual({
      kind: 'overload',
      severity: 'medium',
      subject: { type: 'people', ids: ['g1', 'g2'] },
      figures: {
        top5Share: 0.3, topPeople: 2, gini: 0.4, organizationSize: 40, count: 2,
        people: [{ id: 'g1', group: 'A', outStrength: 30, inStrength: 5 }, { id: 'g2', group: 'B', outStrength: 12, inStrength: 10 }],
      },
    });
  });

  test('the threshold on both sides of 0.25, severe from 0.35', () => {
    const at = (share: number) => computeFindings(report({ people: people({ g2: [] }), org: { overload: overload(share) } })).filter((f) => f.kind === 'overload').map(summary);
    expect(at(0.2499)).toEqual([]);
    expect(at(0.25)).toEqual(['medium overload g1']);
    expect(at(0.3499)).toEqual(['medium overload g1']);
    expect(at(0.35)).toEqual(['high overload g1']);
  });

  test('nobody overloaded, or fewer than 20 people: no finding', () => {
    const none = people({ g2: [] }).map((p) => ({ ...p, roles: [] }));
    expect(computeFindings(report({ people: none, org: { overload: overload(0.5) } })).filter((f) => f.kind === 'overload')).toEqual([]);
    const few = people({ g2: ['overloaded'] }).slice(0, 19);
    expect(computeFindings(report({ people: few, org: { overload: overload(0.5) } })).filter((f) => f.kind === 'overload')).toEqual([]);
  });
});

describe('low reciprocity', () => {
  test('the organization under 30% (under 15% severe), then groups with at least 5 internal ties, least reciprocal first', () => {
    const findings = computeFindings(
      report({
        people: [person('a', 'A')],
        org: { reciprocity: 0.1, ties: 40 },
        groups: [
          group('A', 4, 6, 6, 0.25), // 6 internal ties, 0.25 < 0.3 → medium
          group('B', 4, 4, 6, 0), // only 4 internal ties: too few to judge → none
          group('C', 4, 8, 6, 0), // 0 → medium, before A
          group('D', 4, 8, 6, 0.3), // 0.3 is not below 0.3 → none
          group('E', 4, 8, 6, null), // undefined → none
        ],
      }),
    ).filter((f) => f.kind === 'low-reciprocity');
    expect(findings.map(summary)).toEqual(['high low-reciprocity org', 'medium low-reciprocity C', 'medium low-reciprocity A']);
    expect(findings[0]!.figures).toEqual({ reciprocity: 0.1, ties: 40 });
  });

  test('undirected data: reciprocity null everywhere, no reciprocity finding', () => {
    const people = [person('a', 'A', { reciprocity: null, giveTakeRatio: null })];
    const findings = computeFindings(report({ people, org: { reciprocity: null }, groups: [group('A', 4, 8, 6, null)] }));
    expect(findings.filter((f) => f.kind === 'low-reciprocity' || f.kind === 'one-way-people')).toEqual([]);
  });
});

describe('communities across groups', () => {
  test('no group holds half of the members; 3 people or more', () => {
    const findings = computeFindings(
      report({
        people: [person('a', 'A')],
        communities: [
          community(0, { A: 4, D: 3, B: 1 }), // A holds 4/8 = 0.5: not under half → none
          community(1, { B: 2, C: 2, D: 1 }), // B (smallest name of the tie) holds 2/5 = 0.4 → low
          community(2, { A: 1, B: 1 }), // 2 people: too small → none
          community(3, { X: 1, Y: 1, Z: 1 }), // X holds 1/3 → low
          community(4, {}, 5), // nobody has a group → none
        ],
      }),
    ).filter((f) => f.kind === 'cross-group-community');
    expect(findings.map(summary)).toEqual(['low cross-group-community #1', 'low cross-group-community #3']);
    expect(findings[0]!.figures).toEqual({
      size: 5,
      groups: 3,
      dominantGroup: 'B',
      dominantShare: 0.4,
      largest: [{ group: 'B', members: 2 }, { group: 'C', members: 2 }, { group: 'D', members: 1 }],
    });
  });
});

describe("key players' loss", () => {
  const people = [person('a', 'A')];
  /** DF 0.5 today: people 1/(1 − 0.5) = 2 hops apart on average. */
  const org = (after: number) => ({ fragmentation: 0, distanceFragmentation: 0.5, keyPlayers: [{ id: 'k1', distanceFragmentation: 0.52, fragmentation: 0 }, { id: 'k2', distanceFragmentation: after, fragmentation: 0 }] });
  const loss = (o: ReturnType<typeof org>, cutOff = 0, extra: PersonRow[] = []) =>
    computeFindings(report({ people: [...people, ...extra], org: o }), { keyPlayersCutOff: cutOff }).filter((f) => f.kind === 'key-player-loss');

  test('a 10 % rise in the average distance 1/(1 − DF) is material; 25 % is severe', () => {
    // DF 0.55: 2 → 2.22 hops, +11.1 % → medium
    const [medium] = loss(org(0.55));
    expect(medium?.severity).toBe('medium');
    expect(medium?.figures).toEqual({
      distanceFragmentationBefore: 0.5, distanceFragmentationAfter: 0.55, hopsBefore: 2, hopsAfter: 1 / 0.45, distanceRise: 1 / 0.45 / 2 - 1,
      fragmentationBefore: 0, fragmentationAfter: 0, cutOff: 0, organizationSize: 1,
    });
    // DF 0.6: 2 → 2.5 hops, +25 % → high
    expect(loss(org(0.6))[0]?.severity).toBe('high');
  });

  test('below 10 % and nobody cut off: one low line, and only when nobody is critical', () => {
    // DF 0.53: 2 → 2.13 hops, +6.4 %
    const [low] = loss(org(0.53));
    expect(low?.severity).toBe('low');
    expect(low?.figures.distanceRise).toBeCloseTo(1 / 0.47 / 2 - 1, 12);
    // Someone critical holds part of the network together: "it does not depend on a few people" would contradict it.
    const critical = person('c', 'A', { roles: ['critical'], cutPoint: true, dependents: 2 });
    expect(loss(org(0.53), 0, [critical])).toEqual([]);
  });

  test('cutting someone off is material whatever the distance; 5 % of the people cut off is severe', () => {
    const twenty = Array.from({ length: 19 }, (_, i) => person(`p${i}`, 'A'));
    // 1 of 20 people cut off: 5 % → high; a +6.4 % distance alone would have been low.
    expect(loss(org(0.53), 1, twenty)[0]?.severity).toBe('high');
    const forty = Array.from({ length: 39 }, (_, i) => person(`p${i}`, 'A'));
    // 1 of 40: 2.5 % → medium
    const [medium] = loss(org(0.53), 1, forty);
    expect([medium?.severity, medium?.figures.cutOff]).toEqual(['medium', 1]);
  });

  test('nobody reaching anybody any more is severe; no key players or no distance measured, no finding', () => {
    const [apart] = loss(org(1));
    expect([apart?.severity, apart?.figures.hopsAfter, apart?.figures.distanceRise]).toEqual(['high', null, null]);
    expect(computeFindings(report({ people, org: { keyPlayers: [] } })).some((f) => f.kind === 'key-player-loss')).toBe(false);
    const unmeasured = { fragmentation: 0.1, distanceFragmentation: null, keyPlayers: [{ id: 'k1', distanceFragmentation: null, fragmentation: 0.3 }] };
    expect(loss(unmeasured as unknown as ReturnType<typeof org>)).toEqual([]);
  });
});

describe('ranking', () => {
  test('by severity, then kind, then each kind’s own order', () => {
    const people: PersonRow[] = [
      person('p1', 'A', { roles: ['critical'], cutPoint: true, dependents: 3 }),
      person('p2', 'A', { roles: ['critical'], cutPoint: true, dependents: 2 }),
      person('ow', 'A', { roles: ['one-way'], outDegree: 3, inDegree: 0, giveTakeRatio: 1, reciprocity: 0 }),
      person('b1', 'B', {}, 'dormant'), person('b2', 'B', {}, 'dormant'), person('b3', 'B', {}, 'fading'),
      person('c1', 'C', {}, 'dormant'), person('c2', 'C', {}, 'fading'), person('c3', 'C'),
      ...Array.from({ length: 11 }, (_, i) => person(`q${String(i).padStart(2, '0')}`, 'D')),
    ];
    const findings = computeFindings(
      report({
        people, // 20 people, 20 with a tie
        groups: [group('A', 3, 9, 1, 1, 0.001), group('B', 3, 2, 4), group('C', 3, 3, 3, 0.2), group('D', 11, 6, 2, 0.25, 0.01)],
        communities: [community(0, { A: 4, D: 3, B: 1 }), community(1, { B: 2, C: 2, D: 1 })],
        org: {
          reciprocity: 0.1, fragmentation: 0.1, distanceFragmentation: 0.5,
          keyPlayers: [{ id: 'p1', distanceFragmentation: 0.6, fragmentation: 0.3 }, { id: 'p2', distanceFragmentation: 0.7, fragmentation: 0.4 }],
        },
      }),
    );
    expect(findings.map(summary)).toEqual([
      'high critical-people p1+p2', // 3 / 20 = 0.15
      'high key-player-loss p1+p2', // 2 → 3.33 hops, +67 %
      'high silo-group A', // −0.8
      'high low-reciprocity org', // 0.1
      'high inactive-group B', // 3 / 3
      'medium silo-group D', // (2 − 6) / 8 = −0.5
      'medium low-reciprocity D', // 0.25 over 6 internal ties (C has only 3)
      'medium inactive-group C', // 2 / 3
      'low one-way-people ow', // 1 / 20 = 0.05 < 0.1
      'low cross-group-community #1', // B 2 / 5 = 0.4
    ]);
  });

  test('a report with nothing to say has no findings', () => {
    expect(computeFindings(report({ people: [person('a', 'A'), person('b', 'A')] }))).toEqual([]);
  });
});
