/**
 * Names with bidirectional controls and invisible characters (fixtures/html/bidi-names) in the
 * terminal report and in Markdown, through the real binary: every such control is shown as a
 * visible escape (`\u202e`), so a right-to-left override cannot turn the rest of a line around,
 * and "Bob" followed by a zero-width space never looks like "Bob". Control characters (an escape
 * sequence, a bell, a tab) are shown as `\x1b`, `\x07`, `\t` the same way. (The HTML page isolates
 * such names instead: test/browser/html-bidi.test.ts.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { orgnet } from '../helpers/binary.js';
import { tempDir } from '../helpers/temp-dir.js';

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

describe.each([
  ['terminal, 100 columns', ['--format', 'table']],
  ['Markdown', ['--format', 'md']],
])('control characters in ids, %s', (_name, format) => {
  const dir = tempDir('control-names');
  // An escape sequence that would turn the terminal red, a bell after "Bob" (a second Bob that
  // looks like the first), a tab inside a name.
  writeFileSync(join(dir, 'interactions.csv'), 'source,target\nred\u001b[31mX\u001b[0m,Bob\nBob,Bob\u0007\nBob\u0007,tab\there\nred\u001b[31mX\u001b[0m,Bob\u0007\ntab\there,Bob\n');
  const r = orgnet(['analyze', join(dir, 'interactions.csv'), ...format], { env: { COLUMNS: '100' } });

  test('none reaches the output; each is shown as its escape, so the two Bobs differ', () => {
    expect(r.status, r.stderr).toBe(0);
    // Line ends are the only control characters written.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    // Markdown escapes the backslash of the escape, and the brackets, so that they show as written.
    const shown = format[1] === 'md' ? r.stdout.replaceAll('\\\\', '\\').replaceAll('\\[', '[') : r.stdout;
    expect(shown).toContain('red\\x1b[31mX\\x1b[0m');
    expect(shown).toContain('tab\\there');
    expect(shown).toMatch(/Bob\\x07/);
    expect(shown).toMatch(/Bob(?!\\x07)[ ,|.]/);
  });
});
