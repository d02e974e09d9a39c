/**
 * Names with bidirectional controls and invisible characters (fixtures/html/bidi-names) in the
 * terminal report and in Markdown, through the real binary: every such control is shown as a
 * visible escape (`\u202e`), so a right-to-left override cannot turn the rest of a line around,
 * and "Bob" followed by a zero-width space never looks like "Bob". (The HTML page isolates such
 * names instead: test/browser/html-bidi.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { orgnet } from '../helpers/binary.js';

const FX = 'fixtures/html/bidi-names';
/** The characters that move or hide text: bidirectional controls, zero-width and invisible ones. */
const HIDDEN = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

describe.each([
  ['terminal, 100 columns', ['--format', 'table']],
  ['Markdown', ['--format', 'md']],
])('%s', (_name, format) => {
  const r = orgnet(['analyze', `${FX}/interactions.csv`, '--people', `${FX}/people.csv`, ...format], { env: { COLUMNS: '100' } });

  test('no control that moves or hides text reaches the output', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(HIDDEN);
  });

  test('each is shown escaped, in the names of people and of groups', () => {
    // Markdown escapes the backslash of the escape (`\\u202e`) so that it shows as written.
    const shown = format[1] === 'md' ? r.stdout.replaceAll('\\\\u', '\\u') : r.stdout;
    expect(shown).toContain('Ana\\u202e tnaw I');
    expect(shown).toContain('Eve\\u2066 x');
    expect(shown).toContain('Support\\u202e');
    // The two Bobs: one with a zero-width space after the name, one without.
    expect(shown).toMatch(/Bob\\u200b/);
    expect(shown).toMatch(/Bob(?!\\u200b)[ ,|.]/);
    // Arabic letters are not controls: shown as they are.
    expect(shown).toContain('يوسف');
  });
});
