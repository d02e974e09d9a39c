/**
 * `--remove` names people to analyse as if they had left. An id that names nobody — in the
 * interactions or in the people file — is almost always a typo, and says so on stderr.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runJson } from '../helpers/cli.js';

const ACME = join(ROOT, 'fixtures/acme');
const base = ['analyze', join(ACME, 'interactions.csv'), '--people', join(ACME, 'people.csv'), '--format', 'json'];

describe('--remove', () => {
  it('warns about an id that is in neither file, and only about that one', async () => {
    // josé.pérez has interactions, elena.popescu is only in the people file, jose.perez is a typo.
    const result = await runJson<{ org: { people: number }; meta: { removed: string[]; warnings: string[] } }>([...base, '--remove', 'josé.pérez,jose.perez,elena.popescu']);
    expect(result.code).toBe(0);
    const report = result.json;
    expect(report.org.people).toBe(78); // 80 listed, two removed
    expect(report.meta.removed).toEqual(['josé.pérez', 'jose.perez', 'elena.popescu']);
    expect(report.meta.warnings).toEqual(['--remove: no person "jose.perez" in the input; check the spelling']);
    expect(result.stderr).toBe('orgnet: warning: --remove: no person "jose.perez" in the input; check the spelling\n');
  });

  it('finds people in the survey wide format too', async () => {
    const result = await runJson<{ meta: { warnings: string[] } }>(['analyze', join(ROOT, 'fixtures/input/wide-survey.csv'), '--wide', '--remove', 'dora,zed', '--format', 'json']);
    const report = result.json;
    expect(report.meta.warnings).toEqual(['--remove: no person "zed" in the input; check the spelling']);
  });
});
