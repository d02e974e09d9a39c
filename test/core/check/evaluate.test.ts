/**
 * Rules evaluated on the hand-built Report of `fixture.ts`; each expected value is worked
 * from the table at the top of that file.
 */
import { describe, expect, test } from 'vitest';
import { evaluateRule, evaluateRules } from '../../../src/core/check/evaluate.js';
import { parseRule } from '../../../src/core/check/rules.js';
import type { Report } from '../../../src/core/model/report.js';
import { sampleReport, withoutGroups, withoutTimestamps } from './fixture.js';

function value(rule: string, report: Report = sampleReport()): number | null {
  return evaluateRule(report, parseRule(rule)).actual;
}

function run(rule: string, report: Report = sampleReport(), allowMissing = false) {
  return evaluateRule(report, parseRule(rule), { allowMissing });
}

describe('values of every kind of reference', () => {
  test('org fields', () => {
    expect(value('reciprocity > 0')).toBe(0.5);
    expect(value('org.people > 0')).toBe(6);
    expect(value('isolates > 0')).toBe(2);
    expect(value('dyadReciprocity > 0')).toBe(1 / 3);
  });

  test('overload and the core (fixture: outStrength 0, 0, 2, 2, 2, 2; core numbers 0, 0, 1, 1, 1, 1)', () => {
    expect(value('org.overload.top5Share < 0.3')).toBe(0.25);
    expect(run('org.overload.top5Share < 0.3').passed).toBe(true);
    expect(run('overload.top20Share < 0.3').passed).toBe(false); // 0.5
    expect(value('overload.gini < 1')).toBe(1 / 3);
    expect(value('coreSize > 0')).toBe(4);
    expect(value('max(people.coreNumber) > 0')).toBe(1);
    expect(value('count(people.roles=overloaded) == 0')).toBe(0);
  });

  test('a report of an earlier version, without overload figures: null', () => {
    const old = sampleReport();
    delete (old.org as Partial<Report['org']>).overload;
    expect(value('overload.top5Share < 0.3', old)).toBeNull();
  });

  test.each([
    // betweenness: 0.75, 0.5, 0, 0, 0.25, 0 → sum 1.5, mean 1.5 / 6
    ['max(people.betweenness) > 0', 0.75],
    ['min(people.betweenness) > 0', 0],
    ['sum(people.betweenness) > 0', 1.5],
    ['mean(people.betweenness) > 0', 0.25],
    // reciprocity: 1, 0.5, 0, null, 0.5, null → nulls skipped: 2 / 4
    ['mean(people.reciprocity) > 0', 0.5],
    ['min(people.reciprocity) > 0', 0],
    // liaison: 1, 0, 3, 0, null (e has no group), 0 → sum 4 over 5 people
    ['max(people.brokerage.liaison) > 0', 3],
    ['sum(people.brokerage.liaison) > 0', 4],
    ['mean(people.brokerage.liaison) > 0', 0.8],
    // activityRate: 1, 0.5, 0.5, 0, 1, 0 → 3 / 6
    ['mean(people.activity.activityRate) > 0', 0.5],
    ['max(people.dependents) > 0', 3],
  ])('%s = %s', (rule, expected) => {
    expect(value(rule)).toBe(expected);
  });

  test.each([
    // eiIndex: -1 (eng), null (ops), 1 (sales)
    ['mean(groups.eiIndex) > 0', 0],
    ['min(groups.eiIndex) > 0', -1],
    ['max(groups.eiIndex) > 0', 1],
    ['sum(groups.eiIndex) > 0', 0],
    // reciprocity: 1, null, null
    ['mean(groups.reciprocity) > 0', 1],
    // size: 2, 1, 2 (e has no group)
    ['sum(groups.size) > 0', 5],
    ['min(groups.size) > 0', 1],
  ])('%s = %s', (rule, expected) => {
    expect(value(rule)).toBe(expected);
  });

  test('mean of group activity rates: (0.75 + 0 + 0.25) / 3', () => {
    expect(value('mean(groups.activityRate) > 0')).toBeCloseTo(1 / 3, 15);
  });

  test.each([
    ['count(people.roles=isolate) > 0', 2], // d, f
    ['count(people.roles=peripheral) > 0', 2], // c, e
    ['count(people.roles=critical) > 0', 1], // a
    ['count(people.roles=central-connector) > 0', 1], // b
    ['count(people.roles!=isolate) > 0', 4],
    ['count(people.activity.status=dormant) > 0', 2], // d, f
    ['count(people.activity.status=growing) > 0', 1], // a
    ['count(people.activity.status!=dormant) > 0', 4],
    ['count(people.reciprocity < 0.5) > 0', 1], // c (0); d and f are null
    ['count(people.reciprocity >= 0.5) > 0', 3], // a, b, e
    ['count(people.betweenness == 0) > 0', 3], // c, d, f
    ['count(groups.eiIndex < -0.5) > 0', 1], // eng
    ['count(groups.size >= 2) > 0', 2], // eng, sales
  ])('%s = %s', (rule, expected) => {
    expect(value(rule)).toBe(expected);
  });

  test('count reports what it counted among', () => {
    expect(run('count(groups.eiIndex < -0.5) == 0').count).toEqual({ matched: 1, of: 2, scope: 'groups' });
    expect(run('count(people.reciprocity < 0.5) == 0').count).toEqual({ matched: 1, of: 4, scope: 'people' });
    expect(run('count(people.roles=isolate) == 0').count).toEqual({ matched: 2, of: 6, scope: 'people' });
    expect(run('reciprocity > 0').count).toBeNull();
  });
});

describe('percentage form', () => {
  test('a share is compared as it is', () => {
    const result = run('reciprocity >= 30%');
    expect(result).toMatchObject({ actual: 0.5, threshold: 0.3, percent: true, status: 'pass' });
    expect(result.message).toBe('reciprocity is 50% (>= 30%)');
    // distance fragmentation is a share too: 0.7 against 75%.
    expect(run('distanceFragmentation <= 75%')).toMatchObject({ actual: 0.7, threshold: 0.75, percent: true, status: 'pass' });
  });

  test('a count of people becomes a share of people: isolates 2 / 6', () => {
    const result = run('isolates <= 2%');
    expect(result).toMatchObject({ actual: 2 / 6, threshold: 0.02, status: 'fail', count: { matched: 2, of: 6 } });
    expect(result.message).toBe('isolates is 33.33% (2 of 6 people), expected <= 2%');
    expect(run('isolates <= 34%').status).toBe('pass');
  });

  test('an aggregate of a count of people: max dependents 3 / 6, max group size 2 / 6', () => {
    expect(run('max(people.dependents) <= 50%')).toMatchObject({ actual: 0.5, status: 'pass' });
    expect(run('max(people.dependents) < 50%').status).toBe('fail');
    expect(value('max(groups.size) <= 40%')).toBe(2 / 6);
  });

  test('count(...) becomes the share of what it counted among', () => {
    // isolates: 2 of 6 people
    const isolates = run('count(people.roles=isolate) <= 25%');
    expect(isolates).toMatchObject({ actual: 2 / 6, status: 'fail' });
    expect(isolates.message).toBe('count(people.roles=isolate) is 33.33% (2 of 6 people), expected <= 25%');
    // reciprocity < 0.5: 1 of the 4 people who have a reciprocity
    expect(value('count(people.reciprocity < 0.5) <= 25%')).toBe(0.25);
    // eiIndex < -0.5: 1 of the 2 groups that have an E-I index
    expect(value('count(groups.eiIndex < -0.5) <= 50%')).toBe(0.5);
  });

  test('a percentage inside count(...)', () => {
    // reciprocity < 50% is reciprocity < 0.5: c only
    expect(value('count(people.reciprocity < 50%) > 0')).toBe(1);
    // dependents / 6 >= 0.5: a (3 / 6)
    expect(value('count(people.dependents >= 50%) > 0')).toBe(1);
    expect(value('count(groups.size > 30%) > 0')).toBe(2); // 2/6 for eng and sales, 1/6 for ops
  });
});

describe('comparison', () => {
  test.each([
    ['reciprocity < 0.5', false],
    ['reciprocity <= 0.5', true],
    ['reciprocity > 0.5', false],
    ['reciprocity >= 0.5', true],
    ['reciprocity == 0.5', true],
    ['reciprocity != 0.5', false],
    ['mean(groups.eiIndex) == 0', true],
    ['min(groups.eiIndex) >= -1', true],
    ['min(groups.eiIndex) > -1', false],
  ])('%s → %s', (rule, passed) => {
    expect(run(rule).passed).toBe(passed);
  });

  test('exact: no tolerance, and the exact value is shown when rounding would hide the difference', () => {
    const report = sampleReport();
    report.org.reciprocity = 0.1 + 0.2; // 0.30000000000000004
    expect(run('reciprocity >= 0.3', report).status).toBe('pass');
    const equal = run('reciprocity == 0.3', report);
    expect(equal.status).toBe('fail');
    expect(equal.message).toBe('reciprocity is 0.30000000000000004, expected == 0.3');
    report.org.reciprocity = 3 / 10;
    expect(run('reciprocity == 0.3', report).status).toBe('pass');
  });

  test('messages of passing and failing rules', () => {
    expect(run('reciprocity >= 0.3').message).toBe('reciprocity is 0.5 (>= 0.3)');
    expect(run('mean(groups.activityRate) >= 0.5').message).toBe('mean(groups.activityRate) is 0.3333, expected >= 0.5');
    expect(run('count(groups.eiIndex < -0.5) == 0').message).toBe('count(groups.eiIndex < -0.5) is 1 of 2 groups, expected == 0');
    expect(run('count(people.roles=critical) <= 1').message).toBe('count(people.roles=critical) is 1 of 6 people (<= 1)');
    expect(run('totalWeight < 10').message).toBe('totalWeight is 12, expected < 10');
  });
});

describe('null values', () => {
  test('without timestamps a rule on activity fails and says why', () => {
    const result = run('activeShare >= 0.8', withoutTimestamps());
    expect(result).toMatchObject({ status: 'fail', passed: false, actual: null, threshold: 0.8 });
    expect(result.message).toBe('activeShare is null: the interactions have no timestamp column; expected >= 0.8');
  });

  test('with allowMissing the same rule is skipped, which does not fail', () => {
    const result = run('activeShare >= 0.8', withoutTimestamps(), true);
    expect(result).toMatchObject({ status: 'skip', passed: true, actual: null });
    expect(result.message).toBe('skipped: activeShare is null: the interactions have no timestamp column');
  });

  test.each([
    ['mean(people.activity.activityRate) > 0'],
    ['count(people.activity.status=dormant) == 0'],
    ['mean(groups.activityRate) > 0'],
    ['min(people.activity.trend) > -0.5'],
  ])('%s needs timestamps', (rule) => {
    const result = run(rule, withoutTimestamps());
    expect(result.actual).toBeNull();
    expect(result.message).toMatch(/ is null: the interactions have no timestamp column; expected /);
  });

  test('activity.interactions is known without timestamps', () => {
    expect(value('sum(people.activity.interactions) > 0', withoutTimestamps())).toBe(16); // 4 people × 4
  });

  test('without a people file, group rules fail and say why', () => {
    const report = withoutGroups();
    expect(run('min(groups.eiIndex) > -0.5', report).message).toBe(
      'min(groups.eiIndex) is null: there are no groups: no people file was given (--people); expected > -0.5',
    );
    expect(run('count(groups.eiIndex < -0.5) == 0', report)).toMatchObject({ actual: null, status: 'fail' });
    expect(run('eiIndex > 0', report).message).toBe('eiIndex is null: there are no groups: no people file was given (--people); expected > 0');
    expect(run('max(people.brokerage.liaison) < 5', report).message).toMatch(/is null: there are no groups/);
  });

  test('a people file without a grouping column', () => {
    const report = withoutGroups();
    report.meta.people = { file: 'people.csv', encoding: 'utf8', idColumn: 'id', groupBy: null, attributes: [], rows: 6, unknownIds: 0 };
    expect(run('mean(groups.density) > 0', report).message).toBe(
      'mean(groups.density) is null: there are no groups: the people file has no grouping column (--group-by); expected > 0',
    );
  });

  test('an aggregate whose every value is null', () => {
    const report = sampleReport();
    for (const g of report.groups) g.reciprocity = null;
    expect(run('mean(groups.reciprocity) >= 0.3', report).message).toBe(
      'mean(groups.reciprocity) is null: no group has a value for reciprocity; expected >= 0.3',
    );
    for (const p of report.people) p.reciprocity = null;
    expect(run('count(people.reciprocity < 0.2) == 0', report).message).toBe(
      'count(people.reciprocity < 0.2) is null: no person has a value for reciprocity; expected == 0',
    );
  });

  test('an empty or tie-less network', () => {
    const empty = sampleReport();
    empty.people = [];
    empty.groups = [];
    empty.org = { ...empty.org, people: 0, ties: 0, reciprocity: null, density: null, isolates: 0 };
    expect(run('reciprocity >= 0.3', empty).message).toBe('reciprocity is null: the network has no people; expected >= 0.3');
    expect(run('isolates <= 5%', empty).message).toBe('isolates is null: the network has no people; expected <= 5%');
    expect(run('count(people.roles=isolate) == 0', empty).actual).toBeNull();
    const loner = sampleReport();
    loner.org = { ...loner.org, people: 1, ties: 0, density: null, reciprocity: null, distanceFragmentation: null };
    expect(run('density > 0', loner).message).toBe('density is null: it needs at least 2 people; expected > 0');
    expect(run('distanceFragmentation < 0.5', loner).message).toBe('distanceFragmentation is null: it needs at least 2 people; expected < 0.5');
    expect(run('reciprocity > 0', loner).message).toBe('reciprocity is null: the network has no ties; expected > 0');
  });
});

describe('evaluateRules', () => {
  const rules = ['reciprocity >= 0.3', 'isolates == 0', 'activeShare >= 0.5'].map(parseRule);

  test('counts passes, failures and skips; the check passes when nothing fails', () => {
    const strict = evaluateRules(withoutTimestamps(), rules);
    expect(strict).toMatchObject({ passed: false, tests: 3, failures: 2, skipped: 0 });
    expect(strict.results.map((r) => r.status)).toEqual(['pass', 'fail', 'fail']);
    const lenient = evaluateRules(withoutTimestamps(), rules, { allowMissing: true });
    expect(lenient).toMatchObject({ passed: false, tests: 3, failures: 1, skipped: 1 });
    const onlyMissing = evaluateRules(withoutTimestamps(), [rules[0]!, rules[2]!], { allowMissing: true });
    expect(onlyMissing).toMatchObject({ passed: true, failures: 0, skipped: 1 });
  });

  test('no rules pass trivially', () => {
    expect(evaluateRules(sampleReport(), [])).toEqual({ passed: true, tests: 0, failures: 0, skipped: 0, results: [] });
  });

  test('results keep the rule as written', () => {
    const [result] = evaluateRules(sampleReport(), [parseRule('  org.reciprocity>=30% ')]).results;
    expect(result).toEqual({
      rule: 'org.reciprocity>=30%',
      status: 'pass',
      passed: true,
      actual: 0.5,
      op: '>=',
      threshold: 0.3,
      percent: true,
      count: null,
      message: 'reciprocity is 50% (>= 30%)',
    });
  });
});
