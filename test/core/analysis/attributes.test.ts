/**
 * `--compare-by` (report `attributes`): quartile binning worked by hand, and every group figure
 * against scripts/golden_attributes.py (networkx for the figures; the permutation p-values exact by
 * enumeration on the 10-person fixture, numpy's 20,000 relabelings on the real data sets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeGroups, quartileCuts } from '../../../src/core/analysis/attributes/bins.js';
import type { AttributeComparison, Report } from '../../../src/core/model/report.js';
import { ROOT, run, runJson } from '../../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../../helpers/datasets.js';

describe('numeric columns in quartiles', () => {
  /*
   * fixtures/attributes tenure: 1, 2, 2, 3, 5, 5, 5, 8, 13 and one empty cell (N = 9).
   * Nearest-rank cuts x_⌈k·9/4⌉: q1 = x_3 = 2, q2 = x_5 = 5, q3 = x_7 = 5.
   * Q1 [1–2] = {1, 2, 2} (the 2s at the cut point stay below it), Q2 (2–5] = {3, 5, 5, 5},
   * Q3 (5–5] is empty (q2 = q3), Q4 (5–13] = {8, 13}; the empty cell has no group.
   */
  const tenure = ['1', '2', '2', '3', '5', '5', '5', '8', '13', ''];
  it('cuts at the nearest-rank quartiles, ties at a cut point in the lower bin, an empty bin left out', () => {
    expect(quartileCuts(Float64Array.from([1, 2, 2, 3, 5, 5, 5, 8, 13]))).toEqual([2, 5, 5]);
    expect(attributeGroups(tenure)).toEqual([
      'Q1 [1–2]', 'Q1 [1–2]', 'Q1 [1–2]', 'Q2 (2–5]', 'Q2 (2–5]', 'Q2 (2–5]', 'Q2 (2–5]', 'Q4 (5–13]', 'Q4 (5–13]', null,
    ]);
  });

  it('eight values 10…80: two per quartile, cuts 20, 40, 60', () => {
    // N = 8: q1 = x_2 = 20, q2 = x_4 = 40, q3 = x_6 = 60.
    expect(attributeGroups(['80', '10', '20', '30', '40', '50', '60', '70'])).toEqual([
      'Q4 (60–80]', 'Q1 [10–20]', 'Q1 [10–20]', 'Q2 (20–40]', 'Q2 (20–40]', 'Q3 (40–60]', 'Q3 (40–60]', 'Q4 (60–80]',
    ]);
  });

  it('fewer than 4 distinct numbers, or any text, keep the values themselves', () => {
    expect(attributeGroups(['1', '2', '3', '2', '1'])).toEqual(['1', '2', '3', '2', '1']);
    expect(attributeGroups(['1', '2', '3', '4', 'n/a'])).toEqual(['1', '2', '3', '4', 'n/a']);
    // A decimal comma is text: "2,5" is no number.
    expect(attributeGroups(['1', '2,5', '3', '4'])).toEqual(['1', '2,5', '3', '4']);
  });
});

interface ReferenceCase {
  folder: string;
  exact: boolean;
  columns: Record<string, AttributeComparison>;
}
const REFERENCE = JSON.parse(readFileSync(join(ROOT, 'test/golden/groups/attributes.json'), 'utf8')) as { permutations: number; cases: Record<string, ReferenceCase> };

const R = 4000;

function filesOf(name: string, reference: ReferenceCase): string[] {
  const folder = name === 'fixture' ? join(ROOT, reference.folder) : join(DATASETS, name);
  return [join(folder, 'interactions.csv'), '--people', join(folder, 'people.csv')];
}

const cases = Object.entries(REFERENCE.cases).filter(([name]) => name === 'fixture' || HAS_DATASETS);

describe.each(cases)('%s against networkx and numpy', (name, reference) => {
  it(`each value's size, ties, E-I, internal share, density, reciprocity and p-value (${R} relabelings); the column's E-I`, async () => {
    const columns = Object.keys(reference.columns);
    const result = await runJson<Report>(['analyze', ...filesOf(name, reference), '--compare-by', columns.join(','), '--format', 'json', '--permutations', String(R)]);
    expect(result.code, result.stderr).toBe(0);
    const report = result.json;
    expect(Object.keys(report.attributes)).toEqual(columns);
    // Exact probabilities: orgnet's estimate from R relabelings; numpy's: both estimates.
    const refR = reference.exact ? Infinity : REFERENCE.permutations;
    const within = (actual: number | null, expected: number | null, label: string) => {
      if (expected === null) return expect(actual, label).toBeNull();
      const p = expected;
      const tolerance = 4 * Math.sqrt(p * (1 - p) * (1 / R + 1 / refR)) + 1 / (R + 1) + (reference.exact ? 0 : 1 / (refR + 1));
      expect(Math.abs(actual! - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
    };
    for (const column of columns) {
      const ours = report.attributes[column]!;
      const theirs = reference.columns[column]!;
      expect(ours.groups.map((g) => g.group), column).toEqual(theirs.groups.map((g) => g.group));
      ours.groups.forEach((row, g) => {
        const ref = theirs.groups[g]!;
        const label = `${column} ${row.group}`;
        expect([row.size, row.internalTies, row.externalTies], label).toEqual([ref.size, ref.internalTies, ref.externalTies]);
        for (const field of ['eiIndex', 'internalShare', 'density', 'reciprocity'] as const) {
          if (ref[field] === null) expect(row[field], `${label} ${field}`).toBeNull();
          else expect(row[field], `${label} ${field}`).toBeCloseTo(ref[field], 12);
        }
        within(row.eiPValue, ref.eiPValue, label);
      });
      if (theirs.eiIndex === null) expect(ours.eiIndex).toBeNull();
      else expect(ours.eiIndex, column).toBeCloseTo(theirs.eiIndex, 12);
      within(ours.eiPValue, theirs.eiPValue, `${column} (all values)`);
    }
  });
});

describe('what --compare-by refuses', () => {
  const files = ['fixtures/attributes/interactions.csv', '--people', 'fixtures/attributes/people.csv'];
  it('an unknown column: one line, exit 2, naming the columns it can name', async () => {
    const result = await run(['analyze', ...files, '--compare-by', 'ofice']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'fixtures/attributes/people.csv: --compare-by "ofice": no such column; columns it can name: office, tenure, grade',
    ]);
  });

  it('without a people file', async () => {
    const result = await run(['analyze', 'fixtures/attributes/interactions.csv', '--compare-by', 'office']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--compare-by names columns of the people file: add --people FILE/);
  });

  it('--min-group-size pools the small values, as it pools the groups', async () => {
    // office: east 2, north 3, south 4 → with 3, east joins "(small groups)", alone, so it has no value.
    const result = await runJson<Report>(['analyze', ...files, '--compare-by', 'office', '--min-group-size', '3', '--format', 'json', '--permutations', '0']);
    const report = result.json;
    expect(report.attributes.office!.groups.map((g) => [g.group, g.size])).toEqual([['north', 3], ['south', 4]]);
    expect(report.meta.warnings.some((w) => w.startsWith('--compare-by office: --min-group-size 3:'))).toBe(true);
  });
});

describe('check rules read them', () => {
  const files = ['fixtures/attributes/interactions.csv', '--people', 'fixtures/attributes/people.csv', '--compare-by', 'office', '--permutations', '0'];
  it('aggregates and counts over a column\'s groups, and the column\'s own E-I', async () => {
    // From the reference: office E-I east 0.2, north 0, south −1/6; column E-I −4/9.
    const rules = ['min(attributes.office.groups.eiIndex) < -0.16', 'max(attributes.office.groups.eiIndex) <= 0.2', 'count(attributes.office.groups.eiIndex < 0) == 1', 'attributes.office.eiIndex < -0.44'];
    const result = await run(['check', ...files, ...rules.flatMap((r) => ['--rule', r]), '--format', 'json']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const failing = await run(['check', ...files, '--rule', 'min(attributes.office.groups.eiIndex) < -0.17']);
    expect(failing.code).toBe(1);
  });

  it('a column the report lacks has no value, and says which flag gives it', async () => {
    const result = await run(['check', ...files, '--rule', 'attributes.tenure.eiIndex < 0']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/the report has no attribute "tenure": analyse with --compare-by tenure/);
  });

  it('an unknown field of a column\'s groups is refused, naming the fields', async () => {
    const result = await run(['check', ...files, '--rule', 'min(attributes.office.groups.activityRate) > 0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/valid group fields: size, internalTies, externalTies, eiIndex, eiPValue, internalShare, density, reciprocity\n/);
  });
});
