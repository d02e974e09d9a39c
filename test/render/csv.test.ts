/**
 * The CSV renderer (docs/outputs.md): RFC 4180 with CRLF, one row per entity, nested fields with
 * dots, arrays joined with `|`, null as an empty cell, and text that a spreadsheet would run
 * as a formula prefixed with `'` — numbers, even negative ones, left as numbers.
 */
import { describe, expect, test } from 'vitest';
import { renderContext, TABLES, type TableName } from '../../src/render/context.js';
import { csvCell, renderCsv } from '../../src/render/csv.js';
import { textOf } from '../../src/render/output.js';
import { sampleAnalysis } from './fixture.js';

const csv = (table: TableName) => textOf(renderCsv(sampleAnalysis(), renderContext({ table })));
const lines = (text: string) => text.split('\r\n');

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rinside', '"cr\rinside"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+34 600', "'+34 600"],
    ['-x', "'-x"],
    ['-1', "'-1"], // text that looks like a number is still text
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`], // prefixed, then quoted for the CR
    ['=a,b', `"'=a,b"`],
    ['a=b', 'a=b'], // only the first character matters
    ['José Pérez', 'José Pérez'],
  ])('text %j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test.each([
    [0, '0'],
    [-0.6, '-0.6'],
    [-1, '-1'],
    [1.5, '1.5'],
    [1 / 3, '0.3333333333333333'], // full precision: the CSV is for machines
    [1e21, '1e+21'],
  ])('number %d → %j, never prefixed', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('null, NaN and Infinity are empty cells; booleans are words', () => {
    expect([csvCell(null), csvCell(Number.NaN), csvCell(Infinity), csvCell(-Infinity)]).toEqual(['', '', '', '']);
    expect([csvCell(true), csvCell(false)]).toEqual(['true', 'false']);
  });
});

describe('renderCsv', () => {
  test('every table ends every record with CRLF, the last one included', () => {
    for (const table of TABLES) {
      const text = csv(table);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  test('people: the docs/metrics.md#person fields flattened, then the people-file attributes', () => {
    const [header, first, second, , fourth] = lines(csv('people'));
    expect(header!.split(',')).toEqual([
      'id', 'label', 'group', 'inDegree', 'outDegree', 'inStrength', 'outStrength', 'degreeCentrality', 'betweenness',
      'closeness', 'pagerank', 'sourcePagerank', 'coreNumber', 'reciprocity', 'giveTakeRatio', 'constraint', 'effectiveSize', 'externalShare',
      'brokerage.coordinator', 'brokerage.itinerant', 'brokerage.gatekeeper', 'brokerage.representative',
      'brokerage.liaison', 'cutPoint', 'dependents', 'community', 'roles', 'activity.interactions',
      'activity.activePeriods', 'activity.activityRate', 'activity.firstSeen', 'activity.lastSeen', 'activity.trend',
      'activity.status', 'attributes.office',
    ]);
    // "Q, R": quotes doubled and quoted; the attribute '+34 Madrid' is text, so prefixed
    expect(first).toBe(
      '"""Q, R""",,sales,1,1,2,1.5,0.6666666666666666,0.25,0.5,0.25,0.25,1,0.5,0.42857142857142855,1,1,0.5,0,1,2,0,0,false,0,0,peripheral,3.5,2,0.5,2026-01-05,2026-04-20,,dormant,\'+34 Madrid',
    );
    // =cmd: the id is prefixed, the negative trend is not; a null reciprocity is empty
    expect(second).toBe(
      "'=cmd,,eng,1,1,2,1.5,0.6666666666666666,0,0.5,0.35,0.35,1,,0.42857142857142855,1,1,0.5,0,1,2,0,0,false,0,0,one-way,3.5,2,0.5,2026-01-05,2026-04-20,-0.75,fading,",
    );
    // zoe: no group, so no brokerage and no external share; NaN pagerank never leaks as text
    expect(fourth).toBe('zoe,,,1,1,2,1.5,0.6666666666666666,0,0.5,,,0,0,0.42857142857142855,1,1,,,,,,,false,0,0,isolate,3.5,2,0.5,2026-01-05,2026-04-20,0,steady,');
  });

  test('arrays joined with |', () => {
    expect(lines(csv('people'))[3]).toMatch(/,broker\|central-connector,/);
    // one cell: only its first character can start a formula
    expect(lines(csv('groups'))[2]).toMatch(/,ana\|=cmd$/);
  });

  test('groups', () => {
    expect(lines(csv('groups'))).toEqual([
      'group,size,internalTies,externalTies,eiIndex,eiPValue,internalShare,density,reciprocity,activityRate,connectors',
      'sales,1,0,1,1,0.9,0,,,0.5,"""Q, R"""',
      'eng,2,1,1,-0.6,0.01,0.5,0.5,0,0.5,ana|=cmd',
      '',
    ]);
  });

  test('communities: one column per group, 0 where a community has none', () => {
    expect(lines(csv('communities'))).toEqual([
      'id,size,dominantGroup,dominantShare,groups.sales,groups.eng',
      '0,3,eng,0.6666666666666666,1,2',
      '1,1,,,0,0',
      '',
    ]);
  });

  test('activity, mixing', () => {
    expect(lines(csv('activity'))).toEqual([
      'period,start,coverage,interactions,activePeople,newTies,reciprocity',
      '2026-01,2026-01-01,1,2,2,1,0',
      '2026-02,2026-02-01,1,1,2,1,',
      '',
    ]);
    expect(lines(csv('mixing'))).toEqual(['from,to,ties,weight', 'eng,eng,1,2', 'eng,sales,1,1', '']);
  });

  test('ties: from the graph, times as ISO 8601 UTC, empty without a time', () => {
    expect(lines(csv('ties'))).toEqual([
      'source,target,weight,count,first,last',
      "'=cmd,\"\"\"Q, R\"\"\",1,1,,",
      "ana,'=cmd,2,2,2026-01-05T09:00:00.000Z,2026-02-09T17:30:00.000Z",
      '',
    ]);
  });
});

describe('CSV for Excel in a ";" locale', () => {
  const spanish = { delimiter: ';', decimalComma: true, bom: true };

  test.each([
    [0.25, '0,25'],
    [-0.6, '-0,6'],
    [2, '2'],
    [1e21, '1e+21'],
    [1.5e-7, '1,5e-7'],
  ])('number %d → %j', (value, expected) => {
    expect(csvCell(value, spanish)).toBe(expected);
  });

  test('text is quoted for ; (not for a comma), and the formula guard stays', () => {
    expect(csvCell('Smith, Jane', spanish)).toBe('Smith, Jane');
    expect(csvCell('a;b', spanish)).toBe('"a;b"');
    expect(csvCell('=1;2', spanish)).toBe(`"'=1;2"`);
    expect(csvCell('-neg', spanish)).toBe("'-neg");
  });

  test('the BOM once, before the header; ; between cells; CRLF', () => {
    const text = textOf(renderCsv(sampleAnalysis(), renderContext({ table: 'groups', csv: spanish })));
    expect(text.startsWith('\ufeffgroup;size;internalTies;')).toBe(true);
    expect(text.indexOf('\ufeff', 1)).toBe(-1);
    // fixture.ts: eng E-I −0.6, p-value 0.01, internal share 0.5, density 0.5
    expect(lines(text)[2]).toBe('eng;2;1;1;-0,6;0,01;0,5;0,5;0;0,5;ana|=cmd');
  });
});
