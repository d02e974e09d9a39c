/**
 * The findings on every real data set (../shared/datasets, each read as its README says) and on
 * acme: each made by its rule, with the report's own figures, severities in the order of their
 * effect, and no two contradicting each other — no finding that the network does not depend on
 * a few people beside one naming people who hold it together or a departure that cuts people
 * off, and no figure quoted twice with two values. The terminal and Markdown show the same list.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model/findings.js';
import type { Report } from '../../src/core/model/report.js';
import { meanDistance } from '../../src/core/analysis/resilience-view.js';
import { findingSentence } from '../../src/render/i18n/index.js';
import { md as markdown } from '../../src/render/markdown-text.js';
import { namedFinding, personNamer } from '../../src/render/person-name.js';
import { run, runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const data = (name: string, flags: string[] = [], people = true) => [
  join(DATASETS, name, 'interactions.csv'),
  ...(people ? ['--people', join(DATASETS, name, 'people.csv')] : []),
  ...flags,
];

/** Each data set as its README says to read it. */
const CASES: [string, string[]][] = [
  ['acme', ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv']],
  ['acme --until 2025-03-12', ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv', '--until', '2025-03-12']],
  ['lazega-lawfirm --reverse', data('lazega-lawfirm', ['--reverse'])],
  ['krackhardt-hightech --reverse', data('krackhardt-hightech', ['--reverse'])],
  ['cross-parker-consulting --reverse', data('cross-parker-consulting', ['--reverse'], false)],
  ['enron-perry-wolfe', data('enron-perry-wolfe')],
  ['email-eu-core', data('email-eu-core')],
  ['email-eu-core-temporal', data('email-eu-core-temporal')],
  ['manufacturing-emails', data('manufacturing-emails')],
  ['sociopatterns-workplace-2013 --undirected', data('sociopatterns-workplace-2013', ['--undirected'])],
  ['sociopatterns-workplace-2015 --undirected', data('sociopatterns-workplace-2015', ['--undirected'])],
];

const of = <K extends Finding['kind']>(findings: Finding[], kind: K) => findings.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);
const RANK = { high: 0, medium: 1, low: 2 } as const;

describe.runIf(HAS_DATASETS).each(CASES)('findings on %s', (_name, args) => {
  let report: Report;
  beforeAll(async () => {
    const result = await runJson<Report>(['analyze', ...args, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    report = result.json;
  }, 120_000);

  it('silos by the rule: E-I ≤ −0.5 and more inward than chance, with the group row’s own figures', () => {
    const silos = of(report.findings, 'silo-group');
    for (const g of report.groups) {
      const silo = silos.find((f) => f.subject.group === g.group);
      const rule = g.group !== '(small groups)' && g.eiIndex !== null && g.eiIndex <= -0.5 && (g.eiPValue === null || g.eiPValue < 0.05);
      expect(Boolean(silo), g.group).toBe(rule);
      if (silo) {
        const { eiIndex, eiPValue, internalShare, internalTies, externalTies, size } = g;
        expect(silo.figures).toMatchObject({ eiIndex, eiPValue, internalShare, internalTies, externalTies, size });
        expect(silo.severity).toBe(eiIndex! <= -0.8 ? 'high' : 'medium');
      }
    }
  });

  it('key players: of weight only with a 10 % longer average distance or someone cut off, in the report’s own figures', () => {
    for (const f of of(report.findings, 'key-player-loss')) {
      const last = report.org.keyPlayers[report.org.keyPlayers.length - 1]!;
      expect(f.subject.ids).toEqual(report.org.keyPlayers.map((k) => k.id));
      expect(f.figures.hopsBefore).toBe(meanDistance(report.org.distanceFragmentation));
      expect(f.figures.hopsAfter).toBe(meanDistance(last.distanceFragmentation));
      const material = f.figures.cutOff > 0 || f.figures.hopsAfter === null || (f.figures.distanceRise ?? 0) >= 0.1;
      expect(f.severity === 'low', JSON.stringify(f.figures)).toBe(!material);
    }
  });

  it('overload by the rule: the top 5 % give a quarter or more, 20 people or more, and the overloaded named by what they give', () => {
    const { top5Share, gini } = report.org.overload;
    const overloaded = report.people.filter((p) => p.roles.includes('overloaded'));
    const rule = top5Share !== null && top5Share >= 0.25 && report.org.people >= 20 && overloaded.length > 0;
    const findings = of(report.findings, 'overload');
    expect(findings.length).toBe(rule ? 1 : 0);
    for (const f of findings) {
      const order = [...overloaded].sort((a, b) => b.outStrength - a.outStrength || (a.id < b.id ? -1 : 1));
      expect(f.subject.ids).toEqual(order.map((p) => p.id));
      expect(f.figures).toMatchObject({ top5Share, gini, organizationSize: report.org.people, count: overloaded.length, topPeople: Math.ceil(0.05 * report.org.people - 1e-9) });
      expect(f.figures.people).toEqual(order.map((p) => ({ id: p.id, group: p.group, outStrength: p.outStrength, inStrength: p.inStrength })));
      expect(f.severity).toBe(top5Share! >= 0.35 ? 'high' : 'medium');
      for (const p of order) expect(p.outStrength).toBeGreaterThan(2 * p.inStrength);
    }
  });

  it('no contradiction: "it does not depend on a few people" never beside people who hold it together', () => {
    const robust = of(report.findings, 'key-player-loss').filter((f) => f.severity === 'low');
    if (robust.length > 0) {
      expect(of(report.findings, 'critical-people')).toEqual([]);
      expect(report.people.some((p) => p.roles.includes('critical'))).toBe(false);
      expect(robust[0]!.figures.cutOff).toBe(0);
    }
    // One finding per kind and subject: no figure is quoted twice.
    const keys = report.findings.map((f) => `${f.kind} ${JSON.stringify(f.subject)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the figures of people and groups quoted by findings are the report’s', () => {
    const person = new Map(report.people.map((p) => [p.id, p]));
    for (const f of of(report.findings, 'critical-people')) {
      for (const p of f.figures.people) expect(p.dependents).toBe(person.get(p.id)!.dependents);
      expect(f.figures.count).toBe(report.people.filter((p) => p.roles.includes('critical')).length);
    }
    for (const f of of(report.findings, 'low-reciprocity')) {
      const { subject } = f;
      const expected = subject.type === 'organization' ? report.org.reciprocity : report.groups.find((g) => g.group === subject.group)!.reciprocity;
      expect(f.figures.reciprocity).toBe(expected);
    }
  });

  it('ranked by severity; within a kind, the larger effect never has the lower severity', () => {
    const ranks = report.findings.map((f) => RANK[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const silos = of(report.findings, 'silo-group');
    for (const a of silos) for (const b of silos) if (a.figures.eiIndex < b.figures.eiIndex) expect(RANK[a.severity]).toBeLessThanOrEqual(RANK[b.severity]);
    for (const f of of(report.findings, 'critical-people')) {
      const share = f.figures.maxDependents / f.figures.organizationSize;
      expect(f.severity).toBe(share >= 0.05 ? 'high' : share >= 0.01 ? 'medium' : 'low');
    }
  });

  it('the terminal and Markdown show the same list, in the same order', async () => {
    const name = personNamer(report.people, 'plain');
    const titles = report.findings.map((f) => findingSentence(namedFinding(f, name), 'en').title);
    const table = (await run(['analyze', ...args], { env: { COLUMNS: '400' } })).stdout;
    const md = (await run(['analyze', ...args, '--format', 'md'])).stdout;
    const order = (text: string, shown: string[]) => shown.map((t) => text.indexOf(t));
    const inTable = order(table, titles.slice(0, 8));
    expect(inTable.every((at) => at >= 0), titles.join(' | ')).toBe(true);
    expect(inTable).toEqual([...inTable].sort((a, b) => a - b));
    const inMd = order(md, titles.map(markdown));
    expect(inMd.every((at) => at >= 0)).toBe(true);
  }, 120_000);
});
