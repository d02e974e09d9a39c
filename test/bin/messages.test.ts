/**
 * Error messages through the real binary: one line each (a rule's caret display may follow, but
 * the first line stands alone and a 100 KB rule is not written out), control characters and NUL
 * shown escaped, and the cases that used to say the wrong thing: `--time-col source` when the
 * source column exists, a directory on standard input, a file in UTF-32 or in UTF-16 without its
 * byte-order mark, weights whose sum passes the largest double. (Invalid JSON by line and column,
 * UTF-16/UTF-32 and binary config and report files: test/bin/hostile-json.test.ts.)
 */
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectCleanError, orgnet, runJson } from '../helpers/binary.js';
import { tempDir } from '../helpers/temp-dir.js';


const dir = tempDir('messages');
const at = (name: string) => join(dir, name);
writeFileSync(at('abc.csv'), 'source,target,timestamp\na,b,2024-01-01\nb,c,2024-01-02\n');

describe('one line, escaped', () => {
  test('a 100 KB rule: the first line stands alone and shows the rule around the bad part only', () => {
    const rule = `org.people >>> ${'x'.repeat(100_000)}`;
    const r = orgnet(['check', at('abc.csv'), '--rule', rule]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    // The rule shown is its first 100 characters and "…"; the carets sit under ">>>" (column 12).
    const shown = `${rule.slice(0, 100)}…`;
    expect(lines).toEqual([`orgnet: in rule "${shown}": unknown operator ">>>" at column 12`, `  ${shown}`, `  ${' '.repeat(11)}^^^`, 'valid operators: < <= > >= == !=']);
  });

  test('a field name of 50,000 letters is cut in the message too', () => {
    const r = orgnet(['check', at('abc.csv'), '--rule', `${'y'.repeat(50_000)} > 3`]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`orgnet: in rule "${'y'.repeat(100)}…": unknown field "${'y'.repeat(40)}…" at column 1`);
    expect(r.stderr.length).toBeLessThan(2000);
  });

  test('a NUL byte in a path from a config file, and control characters in a file name, are shown escaped', () => {
    const config = at('nul.json');
    writeFileSync(config, JSON.stringify({ rules: ['org.people > 1'], options: { people: 'people\u0000.csv' } }));
    const r = orgnet(['check', at('abc.csv'), '--config', config]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${join(dir, 'people\\x00.csv')}: no such file: a file name cannot hold a NUL character\n`);
    const escape = orgnet(['analyze', at('missing\u001b[2J\nname.csv')]);
    expect(escape.status).toBe(2);
    expect(escape.stderr).toBe(`${at('missing\\x1b[2J\\nname.csv')}: no such file\n`);
  });
});

describe('what is wrong, said as it is', () => {
  test('--time-col source: the source column exists, and the flag took it', () => {
    const r = orgnet(['analyze', at('abc.csv'), '--time-col', 'source']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${at('abc.csv')}: no source column: the column "source" is the one --time-col names; give --time-col another column (or --source-col NAME)\n`);
  });

  test('analyze - with a directory on standard input', () => {
    const fd = openSync(dir, 'r');
    const r = orgnet(['analyze', '-'], { stdio: [fd, 'pipe', 'pipe'] });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('<stdin>: standard input is a directory: give a file (orgnet analyze FILE, or - < FILE)\n');
  });

  test('an interactions file in UTF-32 is named as such, with or without its byte-order mark', () => {
    const text = 'source,target\na,b\n';
    const le = Buffer.alloc(4 * text.length);
    [...text].forEach((c, i) => le.writeUInt32LE(c.charCodeAt(0), 4 * i));
    writeFileSync(at('utf32le.csv'), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), le]));
    writeFileSync(at('utf32be.csv'), Buffer.from(le).swap32());
    for (const [file, order] of [['utf32le.csv', 'LE'], ['utf32be.csv', 'BE']]) {
      const r = orgnet(['analyze', at(file!)]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`${at(file!)}: UTF-32 ${order} text: orgnet reads UTF-8, UTF-16, latin1 and windows-1252; save the file as UTF-8\n`);
    }
  });

  test('an interactions file in UTF-16 without a byte-order mark is named as such, with the flag that reads it', () => {
    const text = 'source,target\na,b\nb,c\n';
    writeFileSync(at('utf16le.csv'), Buffer.from(text, 'utf16le'));
    writeFileSync(at('utf16be.csv'), Buffer.from(text, 'utf16le').swap16());
    for (const [file, order, flag] of [['utf16le.csv', 'LE', 'utf16le'], ['utf16be.csv', 'BE', 'utf16be']]) {
      const r = orgnet(['analyze', at(file!)]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`${at(file!)}: UTF-16 ${order} text without a byte-order mark: add --encoding ${flag}\n`);
      // The flag it names reads the file: a → b, b → c.
      const read = runJson<{ org: { people: number; ties: number } }>(['analyze', at(file!), '--encoding', flag!, '--format', 'json']);
      expect(read.status, read.stderr).toBe(0);
      expect(read.json.org).toMatchObject({ people: 3, ties: 2 });
    }
  });

  test('weights that add up past 1.8e308: one line in analyze and in validate, not null figures', () => {
    // 1e308 + 1e308 = Infinity in double precision.
    writeFileSync(at('huge.csv'), 'source,target,weight\na,b,1e308\nb,a,1e308\nb,c,1\n');
    const message = `${at('huge.csv')}: the weights add up to more than 1.8e308, the largest number orgnet can hold: divide the weight column by a power of ten (strengths and totals scale with it; the other figures do not change)`;
    const r = orgnet(['analyze', at('huge.csv'), '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    const v = runJson<{ problems: { message: string }[] }>(['validate', at('huge.csv'), '--format', 'json']);
    expect(v.status).toBe(2);
    expect(v.json.problems.map((p) => p.message)).toEqual([message.slice(`${at('huge.csv')}: `.length)]);
    // One weight of 1e308 alone adds up fine.
    writeFileSync(at('large.csv'), 'source,target,weight\na,b,1e308\nb,c,1\n');
    const ok = runJson<{ org: { totalWeight: number } }>(['analyze', at('large.csv'), '--format', 'json']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.json.org.totalWeight).toBe(1e308 + 1);
    expectCleanError(`${ok.stderr}\n`);
  });
});
