/**
 * The real binary on exports as they come (docs/input.md, docs/input.md#encodings-and-messy-files): face-to-face contacts read
 * undirected, a meetings export, a windows-1252 file with and without --encoding, and a UTF-16
 * file on standard input. Exit codes, stdout and stderr as the shell sees them.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runJson } from '../helpers/binary.js';
import { ROOT } from '../helpers/cli.js';

const BIN = join(ROOT, 'bin/orgnet.cjs');
const CONTACTS = join(ROOT, '../shared/datasets/sociopatterns-workplace-2013');

function orgnet(args: string[], input?: Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
}

describe('orgnet binary, input modes', () => {
  test.skipIf(!existsSync(CONTACTS))('SocioPatterns contacts with --undirected: no reciprocity, exit 0', () => {
    const r = orgnet(['analyze', join(CONTACTS, 'interactions.csv'), '--people', join(CONTACTS, 'people.csv'), '--undirected']);
    expect(r.status).toBe(0);
    // Its timestamps are seconds from the start of the recording: said once, on stderr.
    expect(r.stderr).toMatch(/^orgnet: warning: .*interactions\.csv: every timestamp is a number of at most 1,016,440 seconds: read as elapsed time/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stdout).toContain('92 people, 755 undirected ties');
    expect(r.stdout).toMatch(/│ reciprocity +│ +— │ undirected data: reciprocity does not apply/);
    expect(r.stdout).not.toMatch(/\d+(\.\d+)?%\s+│ ties returned/);
  });

  test('a meetings export with --events, warnings on stderr only', () => {
    const r = runJson<{ org: { interactions: number }; meta: { options: { undirected: boolean } } }>(['analyze', 'fixtures/meetings/attendees.csv', '--people', 'fixtures/meetings/people.csv', '--events', '--max-event-size', '12', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('orgnet: warning: fixtures/meetings/attendees.csv: 1 event of more than 12 people made no tie (broadcasts; --max-event-size N raises the bound)\n');
    const report = r.json;
    expect(report.org.interactions).toBe(17);
    expect(report.meta.options.undirected).toBe(true);
  });

  test('windows-1252: exit 2 naming the line, and no -o file; exit 0 with --encoding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgnet-bin-'));
    try {
      const out = join(dir, 'report.json');
      const bad = orgnet(['analyze', 'fixtures/input/windows-1252-names.csv', '-o', out]);
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(/^fixtures\/input\/windows-1252-names\.csv:2: not valid UTF-8 \(byte 0xE9 after "Jos"\).*--encoding windows-1252/);
      expect(readdirSync(dir)).toEqual([]);
      const good = orgnet(['analyze', 'fixtures/input/windows-1252-names.csv', '--encoding', 'windows-1252', '-o', out]);
      expect(good.status).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8')) as { people: { id: string }[] };
      expect(report.people.map((p) => p.id)).toEqual(['José', 'María', 'Peña']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('UTF-16 with a BOM on standard input', () => {
    const r = orgnet(['analyze', '-', '--format', 'csv', '--table', 'people'], readFileSync(join(ROOT, 'fixtures/input/utf16le-bom.tsv')));
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n').slice(1, 4).map((line) => line.split(',')[0])).toEqual(['José', 'María', 'Peña']);
  });
});
