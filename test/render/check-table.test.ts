import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { evaluateRules } from '../../src/core/check/evaluate.js';
import { parseRule } from '../../src/core/check/rules.js';
import { renderCheckJson } from '../../src/render/check-json.js';
import { renderCheckTable } from '../../src/render/check-table.js';
import { sampleReport, withoutTimestamps } from '../core/check/fixture.js';

const RULES = ['reciprocity >= 30%', 'isolates <= 2%', 'activeShare >= 0.5', 'count(groups.eiIndex < -0.5) == 0'];

function result(allowMissing = true) {
  return evaluateRules(withoutTimestamps(sampleReport()), RULES.map(parseRule), { allowMissing });
}

describe('renderCheckTable', () => {
  test('one line per rule, the reason under failed and skipped ones, then the totals', () => {
    expect(renderCheckTable(result(), { color: false })).toBe(
      [
        '      rule                               value',
        'PASS  reciprocity >= 30%                 50%',
        'FAIL  isolates <= 2%                     33.33%',
        '      isolates is 33.33% (2 of 6 people), expected <= 2%',
        'SKIP  activeShare >= 0.5                 —',
        '      skipped: activeShare is null: the interactions have no timestamp column',
        'FAIL  count(groups.eiIndex < -0.5) == 0  1',
        '      count(groups.eiIndex < -0.5) is 1 of 2 groups, expected == 0',
        '',
        '1 passed, 2 failed, 1 skipped (4 rules)',
        '',
      ].join('\n'),
    );
  });

  test('a passing check says so', () => {
    const passing = evaluateRules(sampleReport(), [parseRule('ties > 1')]);
    expect(renderCheckTable(passing, { color: false }).endsWith('\n1 passed, 0 failed (1 rule)\n')).toBe(true);
  });

  test('colour only when the context asks, never from the global chalk', () => {
    const ESC = '\u001b[';
    expect(renderCheckTable(result(), { color: false })).not.toContain(ESC);
    const coloured = renderCheckTable(result(), { color: true });
    expect(coloured).toContain(`${ESC}32mPASS${ESC}39m`);
    expect(coloured).toContain(`${ESC}31m${ESC}1mFAIL`);
    expect(coloured).toContain(`${ESC}33mSKIP${ESC}39m`);
    // The analysis RenderContext (color + chalk) fits as it is.
    const ctx = { color: true, chalk: new Chalk({ level: 3 }), top: 10 };
    expect(renderCheckTable(result(), ctx)).toContain(`${ESC}32mPASS`);
    expect(renderCheckTable(result(), { ...ctx, color: false })).not.toContain(ESC);
    // Without colour the text is the same as the coloured one stripped of escapes.
    // eslint-disable-next-line no-control-regex -- removing ANSI escapes
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(renderCheckTable(result(), { color: false }));
  });
});

describe('renderCheckJson', () => {
  test('overall outcome, counts, and every rule with its exact value', () => {
    const parsed = JSON.parse(renderCheckJson(result(false), { color: false })) as Record<string, unknown>;
    expect(parsed).toMatchObject({ passed: false, tests: 4, failures: 3, skipped: 0 });
    expect(parsed.rules).toEqual([
      {
        rule: 'reciprocity >= 30%',
        status: 'pass',
        passed: true,
        actual: 0.5,
        op: '>=',
        threshold: 0.3,
        percent: true,
        count: null,
        message: 'reciprocity is 50% (>= 30%)',
      },
      {
        rule: 'isolates <= 2%',
        status: 'fail',
        passed: false,
        actual: 2 / 6,
        op: '<=',
        threshold: 0.02,
        percent: true,
        count: { matched: 2, of: 6, scope: 'people' },
        message: 'isolates is 33.33% (2 of 6 people), expected <= 2%',
      },
      {
        rule: 'activeShare >= 0.5',
        status: 'fail',
        passed: false,
        actual: null,
        op: '>=',
        threshold: 0.5,
        percent: false,
        count: null,
        message: 'activeShare is null: the interactions have no timestamp column; expected >= 0.5',
      },
      {
        rule: 'count(groups.eiIndex < -0.5) == 0',
        status: 'fail',
        passed: false,
        actual: 1,
        op: '==',
        threshold: 0,
        percent: false,
        count: { matched: 1, of: 2, scope: 'groups' },
        message: 'count(groups.eiIndex < -0.5) is 1 of 2 groups, expected == 0',
      },
    ]);
  });

  test('ends with a newline and is stable', () => {
    const text = renderCheckJson(result());
    expect(text.endsWith('}\n')).toBe(true);
    expect(renderCheckJson(result())).toBe(text);
  });
});
