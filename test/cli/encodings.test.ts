/**
 * Encodings as exports come (docs/input.md#encodings-and-messy-files), through the command line: Excel on Spanish or
 * Western-European Windows writes windows-1252, Excel's "Unicode text" UTF-16 LE with a BOM.
 * The fixtures hold José, María, Peña (and 李雷, 😀 in UTF-16) byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { run, runJson } from '../helpers/cli.js';
import { analyzeJson, expectExit2, readCsv } from './analyze-helpers.js';

const W1252 = 'fixtures/input/windows-1252-names.csv';
const W1252_PEOPLE = 'fixtures/input/windows-1252-people.csv';
const TRY = 'try --encoding windows-1252 (what Excel writes on Spanish or Western-European Windows) or --encoding latin1';

describe('windows-1252', () => {
  it('without --encoding: exit 2 naming the first bad line and the flag to try', async () => {
    const r = await run(['analyze', W1252]);
    expectExit2(r);
    expect(r.stderr).toBe(`${W1252}:2: not valid UTF-8 (byte 0xE9 after "Jos"): the file is in another encoding; ${TRY}\n`);
  });

  it('with --encoding windows-1252: the names as written, and the encoding in meta.input', async () => {
    const report = await analyzeJson([W1252, '--encoding', 'windows-1252', '--quiet']);
    expect(report.people.map((p) => p.id)).toEqual(['José', 'María', 'Peña']);
    expect(report.meta.input.encoding).toBe('windows-1252');
    expect(report.meta.options.encoding).toBe('windows-1252');
    // José → María 2, Peña → José 1, María → Peña 1.
    expect(report.org).toMatchObject({ ties: 3, totalWeight: 4 });
  });

  it('accepts the names people write for it (cp1252, latin-1, UTF-8) and refuses others', async () => {
    const report = await analyzeJson([W1252, '--encoding', 'CP1252', '--quiet']);
    expect(report.meta.input.encoding).toBe('windows-1252');
    const r = await run(['analyze', W1252, '--encoding', 'ebcdic']);
    expectExit2(r);
    expect(r.stderr).toBe('orgnet: --encoding "ebcdic": expected one of utf8, utf16le, utf16be, latin1, windows-1252\n');
  });

  it('the people file is read in its own encoding: windows-1252 detected, --people-encoding to say it', async () => {
    // The interactions in windows-1252 (--encoding), the people file detected on its own.
    const report = await analyzeJson([W1252, '--people', W1252_PEOPLE, '--encoding', 'windows-1252', '--quiet']);
    expect(report.people.map((p) => [p.id, p.group, p.attributes.ciudad])).toEqual([
      ['José', 'Ventas', 'Málaga'],
      ['María', 'Dirección', 'León'],
      ['Peña', 'Ventas', 'Cádiz'],
    ]);
    expect(report.meta.input.encoding).toBe('windows-1252');
    expect(report.meta.people).toMatchObject({ encoding: 'windows-1252', idColumn: 'id', groupBy: 'departamento' });
    // --people-encoding says what the file is; a wrong one is refused naming that flag.
    const said = await analyzeJson([W1252, '--people', W1252_PEOPLE, '--encoding', 'windows-1252', '--people-encoding', 'cp1252', '--quiet']);
    expect(said.people).toEqual(report.people);
    const wrong = await run(['analyze', W1252, '--people', W1252_PEOPLE, '--encoding', 'windows-1252', '--people-encoding', 'utf8']);
    expectExit2(wrong);
    expect(wrong.stderr).toBe(
      `${W1252_PEOPLE}:2: not valid UTF-8 (byte 0xE9 after "Jos"): the file is in another encoding; try --people-encoding windows-1252 (what Excel writes on Spanish or Western-European Windows) or --people-encoding latin1\n`,
    );
    // --encoding is the interactions file's only: a UTF-8 interactions file beside this people file needs no flag.
    const utf8 = await runJson<{ meta: { input: { encoding: string }; people: { encoding: string } } }>(['analyze', 'fixtures/input/utf8-names.csv', '--people', W1252_PEOPLE, '--allow-unmatched', '--format', 'json', '--quiet']);
    expect(utf8.code).toBe(0);
    expect(utf8.json.meta).toMatchObject({
      input: { encoding: 'utf8' },
      people: { encoding: 'windows-1252' },
    });
  });
});

describe('UTF-16 with a byte-order mark', () => {
  it.each([
    ['fixtures/input/utf16le-bom.tsv', 'utf16le'],
    ['fixtures/input/utf16be-bom.csv', 'utf16be'],
  ])('%s is read, not refused', async (file, encoding) => {
    const report = await analyzeJson([file, '--quiet']);
    expect(report.meta.input.encoding).toBe(encoding);
    expect(report.people.map((p) => p.id)).toEqual(['José', 'María', 'Peña', '李雷', '😀 emoji']);
    const r = await run(['analyze', file, '--format', 'csv', '--table', 'ties']);
    expect(readCsv(r.stdout).slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['José', 'María', '2'],
      ['María', '李雷', '1'],
      ['Peña', 'José', '1'],
      ['李雷', '😀 emoji', '1'],
    ]);
  });

  it('without a byte-order mark, the message names the flag', async () => {
    const r = await run(['analyze', 'fixtures/input/utf16le-no-bom.csv']);
    expectExit2(r);
    expect(r.stderr).toBe('fixtures/input/utf16le-no-bom.csv: UTF-16 LE text without a byte-order mark: add --encoding utf16le\n');
    const report = await analyzeJson(['fixtures/input/utf16le-no-bom.csv', '--encoding', 'utf16le', '--quiet']);
    expect(report.org.people).toBe(5);
  });
});

describe('--max-field-size', () => {
  const long = `source,target\nana,ben\nben,"${'x'.repeat(5000)}\nana,carla\n`;

  it('stops at the line of a field that never ends, even with --lenient, and leaves no output file', async () => {
    for (const extra of [[], ['--lenient']]) {
      const r = await run(['analyze', '-', '--max-field-size', '4K', ...extra], { stdin: long });
      expectExit2(r);
      expect(r.stderr).toBe('<stdin>:3: a field or line longer than 4096 characters (often a quote that never closes); fix the file, or raise --max-field-size\n');
    }
  });

  it('bounds quote-free lines too, whether they end or not', async () => {
    const message = 'a field or line longer than 4096 characters (often a quote that never closes); fix the file, or raise --max-field-size\n';
    for (const text of [`source,target\nana,ben\nben,${'x'.repeat(5000)}\nana,carla\n`, `source,target\nana,ben\nben,${'x'.repeat(50_000)}`]) {
      const r = await run(['analyze', '-', '--max-field-size', '4K'], { stdin: text });
      expectExit2(r);
      expect(r.stderr).toBe(`<stdin>:3: ${message}`);
    }
  });

  it('reads it with a larger bound, and refuses a bound that is not a size', async () => {
    const r = await run(['analyze', '-', '--max-field-size', '1M', '--lenient', '--format', 'json', '--quiet'], { stdin: long });
    expect(r.code).toBe(0);
    const bad = await run(['analyze', '-', '--max-field-size', 'big'], { stdin: long });
    expectExit2(bad);
    expect(bad.stderr).toBe('orgnet: --max-field-size big: expected a size such as 1048576, 512K or 4M\n');
  });
});
