/**
 * `--pseudonymize` leaves no person id behind: every command in every format runs on
 * fixtures/privacy (ids, names and addresses that cannot occur by chance), and every byte it
 * writes — stdout, stderr, the -o file, the --rejects file, a workbook's XML unzipped — is
 * searched for every original id, every left-out attribute value and the salt, and none may be
 * found. Positively, the pseudonyms must be there, and every `p-` + 10 hex token written must be
 * the HMAC-SHA256 pseudonym of a known id, computed here with node:crypto, independently of the
 * code under test (so an id hashed twice, or by another rule, fails too).
 *
 * Covering a command is one entry of CASES — for most, one `...(await perFormat(NAME, …))` line;
 * formats come from each command's own format list (for perFormat, the `--format` choices of the
 * command as registered), so a format added there is covered here without a change.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG, type CommandName } from '../../src/cli/commands/catalog.js';
import type { Io } from '../../src/cli/io.js';
import { TABLES } from '../../src/render/context.js';
import { DIFF_TABLES } from '../../src/render/diff/context.js';
import { DIFF_FORMATS } from '../../src/render/diff/formats.js';
import { EXPORT_FORMATS } from '../../src/render/export/index.js';
import { BINARY_FORMATS, FORMATS } from '../../src/render/index.js';
import { ROOT, run } from '../helpers/cli.js';

const SALT = 'privacy-fixture-salt-2026';
const ENV = { ORGNET_SALT: SALT };
const FX = join(ROOT, 'fixtures/privacy');
const pseudonym = (id: string) => `p-${createHmac('sha256', SALT).update(id, 'utf8').digest('hex').slice(0, 10)}`;

/** The people file, by id: the columns left out (name and email by --pseudonymize, phone by --drop-attributes). */
const PEOPLE: Record<string, { name: string; email: string; phone: string }> = {
  'zelda.quinterobarros@example.com': { name: 'Zelda Quintero-Barros', email: 'zquintero.personal@mailbox.example', phone: '+34 611 200 301' },
  'íñigo.zubizarreta@example.com': { name: 'Íñigo Zubizarreta Olano', email: 'izubizarreta.home@mailbox.example', phone: '+34 611 200 302' },
  'bartholomew.kowalczyk@example.com': { name: 'Bartholomew Kowalczyk', email: 'bkowalczyk.family@mailbox.example', phone: '+48 600 700 303' },
  'ximena.oyarzabal@example.com': { name: 'Ximena Oyarzábal', email: 'xoyarzabal.private@mailbox.example', phone: '+56 9 8800 0304' },
  'yusuf.abernathyokafor@example.com': { name: 'Yusuf Abernathy-Okafor', email: 'yabernathy.own@mailbox.example', phone: '+44 7700 900305' },
  'ophelia.thistlewood@example.com': { name: 'Ophelia Thistlewood', email: 'othistlewood.self@mailbox.example', phone: '+44 7700 900306' },
  'wilhelmina.castellanos@example.com': { name: 'Wilhelmina Castellanos', email: 'wcastellanos.mine@mailbox.example', phone: '+34 611 200 307' },
  'quentin.marlowevasquez@example.com': { name: 'Quentin Marlowe-Vásquez', email: 'qmarlowe.inbox@mailbox.example', phone: '+1 202 555 0308' },
};
const ONLY_IN_INTERACTIONS = 'leopold.fairweathernkemelu@example.com';
const ONLY_BEFORE = 'desmond.achterberg@example.com';
const REMOVED = 'wilhelmina.castellanos@example.com';
const NOBODY = 'rosalind.nonexistent@example.com';
const ALL_IDS = [...Object.keys(PEOPLE), ONLY_IN_INTERACTIONS, ONLY_BEFORE, NOBODY];
/** The people of the analysed network (interactions.csv with its people file, less the one removed). */
const NETWORK = [...Object.keys(PEOPLE), ONLY_IN_INTERACTIONS].filter((id) => id !== REMOVED);
const ISOLATE = 'quentin.marlowevasquez@example.com';

/**
 * What may never be written: each id, its local part (an `@` escaped as `\u0040` or `&#64;` would
 * hide the whole id, not the rest) and the words of ids and names (a name split or reordered);
 * each left-out value whole; and the salt. Compared in lower case.
 */
function needles(): string[] {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5 && w !== 'example');
  const names = Object.values(PEOPLE).map((p) => p.name);
  const values = Object.values(PEOPLE).flatMap((p) => [p.name, p.email, p.email.split('@')[0]!, p.phone]);
  const all = [...ALL_IDS, ...ALL_IDS.map((id) => id.split('@')[0]!), ...[...ALL_IDS, ...names].flatMap(words), ...values, SALT];
  return [...new Set(all.map((n) => n.toLowerCase()))];
}
const NEEDLES = needles();

/** Every token a pseudonymized output may hold: the ids' pseudonyms, and the salt's fingerprint (that of ''). */
const KNOWN = new Set([...ALL_IDS.map(pseudonym), pseudonym('')]);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgnet-privacy-'));
  dirs.push(dir);
  return dir;
}

/** The text of every file under `dir`; a workbook also as the XML of each of its parts. */
function writtenFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    out.set(name, bytes.toString('utf8'));
    if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
      for (const entry of XLSX.CFB.read(bytes, { type: 'buffer' }).FileIndex) {
        if (entry.content && entry.content.length > 0) out.set(`${name}!${entry.name}`, Buffer.from(entry.content as Uint8Array).toString('utf8'));
      }
    }
  }
  return out;
}

/**
 * Asserts that no needle occurs in any text, and that every pseudonym-like token is a known one
 * (but in the rejects file, which pseudonymizes other cells too and is compared whole).
 */
function expectNoLeak(texts: Map<string, string>): void {
  for (const [where, text] of texts) {
    const lower = text.toLowerCase();
    const found = NEEDLES.filter((n) => lower.includes(n));
    expect(found, `${where} holds ${found.join(', ')}`).toEqual([]);
    if (where === 'rejects.csv') continue;
    const unknown = [...new Set(text.match(/p-[0-9a-f]{10}/g) ?? [])].filter((t) => !KNOWN.has(t));
    expect(unknown, `${where} holds tokens that are no known id's pseudonym`).toEqual([]);
  }
}

/** Which pseudonyms an output must hold: every person of the network, every person with a tie, one at least, or none. */
type Expect = 'everyone' | 'tied' | 'someone' | 'nobody';

interface Case {
  name: string;
  /** argv, given the folder of the run's outputs and the folder of its prepared inputs. */
  argv: (out: string, inputs: string) => string[];
  /** Which pseudonyms the stdout and -o file must hold. */
  expects: Expect;
  exit?: number;
  /** The rejects file is written: its rows must be exactly these (see REJECTS). */
  rejects?: boolean;
  /** Where the command tells the `--remove` id that matched nobody: on stderr (default), or in its output. */
  warnings?: 'stderr' | 'output';
}

const PEOPLE_FILE = join(FX, 'people.csv');
const INTERACTIONS = join(FX, 'interactions.csv');
const EARLIER = join(FX, 'earlier.csv');
const PRIVACY = ['--people', PEOPLE_FILE, '--pseudonymize', '--drop-attributes', 'phone', '--remove', `${REMOVED},${NOBODY}`, '--lenient'];
const withRejects = (out: string) => [...PRIVACY, '--rejects', join(out, 'rejects.csv')];

/** What a table of people carries: every person, one at least (connectors), or nobody (figures only). */
const TABLE_IDS: Record<string, Expect> = { people: 'everyone', ties: 'tied', groups: 'someone', communities: 'nobody', activity: 'nobody', mixing: 'nobody' };
const DIFF_TABLE_IDS: Record<string, Expect> = { people: 'everyone', ties: 'tied', groups: 'nobody' };

function analyzeCases(): Case[] {
  return FORMATS.flatMap((format): Case[] => {
    const binary = BINARY_FORMATS.includes(format);
    const to = (out: string) => (binary ? ['-o', join(out, `report.${format}`)] : []);
    if (format === 'csv' || format === 'ndjson') {
      return TABLES.map((table) => ({
        name: `analyze --format ${format} --table ${table}`,
        argv: (out) => ['analyze', INTERACTIONS, '--format', format, '--table', table, ...withRejects(out)],
        expects: TABLE_IDS[table]!,
        rejects: true,
      }));
    }
    return [{ name: `analyze --format ${format}`, argv: (out) => ['analyze', INTERACTIONS, '--format', format, ...to(out), ...withRejects(out)], expects: 'everyone', rejects: true }];
  });
}

const RULES = ['--rule', 'reciprocity >= 0.9', '--rule', 'count(people.roles=isolate) <= 5'];

/** The values `orgnet NAME --format` accepts, from the command as it registers itself: what a user can type. */
async function formatsOf(name: CommandName): Promise<readonly string[]> {
  const program = new Command();
  // Registering defines the options only; the streams are used when the command runs.
  const io = {} as Io;
  (await CATALOG[name].load())(program, io, () => undefined);
  const choices = program.commands.find((c) => c.name() === name)?.options.find((o) => o.long === '--format')?.argChoices;
  if (!choices || choices.length === 0) throw new Error(`orgnet ${name} has no --format choices`);
  return choices;
}

/**
 * `orgnet NAME FILE ARGS --format F` for every format F of the command, on the fixture with every
 * privacy flag, and `--rejects` unless `rejects: false` (for a command without a rejects file).
 */
async function perFormat(name: CommandName, c: Omit<Case, 'name' | 'argv'> & { args?: string[] }): Promise<Case[]> {
  const { args = [], rejects = true, ...rest } = c;
  return (await formatsOf(name)).map((format) => ({
    ...rest,
    name: [name, ...args, '--format', format].join(' '),
    argv: (out) => [name, INTERACTIONS, ...args, '--format', format, ...(rejects ? withRejects(out) : PRIVACY)],
    rejects,
  }));
}

/** The sides of diff: both interactions files; a JSON report made without --pseudonymize; one made with it. */
const SIDES: Record<string, (inputs: string) => string> = {
  csv: () => EARLIER,
  'plain report': (inputs) => join(inputs, 'earlier.json'),
  'pseudonymized report': (inputs) => join(inputs, 'earlier.pseudonymized.json'),
};

function diffCases(): Case[] {
  return Object.entries(SIDES).flatMap(([side, before]) =>
    DIFF_FORMATS.flatMap((format): Case[] => {
      const csvSide = side === 'csv';
      // --rejects takes the one interactions side; with two, skipped rows are counted only.
      const flags = (out: string) => (csvSide ? PRIVACY : withRejects(out));
      const failOn = format === 'junit' ? ['--fail-on', 'delta(reciprocity) < -0.01'] : [];
      const tables = format === 'csv' ? DIFF_TABLES.filter((t) => t !== 'ties' || csvSide) : [null];
      return tables.map((table) => ({
        name: `diff (${side} before) --format ${format}${table ? ` --table ${table}` : ''}`,
        argv: (out: string, inputs: string) => ['diff', before(inputs), INTERACTIONS, '--format', format, ...(table ? ['--table', table] : []), ...failOn, ...flags(out)],
        expects: format === 'junit' ? 'nobody' : table ? DIFF_TABLE_IDS[table]! : 'everyone',
        exit: format === 'junit' ? undefined : 0,
        rejects: !csvSide,
      }));
    }),
  );
}

/** A command without a rejects file takes `rejects: false`; one that lists its warnings in its output, `warnings: 'output'`. */
const CASES: Case[] = [
  ...analyzeCases(),
  { name: 'analyze -o report.json', argv: (out) => ['analyze', INTERACTIONS, '-o', join(out, 'report.json'), ...withRejects(out)], expects: 'everyone', rejects: true },
  ...EXPORT_FORMATS.map((format): Case => ({ name: `export --to ${format}`, argv: (out) => ['export', INTERACTIONS, '--to', format, ...withRejects(out)], expects: 'everyone', rejects: true })),
  { name: 'export -o org.gexf', argv: (out) => ['export', INTERACTIONS, '-o', join(out, 'org.gexf'), ...withRejects(out)], expects: 'everyone', rejects: true },
  ...(await perFormat('check', { args: RULES, expects: 'nobody', exit: 1 })),
  ...(await perFormat('validate', { expects: 'someone', exit: 0, rejects: false, warnings: 'output' })),
  // --strict: the ids only one file knows become problems, each naming the id.
  ...(await perFormat('validate', { args: ['--strict'], expects: 'someone', exit: 2, rejects: false })),
  { name: 'check -o orgnet.xml', argv: (out) => ['check', INTERACTIONS, ...RULES, '-o', join(out, 'orgnet.xml'), ...withRejects(out)], expects: 'nobody', exit: 1, rejects: true },
  ...diffCases(),
  { name: 'diff -o changes.md', argv: (out, inputs) => ['diff', SIDES['plain report']!(inputs), INTERACTIONS, '-o', join(out, 'changes.md'), ...withRejects(out)], expects: 'everyone', rejects: true },
  // The HTML report with the changes since an earlier snapshot: BEFORE is read as a side of diff.
  ...Object.entries(SIDES).map(([side, before]): Case => ({
    name: `analyze -o report.html --compare (${side} before)`,
    argv: (out, inputs) => ['analyze', INTERACTIONS, '-o', join(out, 'report.html'), '--compare', before(inputs), ...(side === 'csv' ? PRIVACY : withRejects(out))],
    expects: 'everyone',
    rejects: side !== 'csv',
  })),
  // Strict mode: the bad rows stop the run; their messages name no cell that holds an id.
  { name: 'analyze, strict: the bad rows stop the run', argv: () => ['analyze', INTERACTIONS, ...PRIVACY.filter((f) => f !== '--lenient')], expects: 'nobody', exit: 2 },
];

/** The rejected rows of interactions.csv, worked by hand: id cells pseudonymized, every cell of a row of the wrong width. */
const REJECTS = [
  'line,reason,row',
  `14,"bad weight ""lots"": expected a number > 0","${pseudonym('zelda.quinterobarros@example.com')},${pseudonym('ximena.oyarzabal@example.com')},lots,2026-02-03T10:00:00Z,email"`,
  `27,"expected 5 fields, found 3","${pseudonym('ophelia.thistlewood@example.com')},${pseudonym('yusuf.abernathyokafor@example.com')},${pseudonym('1')}"`,
  // A quote that never closes: the text cut at the delimiter, every piece pseudonymized.
  `50,unclosed quote: the field opened on this line never closes,"${[
    'bartholomew.kowalczyk@example.com', 'ophelia.thistlewood@example.com', '1', '2026-04-29T09:00:00Z', 'chat',
  ].map(pseudonym).join(',')}"`,
];

/** Reports made before the runs under test, from the earlier snapshot: one by ids, one by pseudonyms. */
async function prepareInputs(): Promise<string> {
  const inputs = tempDir();
  const common = ['analyze', EARLIER, '--people', PEOPLE_FILE, '--format', 'json'];
  expect((await run([...common, '-o', join(inputs, 'earlier.json')])).code).toBe(0);
  expect((await run([...common, '--pseudonymize', '-o', join(inputs, 'earlier.pseudonymized.json')], { env: ENV })).code).toBe(0);
  return inputs;
}
const INPUTS = prepareInputs();

describe('--pseudonymize: no id, left-out value or salt in any byte written', () => {
  it('the fixture holds every value searched for, so that finding none means something', () => {
    const text = ['people.csv', 'interactions.csv', 'earlier.csv'].map((f) => readFileSync(join(FX, f), 'utf8').toLowerCase()).join('\n');
    for (const id of ALL_IDS.filter((id) => id !== NOBODY)) expect(text).toContain(id.toLowerCase());
    for (const p of Object.values(PEOPLE)) for (const value of [p.name, p.email, p.phone]) expect(text).toContain(value.toLowerCase());
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const out = tempDir();
    const result = await run(c.argv(out, await INPUTS), { env: ENV });
    if (c.exit !== undefined) expect(result.code, result.stderr).toBe(c.exit);
    else expect([0, 1], result.stderr).toContain(result.code);
    const files = writtenFiles(out);
    expectNoLeak(new Map([['stdout', result.stdout], ['stderr', result.stderr], ...files]));

    const output = [result.stdout, ...[...files].filter(([name]) => name !== 'rejects.csv').map(([, text]) => text)].join('\n');
    const present = NETWORK.filter((id) => output.includes(pseudonym(id)));
    if (c.expects === 'everyone') expect(present.sort()).toEqual([...NETWORK].sort());
    if (c.expects === 'tied') expect(present.sort()).toEqual(NETWORK.filter((id) => id !== ISOLATE).sort());
    if (c.expects === 'someone') expect(present.length).toBeGreaterThan(0);
    if (c.exit === 2) expect([...files.keys()]).toEqual([]);
    // In a JSON output the note's quotes are escaped.
    else expect(c.warnings === 'output' ? output.replaceAll('\\"', '"') : result.stderr).toContain(`--remove: no person "${pseudonym(NOBODY)}" in the input`);
    if (c.rejects) expect(files.get('rejects.csv')?.split('\r\n')).toEqual([...REJECTS, '']);
  });
});
