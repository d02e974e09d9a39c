// The `--fail-on` rule language: what parses, into what, and the errors of what does not.
import { describe, expect, test } from 'vitest';
import { parseDiffRule } from '../../../src/core/diff/rules.js';

describe('parseDiffRule', () => {
  test('delta of every kind of check REF, and gained/lost ties', () => {
    expect(parseDiffRule(' delta( org.reciprocity ) < -0.05 ')).toMatchObject({
      text: 'delta( org.reciprocity ) < -0.05',
      refText: 'delta(reciprocity)',
      ref: { kind: 'delta', ref: { kind: 'org', field: 'reciprocity' } },
      op: '<',
      threshold: { value: -0.05, percent: false },
    });
    expect(parseDiffRule('delta(count(people.roles=critical)) > 0').refText).toBe('delta(count(people.roles=critical))');
    expect(parseDiffRule('delta(count(groups.eiIndex < -0.5)) >= 1').refText).toBe('delta(count(groups.eiIndex < -0.5))');
    expect(parseDiffRule('delta(max(people.betweenness)) > 0.1').refText).toBe('delta(max(people.betweenness))');
    expect(parseDiffRule('lost(ties) > 20')).toMatchObject({ refText: 'lost(ties)', ref: { kind: 'ties', which: 'lost' } });
    expect(parseDiffRule('gained(ties) < 10%').threshold).toEqual({ value: 0.1, percent: true, text: '10%' });
    expect(parseDiffRule('changed( managers ) > 5%')).toMatchObject({ refText: 'changed(managers)', ref: { kind: 'managers' }, threshold: { value: 0.05, percent: true } });
    expect(() => parseDiffRule('changed(ties) > 0')).toThrow('changed(...) counts people whose manager changed: write changed(managers), found "ties"');
    expect(() => parseDiffRule('changed > 0')).toThrow('expected "(" after changed, found ">"');
  });

  test('percentages follow check: shares and counts of people, never an amount', () => {
    expect(parseDiffRule('delta(isolates) > 2%').threshold.value).toBe(0.02);
    expect(parseDiffRule('delta(count(people.roles=isolate)) > 5%').threshold.percent).toBe(true);
    expect(() => parseDiffRule('delta(totalWeight) < -10%')).toThrow('a percentage needs a share or a count of people');
  });

  test('errors quote the rule and point at the bad part', () => {
    expect(() => parseDiffRule('')).toThrow('empty --fail-on rule');
    expect(() => parseDiffRule('delta reciprocity < 0')).toThrow('expected "(" after delta, found "reciprocity"');
    expect(() => parseDiffRule('delta(reciprocity < 0')).toThrow('expected ")", found "<"');
    expect(() => parseDiffRule('deltaa(reciprocity) < 0')).toThrow('unknown function "deltaa" at column 1 (did you mean "delta"?)');
    let message = '';
    try {
      parseDiffRule('isolates > 2');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      [
        'in rule "isolates > 2": "isolates" is a level, not a change at column 1',
        '  isolates > 2',
        '  ^^^^^^^^',
        'diff rules are over changes: delta(isolates) OP NUMBER, gained(ties) OP NUMBER or lost(ties) OP NUMBER (e.g. "delta(reciprocity) < -0.05" or "lost(ties) > 20")',
        'to gate on a level, use orgnet check --rule',
      ].join('\n'),
    );
  });
});
