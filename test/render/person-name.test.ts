/**
 * Every human-facing view names a person through one helper (src/render/person-name.ts): the
 * display name when the people file gives one, else the id. The sample report (fixture.ts) gets
 * labels for two of its four people; each view must show those labels where it shows a person —
 * the top people, the roles, the connectors, the key players, the findings — and the ids of the
 * two people without a label. The expected texts are the fixture's labels, written out here.
 */
import { describe, expect, test } from 'vitest';
import { renderGexf } from '../../src/render/export/gexf.js';
import { buildPageData } from '../../src/render/html/page-data-build.js';
import { renderContext } from '../../src/render/context.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { bytesOf, textOf } from '../../src/render/output.js';
import { personName, personNamer } from '../../src/render/person-name.js';
import { tableText } from '../../src/render/table.js';
import { renderXlsx } from '../../src/render/xlsx/index.js';
import { readWithSheetJs } from '../helpers/xlsx.js';
import { sampleAnalysis } from './fixture.js';

/** =cmd (the key player, one-way, an eng connector) is Carmen; ana (broker) has a name that is Markdown syntax. */
function labelled() {
  const analysis = sampleAnalysis();
  for (const p of analysis.report.people) {
    if (p.id === '=cmd') p.label = 'Carmen Díaz';
    if (p.id === 'ana') p.label = 'Ana | *García*';
  }
  return analysis;
}

describe('personName', () => {
  test('the label when there is one, else the id; an empty or blank label is no label', () => {
    expect(personName({ id: 'a.b', label: 'Ana B' }, 'plain')).toBe('Ana B');
    expect(personName({ id: 'a.b', label: null }, 'plain')).toBe('a.b');
    expect(personName({ id: 'a.b' }, 'plain')).toBe('a.b');
    expect(personName({ id: 'a.b', label: '  ' }, 'plain')).toBe('a.b');
  });

  test('each view makes the name safe where it lands', () => {
    const p = { id: 'x', label: 'A|b\u001b[31m' };
    expect(personName(p, 'terminal')).toBe('A|b\\x1b[31m');
    // The visible escape's backslash is itself escaped, so Markdown shows it.
    expect(personName(p, 'markdown')).toBe('A\\|b\\\\x1b\\[31m');
    expect(personName(p, 'html')).toBe('A|b\u001b[31m');
  });

  test('a namer names listed people by label and anyone else by id', () => {
    const name = personNamer([{ id: 'a', label: 'Ana' }, { id: 'b', label: null }], 'plain');
    expect([name('a'), name('b'), name('c')]).toEqual(['Ana', 'b', 'c']);
  });
});

describe('every view shows the label', () => {
  test('terminal: top people, roles, connectors, key players and findings', () => {
    const text = tableText(labelled(), renderContext({ width: 240 }));
    expect(text).toMatch(/│ Ana \| \*García\* +│ eng/);
    expect(text).toMatch(/│ Carmen Díaz +│ eng/);
    expect(text).toMatch(/│ zoe +│ —/);
    expect(text).toContain('broker (bridge groups): Ana | *García*');
    expect(text).toContain('one-way (share or receive without exchange): Carmen Díaz');
    expect(text).toMatch(/│ +Ana \| \*García\*, Carmen Díaz │/);
    expect(text).toMatch(/│ +1 │ Carmen Díaz +│ eng/);
    expect(text).toContain('Without Carmen Díaz, nobody could reach anybody any more');
    expect(text).not.toMatch(/[│ ]=cmd[ │,]/);
  });

  test('Markdown: names escaped once, in tables and in the findings', () => {
    const text = textOf(renderMarkdown(labelled(), renderContext()));
    expect(text).toContain('| 1 | Ana \\| \\*García\\* | eng |');
    expect(text).toContain('Without Carmen Díaz, nobody could reach anybody any more');
    expect(text).toContain('mostly receive: Carmen Díaz.');
    expect(text).toContain('| Ana \\| \\*García\\*, Carmen Díaz |');
    expect(text).not.toContain('=cmd');
  });

  test('HTML: the page carries each person’s label beside the id', () => {
    const data = buildPageData(labelled(), 'en');
    expect(data.people.id).toEqual(['"Q, R"', '=cmd', 'ana', 'zoe']);
    expect(data.people.label).toEqual([null, 'Carmen Díaz', 'Ana | *García*', null]);
  });

  test('the workbook: the Summary’s findings and key players name people', async () => {
    const book = readWithSheetJs(await bytesOf(renderXlsx(labelled(), renderContext())));
    const cells = (book.grid.get('Summary') ?? []).flat().flatMap((c) => (c.t === 's' ? [c.v] : []));
    expect(cells.some((c) => c.startsWith('Losing the key player would cut people off — Without Carmen Díaz,'))).toBe(true);
    const header = cells.indexOf('Distance fragmentation after removal');
    expect(cells[header - 1]).toBe('Person');
    expect(cells).toContain('Carmen Díaz');
  });

  test('GEXF: the node label is the name, the id stays the node id', () => {
    const text = textOf(renderGexf(labelled()));
    expect(text).toContain('<node id="=cmd" label="Carmen Díaz">');
    expect(text).toContain('<node id="zoe" label="zoe">');
  });
});
