/** Names from the user's CSV are shown, never obeyed, by the terminal. */
import { describe, expect, test } from 'vitest';
import { isolated } from '../../src/core/base/printable.js';
import { printable, printableReport } from '../../src/render/printable.js';
import { sampleReport } from './fixture.js';

describe('printable', () => {
  test.each([
    ['José Pérez', 'José Pérez'],
    ['李雷', '李雷'],
    ['\u001b[31mred\u001b[0m', '\\x1b[31mred\\x1b[0m'],
    ['two\nlines', 'two\\nlines'],
    ['a\tb\rc', 'a\\tb\\rc'],
    ['bell\u0007', 'bell\\x07'],
    ['del\u007f', 'del\\x7f'],
    ['csi\u009b2J', 'csi\\x9b2J'], // the one-byte C1 control sequence introducer
    ['Ana\u202e tnaw I', 'Ana\\u202e tnaw I'], // right-to-left override
    ['a\u2066b\u2069', 'a\\u2066b\\u2069'], // an isolate and its end
    ['\u200fmark\u200e', '\\u200fmark\\u200e'],
    ['Bob\u200b', 'Bob\\u200b'], // zero-width space: "Bob" twice would look the same
    ['soft\u00adhyphen\ufeff', 'soft\\xadhyphen\\ufeff'],
    ['مهرداد\u200cی', 'مهرداد\u200cی'], // the zero-width non-joiner shapes Persian letters: kept
  ])('%j → %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe('isolated', () => {
  test.each([
    ['Ana', 'Ana'],
    ['José Pérez', 'José Pérez'],
    ['يوسف', '\u2068يوسف\u2069'],
    ['שרה כהן', '\u2068שרה כהן\u2069'],
    ['Ana\u202e tnaw I', '\u2068Ana\u202e tnaw I\u2069'],
    ['Eve\u2066 x', '\u2068Eve\u2066 x\u2069'],
  ])('%j → %j', (text, shown) => {
    expect(isolated(text)).toBe(shown);
  });
});

describe('printableReport', () => {
  test('every string and every key, numbers and nulls untouched, the input not modified', () => {
    const report = sampleReport();
    report.people[0]!.id = 'x\u001b]0;title\u0007';
    report.communities[0]!.groups = { 'g\n1': 2 };
    const shown = printableReport(report);
    expect(shown.people[0]!.id).toBe('x\\x1b]0;title\\x07');
    expect(shown.communities[0]!.groups).toEqual({ 'g\\n1': 2 });
    expect(shown.people[0]!.pagerank).toBe(0.25);
    expect(shown.communities[1]!.dominantGroup).toBeNull();
    expect(report.people[0]!.id).toBe('x\u001b]0;title\u0007');
  });
});
