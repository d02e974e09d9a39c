/** The JSON renderer (docs/outputs.md) and the renderer registry behind `--format` and `-o`. */
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/core/base/errors.js';
import { renderContext } from '../helpers/render-context.js';
import { BINARY_FORMATS, FORMATS, formatFromPath, RENDERERS } from '../../src/render/index.js';
import { renderJson as renderChunks } from '../../src/render/json.js';
import { bytesOf, textOf } from '../../src/render/output.js';
import type { Analysis } from '../../src/core/analysis/analyze.js';

const renderJson = (analysis: Analysis) => textOf(renderChunks(analysis));
import { sampleAnalysis } from './fixture.js';

describe('renderJson', () => {
  test('the report, indented by two spaces, one newline at the end', () => {
    const analysis = sampleAnalysis();
    const text = renderJson(analysis);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "meta": {\n    "tool": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  test('a NaN that slipped through is written as null, never as NaN', () => {
    const text = renderJson(sampleAnalysis());
    expect(text).not.toMatch(/NaN|Infinity/);
    const parsed = JSON.parse(text) as { people: { id: string; pagerank: number | null }[] };
    expect(parsed.people.find((p) => p.id === 'zoe')!.pagerank).toBeNull();
  });

  test('people and every other section are kept as given', () => {
    const analysis = sampleAnalysis();
    const parsed = JSON.parse(renderJson(analysis)) as typeof analysis.report;
    expect(parsed.people.map((p) => p.id)).toEqual(['"Q, R"', '=cmd', 'ana', 'zoe']);
    expect(parsed.groups).toEqual(analysis.report.groups);
    expect(parsed.activity).toEqual(analysis.report.activity);
    expect(parsed.org.modularity).toBe(-0.125);
  });
});

describe('RENDERERS and formatFromPath', () => {
  test('one renderer per format: a text ending in a newline, or for xlsx a zip', async () => {
    expect(Object.keys(RENDERERS)).toEqual([...FORMATS]);
    expect(BINARY_FORMATS).toEqual(['xlsx']);
    for (const format of FORMATS) {
      const bytes = await bytesOf((await RENDERERS[format]())(sampleAnalysis(), renderContext()));
      if (BINARY_FORMATS.includes(format)) expect(bytes.subarray(0, 4).toString('latin1'), format).toBe('PK\u0003\u0004');
      else expect(bytes.toString('utf8').endsWith('\n'), format).toBe(true);
    }
  });

  test('the streamed JSON is byte for byte JSON.stringify of the report', () => {
    const analysis = sampleAnalysis();
    expect(renderJson(analysis)).toBe(JSON.stringify(analysis.report, null, 2) + '\n');
    const empty = { ...analysis, report: { ...analysis.report, people: [], groups: [] } };
    expect(renderJson(empty)).toBe(JSON.stringify(empty.report, null, 2) + '\n');
    // Elements of any shape: undefined (null), nested arrays and objects, text with newlines.
    const odd = { ...analysis, report: { ...analysis.report, mixing: [undefined, [1, [2, { a: [] }]], { b: 'x\ny', c: {} }, 'z', 3] } };
    expect(renderJson(odd as unknown as typeof analysis)).toBe(JSON.stringify(odd.report, null, 2) + '\n');
  });

  test.each([
    ['report.json', 'json'],
    ['out/REPORT.JSON', 'json'],
    ['people.csv', 'csv'],
    ['report.txt', 'table'],
    ['/tmp/a.b/people.CSV', 'csv'],
    ['people.ndjson', 'ndjson'],
    ['people.jsonl', 'ndjson'],
    ['report.XLSX', 'xlsx'],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });

  test.each(['report.xyz', 'report', 'report.json.bak', '.json'])('%s is a usage error that names the formats', (path) => {
    expect(() => formatFromPath(path)).toThrow(UsageError);
    expect(() => formatFromPath(path)).toThrow(/add --format table\|json\|csv/);
  });
});
