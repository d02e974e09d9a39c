/** Names from the user's CSV are shown, never obeyed, by the terminal. */
import { describe, expect, test } from 'vitest';
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
  ])('%j → %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
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
