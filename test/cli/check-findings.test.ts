/**
 * `check` reads the report's findings (docs/metrics.md#findings, docs/options.md): `count(findings.severity=high) == 0` and
 * `count(findings.kind=KIND)`, on the same list the JSON report carries.
 */
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { run, runJson } from '../helpers/cli.js';

const ACME = ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv'];

async function findingsOf(args: string[]): Promise<Report['findings']> {
  const result = await runJson<Report>(['analyze', ...args, '--format', 'json']);
  return result.json.findings;
}

describe('check on findings', () => {
  test('count(findings.severity=high) counts the JSON report’s high findings; a wrong count fails with both numbers', async () => {
    const findings = await findingsOf(ACME);
    const high = findings.filter((f) => f.severity === 'high').length;
    const pass = await run(['check', ...ACME, '--rule', `count(findings.severity=high) == ${high}`]);
    expect(pass.code, pass.stdout).toBe(0);
    const fail = await runJson<{ rules: { actual: number; message: string }[] }>(['check', ...ACME, '--rule', `count(findings.severity=high) == ${high + 1}`, '--format', 'json']);
    expect(fail.code).toBe(1);
    const [result] = fail.json.rules;
    expect(result!.actual).toBe(high);
    expect(result!.message).toBe(`count(findings.severity=high) is ${high} of ${findings.length} findings, expected == ${high + 1}`);
  });

  test('by kind, and != counts the others', async () => {
    const findings = await findingsOf(ACME);
    const silos = findings.filter((f) => f.kind === 'silo-group').length;
    const r = await run(['check', ...ACME, '--rule', `count(findings.kind=silo-group) == ${silos}`, '--rule', `count(findings.kind!=silo-group) == ${findings.length - silos}`]);
    expect(r.code, r.stdout).toBe(0);
  });

  test('no finding at all counts 0, not a missing value', async () => {
    // mutual-pair: two people who exchange both ways — nothing to say.
    const args = ['fixtures/graphs/mutual-pair.csv'];
    expect(await findingsOf(args)).toEqual([]);
    const r = await run(['check', ...args, '--rule', 'count(findings.severity=high) == 0']);
    expect(r.code, r.stdout).toBe(0);
  });

  test('a misspelt severity or field is a usage error that lists the valid ones', async () => {
    const severity = await run(['check', ...ACME, '--rule', 'count(findings.severity=hgh) == 0']);
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain('unknown severity "hgh"');
    expect(severity.stderr).toContain('valid severity values: high, medium, low');
    const field = await run(['check', ...ACME, '--rule', 'max(findings.severity) == 0']);
    expect(field.code).toBe(2);
    expect(field.stderr).toContain('findings are counted, not measured');
  });
});
