import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../src/core/base/errors.js';
import { parseRule, parseRules } from '../../../src/core/check/rules.js';

function messageOf(rule: string): string {
  try {
    parseRule(rule);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`"${rule}" parsed`);
}

describe('parseRule: valid rules', () => {
  test('an org field, with or without the org. prefix', () => {
    expect(parseRule('reciprocity >= 0.3')).toEqual({
      text: 'reciprocity >= 0.3',
      refText: 'reciprocity',
      ref: { kind: 'org', field: 'reciprocity' },
      op: '>=',
      threshold: { value: 0.3, percent: false, text: '0.3' },
    });
    expect(parseRule('org.isolates == 0').ref).toEqual({ kind: 'org', field: 'isolates' });
    expect(parseRule('org.isolates == 0').refText).toBe('isolates');
  });

  test('whitespace is optional and may be generous', () => {
    const tight = parseRule('max(people.betweenness)<=0.5');
    const loose = parseRule('  max ( people.betweenness )   <=   0.5  ');
    expect(loose.ref).toEqual(tight.ref);
    expect(loose.refText).toBe('max(people.betweenness)');
    expect(loose.text).toBe('max ( people.betweenness )   <=   0.5');
    expect(parseRule('reciprocity\t>=\n0.3').op).toBe('>=');
  });

  test.each([
    ['reciprocity < 1', '<'],
    ['reciprocity <= 1', '<='],
    ['reciprocity > 1', '>'],
    ['reciprocity >= 1', '>='],
    ['reciprocity == 1', '=='],
    ['reciprocity != 1', '!='],
  ])('operator in %s', (rule, op) => {
    expect(parseRule(rule).op).toBe(op);
  });

  test.each([
    ['eiIndex > -0.5', -0.5],
    ['eiIndex > +0.5', 0.5],
    ['eiIndex > .5', 0.5],
    ['ties >= 12', 12],
    ['ties >= 1e3', 1000],
    ['transitivity >= 2.5e-1', 0.25],
  ])('number in %s', (rule, value) => {
    expect(parseRule(rule).threshold).toMatchObject({ value, percent: false });
  });

  test('percentages are the number over 100, exactly the double of the decimal', () => {
    expect(parseRule('reciprocity >= 30%').threshold).toEqual({ value: 0.3, percent: true, text: '30%' });
    expect(parseRule('isolates <= 2%').threshold.value).toBe(0.02);
    expect(parseRule('isolates <= 7%').threshold.value).toBe(0.07);
    // 0.7 / 100 is 0.006999999999999999 in doubles; the shifted text gives 0.007 itself.
    expect(parseRule('isolates <= 0.7%').threshold.value).toBe(0.007);
    expect(parseRule('isolates <= 1.4%').threshold.value).toBe(0.014);
    expect(parseRule('eiIndex >= -50%').threshold.value).toBe(-0.5);
    expect(parseRule('isolates <= 1e1%').threshold.value).toBe(0.1);
  });

  test('every aggregate over people, with nested fields', () => {
    for (const fn of ['max', 'min', 'mean', 'sum'] as const) {
      expect(parseRule(`${fn}(people.activity.activityRate) > 0`).ref).toEqual({
        kind: 'aggregate',
        fn,
        scope: 'people',
        field: 'activity.activityRate',
      });
    }
    expect(parseRule('sum(people.brokerage.liaison) < 4').refText).toBe('sum(people.brokerage.liaison)');
  });

  test('aggregates over groups', () => {
    expect(parseRule('min(groups.eiIndex) > -0.5').ref).toEqual({ kind: 'aggregate', fn: 'min', scope: 'groups', field: 'eiIndex' });
    expect(parseRule('mean(groups.reciprocity) >= 0.3').refText).toBe('mean(groups.reciprocity)');
  });

  test('count of a role or a status, with = == or !=', () => {
    expect(parseRule('count(people.roles=isolate) == 0').ref).toEqual({
      kind: 'count',
      scope: 'people',
      where: { kind: 'match', field: 'roles', negate: false, value: 'isolate' },
    });
    expect(parseRule('count( people.roles == one-way ) <= 2').refText).toBe('count(people.roles=one-way)');
    expect(parseRule('count(people.activity.status != dormant) >= 3').ref).toEqual({
      kind: 'count',
      scope: 'people',
      where: { kind: 'match', field: 'activity.status', negate: true, value: 'dormant' },
    });
    expect(parseRule('count(people.roles=central-connector)>=1').refText).toBe('count(people.roles=central-connector)');
  });

  test('count of groups or people meeting a numeric condition', () => {
    expect(parseRule('count(groups.eiIndex < -0.5) == 0').ref).toEqual({
      kind: 'count',
      scope: 'groups',
      where: { kind: 'compare', field: 'eiIndex', op: '<', threshold: { value: -0.5, percent: false, text: '-0.5' } },
    });
    expect(parseRule('count(groups.eiIndex<-0.5)==0').refText).toBe('count(groups.eiIndex < -0.5)');
    expect(parseRule('count(people.reciprocity < 20%) <= 10%').ref).toMatchObject({
      where: { threshold: { value: 0.2, percent: true } },
    });
  });

  test('percentages accepted on shares, counts of people and counts', () => {
    for (const rule of [
      'isolates <= 2%',
      'cutPoints <= 5%',
      'reciprocity >= 30%',
      'max(people.dependents) <= 10%',
      'max(groups.size) <= 40%',
      'mean(people.activity.trend) >= -10%',
      'count(groups.eiIndex < -0.5) <= 25%',
      'count(people.roles=isolate) <= 5%',
    ]) {
      expect(parseRule(rule).threshold.percent).toBe(true);
    }
  });

  test('parseRules keeps the order', () => {
    expect(parseRules(['ties > 1', 'isolates == 0']).map((r) => r.refText)).toEqual(['ties', 'isolates']);
  });
});

describe('parseRule: mistakes are UsageErrors that point at the bad part', () => {
  test('empty rule', () => {
    expect(messageOf('   ')).toBe('empty rule: write REF OP NUMBER, e.g. "reciprocity >= 0.3"');
  });

  test('unknown operator, with the likely one', () => {
    expect(messageOf('reciprocity =< 0.3')).toBe(
      [
        'in rule "reciprocity =< 0.3": unknown operator "=<" at column 13 (did you mean "<="?)',
        '  reciprocity =< 0.3',
        '              ^^',
        'valid operators: < <= > >= == !=',
      ].join('\n'),
    );
    expect(messageOf('reciprocity = 0.3').split('\n')[0]).toBe(
      'in rule "reciprocity = 0.3": unknown operator "=" at column 13 (did you mean "=="?)',
    );
    expect(messageOf('reciprocity <> 0.3').split('\n')[0]).toBe(
      'in rule "reciprocity <> 0.3": unknown operator "<>" at column 13 (did you mean "!="?)',
    );
    expect(messageOf('reciprocity >>= 0.3').split('\n')[0]).toBe(
      'in rule "reciprocity >>= 0.3": unknown operator ">>=" at column 13',
    );
  });

  test('missing operator or number', () => {
    expect(messageOf('reciprocity')).toBe(
      [
        'in rule "reciprocity": expected an operator (< <= > >= == !=), found the end of the rule at column 12',
        '  reciprocity',
        '             ^',
      ].join('\n'),
    );
    expect(messageOf('reciprocity >=')).toBe(
      ['in rule "reciprocity >=": expected a number, found the end of the rule at column 15', '  reciprocity >=', '                ^'].join('\n'),
    );
    expect(messageOf('reciprocity >= high').split('\n')[0]).toBe(
      'in rule "reciprocity >= high": expected a number, found "high" at column 16',
    );
    expect(messageOf('reciprocity 0.3').split('\n')[0]).toBe(
      'in rule "reciprocity 0.3": expected an operator (< <= > >= == !=), found "0.3" at column 13',
    );
    expect(messageOf('>= 0.3').split('\n')[0]).toBe(
      'in rule ">= 0.3": expected a field or an aggregate such as max(people.betweenness), found ">=" at column 1',
    );
  });

  test('unexpected character and trailing words', () => {
    expect(messageOf('reciprocity # 1')).toBe(
      ['in rule "reciprocity # 1": unexpected character "#" at column 13', '  reciprocity # 1', '              ^'].join('\n'),
    );
    expect(messageOf('reciprocity >= 0.3 and isolates == 0')).toBe(
      [
        'in rule "reciprocity >= 0.3 and isolates == 0": unexpected "and" after the number at column 20',
        '  reciprocity >= 0.3 and isolates == 0',
        '                     ^^^',
        'write one condition per rule',
      ].join('\n'),
    );
  });

  test('unknown org field lists the valid ones', () => {
    expect(messageOf('recipro >= 1')).toBe(
      [
        'in rule "recipro >= 1": unknown field "recipro" at column 1',
        '  recipro >= 1',
        '  ^^^^^^^',
        'valid org fields: people, ties, interactions, totalWeight, density, reciprocity, dyadReciprocity, components, ' +
          'largestComponentShare, isolates, transitivity, degreeCentralization, eiIndex, eiPValue, overload.gini, overload.top1Share, overload.top5Share, overload.top20Share, coreSize, communities, modularity, ' +
          'groupAlignment, activeShare, cutPoints, fragmentation, distanceFragmentation, hierarchy.people, hierarchy.managers, hierarchy.maxDepth, hierarchy.tiesOnReportingLine',
        'or an aggregate: max|min|mean|sum(people.FIELD), max|min|mean|sum(groups.FIELD), count(people.roles=ROLE), count(groups.FIELD OP NUMBER), count(findings.severity=high), last(windows.org.FIELD)',
      ].join('\n'),
    );
    expect(messageOf('reciprocty >= 1').split('\n')[0]).toBe(
      'in rule "reciprocty >= 1": unknown field "reciprocty" at column 1 (did you mean "reciprocity"?)',
    );
    expect(messageOf('org.keyPlayers > 1').split('\n')[0]).toBe(
      'in rule "org.keyPlayers > 1": "keyPlayers" is a list, not a number at column 1',
    );
    expect(messageOf('org.reachPlayers > 1').split('\n')[0]).toBe(
      'in rule "org.reachPlayers > 1": "reachPlayers" is a list, not a number at column 1',
    );
    expect(messageOf('overload < 0.3').split('\n').slice(0, 1).concat(messageOf('overload < 0.3').split('\n').slice(-1))).toEqual([
      'in rule "overload < 0.3": "overload" holds several figures at column 1',
      'name one: overload.gini, overload.top1Share, overload.top5Share or overload.top20Share',
    ]);
  });

  test('a per-person field without an aggregate', () => {
    expect(messageOf('people.betweenness > 1')).toBe(
      [
        'in rule "people.betweenness > 1": "people.betweenness" has one value per person at column 1',
        '  people.betweenness > 1',
        '  ^^^^^^^^^^^^^^^^^^',
        'aggregate it: max(people.betweenness), min(people.betweenness), mean(people.betweenness), sum(people.betweenness) or count(people.betweenness OP NUMBER)',
      ].join('\n'),
    );
  });

  test('unknown function or scope', () => {
    expect(messageOf('avg(people.betweenness) < 1')).toBe(
      [
        'in rule "avg(people.betweenness) < 1": unknown function "avg" at column 1',
        '  avg(people.betweenness) < 1',
        '  ^^^',
        'valid functions: count, first, last, max, mean, min, sum',
      ].join('\n'),
    );
    expect(messageOf('max(person.betweenness) < 1').split('\n')[0]).toBe(
      'in rule "max(person.betweenness) < 1": expected people.FIELD, groups.FIELD, attributes.ATTR.groups.FIELD, windows.org.FIELD or findings.FIELD, found "person.betweenness" at column 5',
    );
    expect(messageOf('max() < 1').split('\n')[0]).toBe(
      'in rule "max() < 1": expected people.FIELD, groups.FIELD, attributes.ATTR.groups.FIELD, windows.org.FIELD or findings.FIELD, found ")" at column 5',
    );
  });

  test('unknown person or group field lists the valid ones', () => {
    expect(messageOf('max(people.betweeness) <= 0.5')).toBe(
      [
        'in rule "max(people.betweeness) <= 0.5": unknown person field "betweeness" at column 5 (did you mean "betweenness"?)',
        '  max(people.betweeness) <= 0.5',
        '      ^^^^^^^^^^^^^^^^^',
        'valid person fields: inDegree, outDegree, inStrength, outStrength, degreeCentrality, betweenness, closeness, ' +
          'pagerank, sourcePagerank, coreNumber, reciprocity, giveTakeRatio, constraint, effectiveSize, externalShare, dependents, directReports, ' +
          'brokerage.coordinator, brokerage.itinerant, brokerage.gatekeeper, brokerage.representative, brokerage.liaison, ' +
          'activity.interactions, activity.activePeriods, activity.activityRate, activity.trend',
      ].join('\n'),
    );
    expect(messageOf('mean(groups.betweenness) < 1')).toBe(
      [
        'in rule "mean(groups.betweenness) < 1": unknown group field "betweenness" at column 6',
        '  mean(groups.betweenness) < 1',
        '       ^^^^^^^^^^^^^^^^^^',
        'valid group fields: size, internalTies, externalTies, eiIndex, eiPValue, internalShare, density, reciprocity, activityRate',
      ].join('\n'),
    );
    expect(messageOf('count(groups.roles=isolate) == 0').split('\n')[0]).toBe(
      'in rule "count(groups.roles=isolate) == 0": unknown group field "roles" at column 7',
    );
  });

  test('a categorical field in a numeric aggregate', () => {
    expect(messageOf('max(people.roles) > 1')).toBe(
      [
        'in rule "max(people.roles) > 1": people.roles is not a number at column 5',
        '  max(people.roles) > 1',
        '      ^^^^^^^^^^^^',
        'count it: count(people.roles=VALUE), VALUE one of isolate, peripheral, central-connector, broker, overloaded, one-way, critical',
      ].join('\n'),
    );
  });

  test('unknown role or status lists the valid values', () => {
    expect(messageOf('count(people.roles=hub) == 0')).toBe(
      [
        'in rule "count(people.roles=hub) == 0": unknown role "hub" at column 20',
        '  count(people.roles=hub) == 0',
        '                     ^^^',
        'valid role values: isolate, peripheral, central-connector, broker, overloaded, one-way, critical',
      ].join('\n'),
    );
    expect(messageOf('count(people.roles=isolated) == 0').split('\n')[0]).toBe(
      'in rule "count(people.roles=isolated) == 0": unknown role "isolated" at column 20 (did you mean "isolate"?)',
    );
    expect(messageOf('count(people.activity.status=sleeping) == 0')).toBe(
      [
        'in rule "count(people.activity.status=sleeping) == 0": unknown status "sleeping" at column 30',
        '  count(people.activity.status=sleeping) == 0',
        '                               ^^^^^^^^',
        'valid status values: dormant, fading, growing, steady, absent',
      ].join('\n'),
    );
    expect(messageOf('count(people.roles < 1) == 0').split('\n')[0]).toBe(
      'in rule "count(people.roles < 1) == 0": expected "=" or "!=" after people.roles, found "<" at column 20',
    );
    expect(messageOf('count(people.roles=) == 0').split('\n')[0]).toBe(
      'in rule "count(people.roles=) == 0": expected a role, found ")" at column 20',
    );
  });

  test('unclosed parenthesis', () => {
    expect(messageOf('count(groups.eiIndex < -0.5 == 0')).toBe(
      [
        'in rule "count(groups.eiIndex < -0.5 == 0": expected ")", found "==" at column 29',
        '  count(groups.eiIndex < -0.5 == 0',
        '                              ^^',
      ].join('\n'),
    );
    expect(messageOf('max(people.betweenness <= 0.5').split('\n')[0]).toBe(
      'in rule "max(people.betweenness <= 0.5": expected ")", found "<=" at column 24',
    );
  });

  test('a percentage of an amount is refused', () => {
    expect(messageOf('ties >= 5%')).toBe(
      [
        'in rule "ties >= 5%": a percentage needs a share or a count of people at column 9',
        '  ties >= 5%',
        '          ^^',
        '"ties" is an amount: write the number itself',
      ].join('\n'),
    );
    expect(messageOf('max(people.inDegree) <= 10%').split('\n')[3]).toBe('"max(people.inDegree)" is an amount: write the number itself');
    expect(messageOf('count(people.brokerage.liaison > 5%) == 0').split('\n')[3]).toBe(
      '"people.brokerage.liaison" is an amount: write the number itself',
    );
  });

  test('a number too large for a double', () => {
    expect(messageOf('ties < 1e999').split('\n')[0]).toBe('in rule "ties < 1e999": number "1e999" is out of range at column 8');
  });

  test('field names are own properties only', () => {
    expect(messageOf('constructor > 1').split('\n')[0]).toBe('in rule "constructor > 1": unknown field "constructor" at column 1');
    expect(messageOf('max(people.__proto__) > 1').split('\n')[0]).toBe(
      'in rule "max(people.__proto__) > 1": unknown person field "__proto__" at column 5',
    );
  });
});
