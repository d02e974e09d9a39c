/**
 * What `-o` and `--rejects` do with what is not a regular file, through the real binary, for
 * every command that writes one: a character device and a FIFO are written through and stay
 * what they were; a symbolic link is followed, its target replaced atomically and the link left
 * a link; `/dev/stdout`, `/dev/fd/N` and `/proc/self/fd/N` are the descriptors they name; a full
 * device, a full file system, a name too long and a socket are one line on stderr, exit 2, and
 * no file left behind. The devices are made here with mknod in a folder of the test's own (the
 * tests run as root, as orgnet does in containers); the real /dev is never touched.
 *
 * What a device, a FIFO or a descriptor received is compared with what the same command wrote
 * to a regular file (CSV and GraphML outputs, which hold no clock), byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACME, ACME_PEOPLE, entries, expectCleanError, orgnet, orgnetLater, reader, shellStatus } from '../helpers/binary.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';


const BAD_ROWS = join(ROOT, 'fixtures/input/thirteen-bad-rows.csv');

/** Every command that writes `-o`, each with an output that holds no clock where it can. */
const COMMANDS: Record<string, (out: string) => string[]> = {
  analyze: (out) => ['analyze', ACME, '--people', ACME_PEOPLE, '--format', 'csv', '-o', out],
  check: (out) => ['check', ACME, '--rule', 'org.people > 1', '--format', 'json', '--quiet', '-o', out],
  validate: (out) => ['validate', ACME, '--format', 'json', '-o', out],
  export: (out) => ['export', ACME, '--to', 'graphml', '-o', out],
  diff: (out) => ['diff', ACME, ACME, '--format', 'md', '-o', out],
};

/** Every command that takes `--rejects`, on a file with bad rows. */
const REJECTING: Record<string, (rejects: string, out: string) => string[]> = {
  analyze: (rejects, out) => ['analyze', BAD_ROWS, '--lenient', '--rejects', rejects, '--quiet', '--format', 'json', '-o', out],
  check: (rejects, out) => ['check', BAD_ROWS, '--lenient', '--rejects', rejects, '--quiet', '--rule', 'org.people > 1', '--format', 'json', '-o', out],
  export: (rejects, out) => ['export', BAD_ROWS, '--lenient', '--rejects', rejects, '--quiet', '--to', 'json', '-o', out],
};

function mknod(path: string, minor: number): void {
  // 1,3 is the null device, 1,7 the full one (every write fails with ENOSPC).
  const r = spawnSync('mknod', [path, 'c', '1', String(minor)]);
  if (r.status !== 0) throw new Error(`mknod ${path}: ${r.stderr.toString()}`);
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo ${path}: ${r.stderr.toString()}`);
}

const isDevice = (path: string, minor: number) => {
  const s = lstatSync(path);
  return s.isCharacterDevice() && (s.rdev & 0xff) === minor;
};

/** What a command writes to a regular file: the reference the through-written bytes are compared with. */
function reference(args: (out: string) => string[]): Buffer {
  const dir = tempDir('reference');
  const r = orgnet(args(join(dir, 'out')));
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(join(dir, 'out'));
}

describe('-o a character device', () => {
  test.each(Object.keys(COMMANDS))('%s: written through; the null device stays a device, nothing else is left', (name) => {
    const dir = tempDir('null');
    mknod(join(dir, 'null'), 3);
    const r = orgnet(COMMANDS[name]!(join(dir, 'null')));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(isDevice(join(dir, 'null'), 3)).toBe(true);
    expect(entries(dir)).toEqual(['null']);
  });

  test.each(Object.keys(COMMANDS))('%s: a full device is one line, exit 2, and stays a device', (name) => {
    const dir = tempDir('full');
    mknod(join(dir, 'full'), 7);
    const r = orgnet(COMMANDS[name]!(join(dir, 'full')));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`orgnet: cannot write ${join(dir, 'full')}: no space left on the device; free some space or write somewhere else\n`);
    expect(isDevice(join(dir, 'full'), 7)).toBe(true);
    expect(entries(dir)).toEqual(['full']);
  });

  test.each(Object.keys(REJECTING))('%s --rejects: the null device receives them and stays; the full one is exit 2 and no report', (name) => {
    const dir = tempDir('rejects-device');
    mknod(join(dir, 'null'), 3);
    mknod(join(dir, 'full'), 7);
    const ok = orgnet(REJECTING[name]!(join(dir, 'null'), join(dir, 'out')));
    expect(ok.status === 0 || ok.status === 1, ok.stderr).toBe(true);
    expect(entries(dir)).toEqual(['full', 'null', 'out']);
    const full = orgnet(REJECTING[name]!(join(dir, 'full'), join(dir, 'out2')));
    expect(full.status).toBe(2);
    expectCleanError(full.stderr, /^orgnet: cannot write .*\/full: no space left on the device/);
    expect(entries(dir)).toEqual(['full', 'null', 'out']);
    expect(isDevice(join(dir, 'null'), 3) && isDevice(join(dir, 'full'), 7)).toBe(true);
  });
});

describe('standard output that cannot be written', () => {
  test.each(['table', 'json', 'csv', 'md'])('analyze --format %s > full device: one line, exit 2, no stack trace', (format) => {
    const dir = tempDir('stdout-full');
    mknod(join(dir, 'full'), 7);
    const fd = openSync(join(dir, 'full'), 'w');
    const r = orgnet(['analyze', ACME, '--format', format], { stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('orgnet: cannot write to standard output: no space left on the device; free some space or write somewhere else\n');
    expect(entries(dir)).toEqual(['full']);
  });

  test.each(Object.keys(COMMANDS).filter((c) => c !== 'analyze'))('%s > full device: one line, exit 2, no stack trace', (name) => {
    const dir = tempDir('stdout-full');
    mknod(join(dir, 'full'), 7);
    const fd = openSync(join(dir, 'full'), 'w');
    // The command's arguments without -o: its output goes to standard output, the full device.
    const args = COMMANDS[name]!('-').slice(0, -2);
    const r = orgnet(args, { stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('orgnet: cannot write to standard output: no space left on the device; free some space or write somewhere else\n');
    expect(entries(dir)).toEqual(['full']);
  });
});

describe('-o a FIFO', () => {
  test.each(Object.keys(COMMANDS))('%s: the reader waiting on it gets the whole output; it stays a FIFO', async (name) => {
    const expected = reference(COMMANDS[name]!);
    const dir = tempDir('fifo');
    const fifo = join(dir, 'pipe');
    mkfifo(fifo);
    const got = reader(fifo);
    const r = orgnet(COMMANDS[name]!(fifo));
    expect(r.status, r.stderr).toBe(0);
    expect((await got).equals(expected)).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(entries(dir)).toEqual(['pipe']);
  });

  test('--rejects FIFO: the reader gets the rejected rows, as a file would hold them', async () => {
    const expected = reference((out) => REJECTING.analyze!(out, join(tempDir('rejects-reference'), 'report.json')));
    const dir = tempDir('fifo-rejects');
    const fifo = join(dir, 'pipe');
    mkfifo(fifo);
    const got = reader(fifo);
    const r = orgnet(REJECTING.analyze!(fifo, join(dir, 'report.json')));
    expect(r.status, r.stderr).toBe(0);
    expect((await got).toString()).toBe(expected.toString());
    expect(expected.toString()).toMatch(/^line,reason,row\r\n2,"bad weight ""bad0"": expected a number > 0","p0,q0,bad0"\r\n/);
    expect(entries(dir)).toEqual(['pipe', 'report.json']);
  });

  test('nobody reads it: Ctrl-C ends the wait within a second, exit 130, the FIFO stays', async () => {
    const dir = tempDir('fifo-unread');
    const fifo = join(dir, 'pipe');
    mkfifo(fifo);
    const run = orgnetLater(['analyze', ACME, '--format', 'csv', '-o', fifo]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = Date.now();
    run.child.kill('SIGINT');
    const exit = await run.exit;
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(shellStatus(exit)).toBe(130);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(entries(dir)).toEqual(['pipe']);
  });
});

describe('-o a symbolic link: followed, the target replaced beside itself, the link left a link', () => {
  test.each(Object.keys(COMMANDS))('%s: a link to a file in another folder', (name) => {
    const dir = tempDir('link');
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'latest'), 'the previous report\n');
    symlinkSync('reports/latest', join(dir, 'link'));
    const r = orgnet(COMMANDS[name]!(join(dir, 'link')));
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link'))).toBe('reports/latest');
    const written = readFileSync(join(dir, 'reports', 'latest'), 'utf8');
    expect(written).not.toContain('the previous report');
    expect(written.length).toBeGreaterThan(100);
    expect(entries(dir)).toEqual(['link', 'reports']);
    expect(entries(join(dir, 'reports'))).toEqual(['latest']);
  });

  test.each(Object.keys(REJECTING))('%s --rejects a link: the rows go to its target, the link stays a link', (name) => {
    const dir = tempDir('rejects-link');
    mkdirSync(join(dir, 'kept'));
    writeFileSync(join(dir, 'kept', 'rejects.csv'), 'the previous rejects\n');
    symlinkSync('kept/rejects.csv', join(dir, 'rejects'));
    const expected = reference((out) => REJECTING[name]!(out, join(tempDir('rejects-link-reference'), 'out')));
    const r = orgnet(REJECTING[name]!(join(dir, 'rejects'), join(dir, 'out')));
    expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
    expect(lstatSync(join(dir, 'rejects')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'rejects'))).toBe('kept/rejects.csv');
    expect(readFileSync(join(dir, 'kept', 'rejects.csv')).equals(expected)).toBe(true);
    expect(expected.toString()).toMatch(/^line,reason,row\r\n2,"bad weight ""bad0"": expected a number > 0","p0,q0,bad0"\r\n/);
    expect(entries(dir)).toEqual(['kept', 'out', 'rejects']);
    expect(entries(join(dir, 'kept'))).toEqual(['rejects.csv']);
  });

  test('a dangling link creates its target, as a shell `>` does; a chain of links is followed to its end', () => {
    const dir = tempDir('dangling');
    symlinkSync('made-by-orgnet.csv', join(dir, 'dangling'));
    symlinkSync('dangling', join(dir, 'chain'));
    const expected = reference(COMMANDS.analyze!);
    const r = orgnet(COMMANDS.analyze!(join(dir, 'chain')));
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'made-by-orgnet.csv')).equals(expected)).toBe(true);
    expect(lstatSync(join(dir, 'chain')).isSymbolicLink() && lstatSync(join(dir, 'dangling')).isSymbolicLink()).toBe(true);
    expect(entries(dir)).toEqual(['chain', 'dangling', 'made-by-orgnet.csv']);
  });

  test('a link into a folder that does not exist, and a loop of links: one line, exit 2, before any work', () => {
    const dir = tempDir('bad-links');
    symlinkSync('nowhere/report.csv', join(dir, 'lost'));
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    const lost = orgnet(COMMANDS.analyze!(join(dir, 'lost')));
    expect(lost.status).toBe(2);
    expect(lost.stderr).toBe(`orgnet: cannot write ${join(dir, 'lost')}: folder ${join(dir, 'nowhere')} does not exist (where the link leads: ${join(dir, 'nowhere/report.csv')})\n`);
    const loop = orgnet(COMMANDS.analyze!(join(dir, 'loop-a')));
    expect(loop.status).toBe(2);
    expect(loop.stderr).toBe(`orgnet: cannot write ${join(dir, 'loop-a')}: too many symbolic links (a loop?)\n`);
    expect(entries(dir)).toEqual(['loop-a', 'loop-b', 'lost']);
  });

  test('a link to an input file is refused like the input itself', () => {
    const dir = tempDir('link-input');
    writeFileSync(join(dir, 'in.csv'), 'source,target\na,b\n');
    symlinkSync('in.csv', join(dir, 'out.csv'));
    const r = orgnet(['analyze', join(dir, 'in.csv'), '--format', 'csv', '-o', join(dir, 'out.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`orgnet: refusing to write the output over the input file ${join(dir, 'in.csv')}; choose another -o path\n`);
    expect(readFileSync(join(dir, 'in.csv'), 'utf8')).toBe('source,target\na,b\n');
  });
});

describe('-o an open descriptor', () => {
  test.each(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1'])('-o %s writes the report on standard output', (path) => {
    const expected = reference(COMMANDS.analyze!);
    const r = orgnet(COMMANDS.analyze!(path));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(expected.toString());
  });

  test.each(Object.keys(COMMANDS).filter((c) => c !== 'analyze'))('%s -o /dev/fd/1 and -o /dev/stdout: the output on standard output, as a file holds it', (name) => {
    const expected = reference(COMMANDS[name]!).toString();
    for (const path of ['/dev/fd/1', '/dev/stdout']) {
      const r = orgnet(COMMANDS[name]!(path));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(expected);
    }
  });

  test('-o /dev/stdout with standard output sent to a file: that file holds the report, the same file', () => {
    const expected = reference(COMMANDS.export!);
    const dir = tempDir('stdout-file');
    const path = join(dir, 'captured.graphml');
    writeFileSync(path, '');
    const inode = statSync(path).ino;
    const fd = openSync(path, 'w');
    const r = orgnet(COMMANDS.export!('/dev/stdout'), { stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path).equals(expected)).toBe(true);
    expect(statSync(path).ino).toBe(inode);
    expect(entries(dir)).toEqual(['captured.graphml']);
  });

  test('-o /dev/fd/3 and --rejects /proc/self/fd/4: the files the shell opened on them', () => {
    const args = (rejects: string, out: string) => ['analyze', BAD_ROWS, '--lenient', '--quiet', '--rejects', rejects, '--format', 'csv', '-o', out];
    const files = tempDir('fd-reference');
    const plain = orgnet(args(join(files, 'rejects.csv'), join(files, 'people.csv')));
    expect(plain.status, plain.stderr).toBe(0);
    const dir = tempDir('fd-n');
    const fd3 = openSync(join(dir, 'three'), 'w');
    const fd4 = openSync(join(dir, 'four'), 'w');
    const r = orgnet(args('/proc/self/fd/4', '/dev/fd/3'), { stdio: ['ignore', 'pipe', 'pipe', fd3, fd4] });
    closeSync(fd3);
    closeSync(fd4);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'three')).equals(readFileSync(join(files, 'people.csv')))).toBe(true);
    expect(readFileSync(join(dir, 'four')).equals(readFileSync(join(files, 'rejects.csv')))).toBe(true);
    expect(readFileSync(join(dir, 'four'), 'utf8')).toMatch(/^line,reason,row\r\n2,"bad weight ""bad0"": expected a number > 0","p0,q0,bad0"\r\n/);
    expect(entries(dir)).toEqual(['four', 'three']);
  });
});

describe('-o what no report belongs in, or cannot be named', () => {
  test('a socket: one line, exit 2, before any work', async () => {
    const dir = tempDir('socket');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock'), resolve));
    try {
      const r = orgnet(COMMANDS.analyze!(join(dir, 'sock')));
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`orgnet: cannot write ${join(dir, 'sock')}: it is a socket, not a file; name a file\n`);
    } finally {
      server.close();
    }
  });

  test('a name of 240 characters is written (the temporary name is cut to fit); one of 300 is one line, exit 2', () => {
    const dir = tempDir('long');
    const long = `${'r'.repeat(236)}.csv`;
    const ok = orgnet(COMMANDS.analyze!(join(dir, long)));
    expect(ok.status, ok.stderr).toBe(0);
    expect(entries(dir)).toEqual([long]);
    const tooLong = `${'r'.repeat(296)}.csv`;
    const bad = orgnet(COMMANDS.analyze!(join(dir, tooLong)));
    expect(bad.status).toBe(2);
    expectCleanError(bad.stderr, /^orgnet: cannot write .*: the name is longer than the file system allows/);
    expect(bad.stderr.split('\n')).toHaveLength(2);
    expect(entries(dir)).toEqual([long]);
  });
});

/** A file system of 256 KiB (tmpfs), filled to its last byte, for the writes that find the disk full. */
function fullFileSystem(): string | null {
  const dir = tempDir('enospc');
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]).status !== 0) return null;
  const filler = openSync(join(dir, 'filler'), 'w');
  try {
    for (;;) writeFileSync(filler, Buffer.alloc(4096, 1));
  } catch {
    // ENOSPC: the file system is full.
  } finally {
    closeSync(filler);
  }
  return dir;
}

const FULL = process.getuid?.() === 0 ? fullFileSystem() : null;
afterAll(() => {
  if (FULL) spawnSync('umount', [FULL]);
});

/** Every output format of every command, each written to the full file system. */
const FULL_DISK_RUNS: [string, (out: string) => string[]][] = [
  ...['json', 'csv', 'ndjson', 'md', 'html', 'xlsx', 'table'].map((format): [string, (out: string) => string[]] => [
    `analyze --format ${format}`,
    (out) => ['analyze', ACME, '--people', ACME_PEOPLE, '--format', format, '-o', `${out}.${format}`],
  ]),
  ...['gexf', 'graphml', 'json'].map((to): [string, (out: string) => string[]] => [`export --to ${to}`, (out) => ['export', ACME, '--to', to, '-o', out]]),
  ...['json', 'junit', 'table'].map((format): [string, (out: string) => string[]] => [
    `check --format ${format}`,
    (out) => ['check', ACME, '--rule', 'org.people > 1', '--quiet', '--format', format, '-o', out],
  ]),
  ['validate --format json', (out) => ['validate', ACME, '--format', 'json', '-o', out]],
  ['diff --format md', (out) => ['diff', ACME, ACME, '--format', 'md', '-o', out]],
  ['analyze --rejects', (out) => ['analyze', BAD_ROWS, '--lenient', '--quiet', '--rejects', out, '--format', 'json']],
];

describe.skipIf(FULL === null)('a full file system (needs root to mount a tmpfs)', () => {
  beforeAll(() => expect(entries(FULL!)).toEqual(['filler']));

  test.each(FULL_DISK_RUNS)('%s: one line, exit 2, no file and no temporary file left', (_name, args) => {
    const r = orgnet(args(join(FULL!, 'out')));
    expect(r.status).toBe(2);
    expectCleanError(r.stderr, /^orgnet: cannot write .*\/out(\.\w+)?: no space left on the device; free some space or write somewhere else$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(entries(FULL!)).toEqual(['filler']);
  });
});
