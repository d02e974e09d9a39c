import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { evaluateRules } from '../../src/core/check/evaluate.js';
import { parseRule } from '../../src/core/check/rules.js';
import type { CheckResult } from '../../src/core/check/types.js';
import { escapeAttribute, escapeText, renderJunit } from '../../src/render/junit.js';
import { sampleReport, withoutTimestamps } from '../core/check/fixture.js';

interface Testcase {
  '@_name': string;
  '@_classname': string;
  '@_time': string;
  failure?: { '@_message': string; '@_type': string; '#text': string };
  skipped?: { '@_message': string };
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    htmlEntities: true, // decode numeric character references such as &#10;
    isArray: (name) => name === 'testcase',
  });
  return parser.parse(xml) as {
    testsuites: Record<string, string> & { testsuite: Record<string, string> & { testcase?: Testcase[] } };
  };
}

const RULES = ['reciprocity >= 0.3', 'isolates == 0', 'activeShare >= 0.5', 'max(people.betweenness) <= 0.5'];

function result(allowMissing: boolean): CheckResult {
  return evaluateRules(withoutTimestamps(sampleReport()), RULES.map(parseRule), { allowMissing });
}

describe('renderJunit', () => {
  test('one suite, one testcase per rule, counts on suite and root', () => {
    const doc = parse(renderJunit(result(true), { color: false, seconds: 0.25, timestamp: '2026-05-01T12:00:00' }));
    const suite = doc.testsuites.testsuite;
    for (const node of [doc.testsuites, suite]) {
      expect(node).toMatchObject({ '@_name': 'orgnet check', '@_tests': '4', '@_failures': '2', '@_errors': '0', '@_skipped': '1', '@_time': '0.250' });
    }
    expect(suite['@_timestamp']).toBe('2026-05-01T12:00:00');
    expect(suite.testcase?.map((t) => t['@_name'])).toEqual(RULES);
    expect(suite.testcase?.every((t) => t['@_classname'] === 'orgnet.check' && t['@_time'] === '0')).toBe(true);
  });

  test('a failure carries the actual value; a skip carries the reason', () => {
    const cases = parse(renderJunit(result(true))).testsuites.testsuite.testcase ?? [];
    const [reciprocity, isolates, activeShare, betweenness] = cases;
    expect(reciprocity?.failure).toBeUndefined();
    expect(reciprocity?.skipped).toBeUndefined();
    expect(isolates?.failure?.['@_message']).toBe('isolates is 2, expected == 0');
    expect(isolates?.failure?.['@_type']).toBe('RuleFailed');
    expect(isolates?.failure?.['#text']).toBe('rule: isolates == 0\nactual: 2\nexpected: == 0\nisolates is 2, expected == 0');
    expect(activeShare?.skipped?.['@_message']).toBe('skipped: activeShare is null: the interactions have no timestamp column');
    // betweenness: a 0.75 is the largest
    expect(betweenness?.failure?.['@_message']).toBe('max(people.betweenness) is 0.75, expected <= 0.5');
  });

  test('without allowMissing a null value is a failure with actual null', () => {
    const doc = parse(renderJunit(result(false)));
    expect(doc.testsuites.testsuite).toMatchObject({ '@_tests': '4', '@_failures': '3', '@_skipped': '0' });
    const activeShare = doc.testsuites.testsuite.testcase?.[2];
    expect(activeShare?.failure?.['#text']).toContain('actual: null\nexpected: >= 0.5');
  });

  test('defaults: time 0 and no timestamp', () => {
    const xml = renderJunit(result(true));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="orgnet check"')).toBe(true);
    expect(parse(xml).testsuites.testsuite['@_time']).toBe('0.000');
    expect(xml).not.toContain('timestamp=');
  });

  test('no rules is still a valid, empty suite', () => {
    const doc = parse(renderJunit(evaluateRules(sampleReport(), [])));
    expect(doc.testsuites.testsuite).toMatchObject({ '@_tests': '0', '@_failures': '0' });
  });

  test('every string is escaped, and characters XML forbids are replaced', () => {
    const nasty = 'a <b> & "c" \'d\'\u0001\ttab\nline';
    const hand: CheckResult = {
      passed: false,
      tests: 1,
      failures: 1,
      skipped: 0,
      results: [
        { rule: nasty, status: 'fail', passed: false, actual: 1, op: '<', threshold: 0, percent: false, count: null, message: nasty },
      ],
    };
    const xml = renderJunit(hand);
    const testcase = parse(xml).testsuites.testsuite.testcase?.[0];
    expect(testcase?.['@_name']).toBe('a <b> & "c" \'d\'\uFFFD\ttab\nline');
    expect(testcase?.failure?.['@_message']).toBe('a <b> & "c" \'d\'\uFFFD\ttab\nline');
    expect(xml).not.toContain('\u0001');
  });

  test('escape helpers', () => {
    expect(escapeAttribute('<&>"\'\n')).toBe('&lt;&amp;&gt;&quot;&apos;&#10;');
    expect(escapeText('<&>"\'\n')).toBe('&lt;&amp;&gt;"\'\n');
    expect(escapeText('ok \uD83D\uDE00 \uD800 end')).toBe('ok \uD83D\uDE00 \uFFFD end');
  });
});
