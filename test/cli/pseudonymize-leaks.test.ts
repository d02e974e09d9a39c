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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG, type CommandName } from '../../src/cli/commands/catalog.js';
import type { Io } from '../../src/cli/io.js';
import { TABLES } from '../../src/render/context.js';
import { DIFF_TABLES } from '../../src/render/diff/context.js';
import { formatNames } from '../../src/render/formats.js';
import { BINARY_FORMATS, FORMATS } from '../../src/render/index.js';

const DIFF_FORMATS = formatNames('diff');
const EXPORT_FORMATS = formatNames('export');
import { run } from '../helpers/cli.js';
import {
  ALL_IDS, ENV, expectNoLeak, FX, ISOLATE, NETWORK, NOBODY, PEOPLE, pseudonym, REMOVED, removeTempDirs, tempDir, writtenFiles,
} from '../helpers/privacy.js';

afterAll(removeTempDirs);

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
const TABLE_IDS: Record<string, Expect> = { people: 'everyone', ties: 'tied', groups: 'someone', communities: 'nobody', activity: 'nobody', mixing: 'nobody', windows: 'nobody' };
const DIFF_TABLE_IDS: Record<string, Expect> = { people: 'everyone', ties: 'tied', groups: 'nobody' };

function analyzeCases(): Case[] {
  return FORMATS.flatMap((format): Case[] => {
    const binary = BINARY_FORMATS.includes(format);
    const to = (out: string) => (binary ? ['-o', join(out, `report.${format}`)] : []);
    if (format === 'csv' || format === 'ndjson') {
      return TABLES.map((table) => ({
        name: `analyze --format ${format} --table ${table}`,
        argv: (out) => ['analyze', INTERACTIONS, '--format', format, '--table', table, ...(table === 'windows' ? ['--windows', 'month'] : []), ...withRejects(out)],
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
  // The reason names the column, not the cell, and the cell itself is masked: any cell may hold an id.
  `14,"bad weight in column ""weight"": expected a number > 0","${pseudonym('zelda.quinterobarros@example.com')},${pseudonym('ximena.oyarzabal@example.com')},${pseudonym('lots')},2026-02-03T10:00:00Z,email"`,
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

/**
 * Messages quote what they found in a file — a cell, a header, the bytes before a bad one — and
 * any of these can hold an id. Each file below puts ids exactly there (fixtures/privacy/README.md),
 * and every command in every format is searched for them as above.
 */
const VALIDATE_FORMATS = await formatsOf('validate');

describe('--pseudonymize: messages that quote a cell, a header or bytes', () => {
  const VALUES = join(FX, 'ids-in-values.csv');
  const NO_HEADER = join(FX, 'no-header.csv');
  const NOT_UTF8 = join(FX, 'not-utf8.csv');
  const SURVEY = join(FX, 'survey-no-header.csv');
  const PEOPLE_NO_HEADER = join(FX, 'people-no-header.csv');
  const MASKED = ['--pseudonymize', '--people', join(FX, 'people.csv'), '--drop-attributes', 'phone'];
  /** The first row of the people file without a header: read as the header, shown by the pseudonyms of its cells. */
  const PEOPLE_ROW = readFileSync(PEOPLE_NO_HEADER, 'utf8').split('\n')[0]!.split(',');
  const HEADER_TOKENS = new Set(PEOPLE_ROW.map(pseudonym));

  /** ids-in-values.csv, lines 8 and 12, worked by hand: the reason names the column; the bad cell is masked like an id. */
  const VALUE_REJECTS = [
    'line,reason,row',
    `8,"bad weight in column ""weight"": expected a number > 0","${pseudonym('zelda.quinterobarros@example.com')},${pseudonym('ximena.oyarzabal@example.com')},${pseudonym('bartholomew.kowalczyk@example.com')},2026-02-03T10:00:00Z,email"`,
    `12,"bad timestamp in column ""timestamp"": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)","${pseudonym('yusuf.abernathyokafor@example.com')},${pseudonym('zelda.quinterobarros@example.com')},1,${pseudonym('ophelia.thistlewood@example.com')},chat"`,
    '',
  ];
  const WARNING = 'skipped 2 bad rows (first: line 8: bad weight in column \\"weight\\": expected a number > 0)';

  interface MessageCase {
    name: string;
    argv: (out: string) => string[];
    exit: number;
    /** Lines stderr must hold: all of its lines, or (`some`) among others. */
    stderr?: string[];
    some?: boolean;
    /** Text stdout, stderr or a file must hold (JSON quotes escaped as written). */
    holds?: string;
    rejects?: boolean;
  }

  const lenientCases = FORMATS.flatMap((format): MessageCase[] => {
    const to = (out: string) => (BINARY_FORMATS.includes(format) ? ['-o', join(out, `report.${format}`)] : []);
    const tables = format === 'csv' || format === 'ndjson' ? ['--table', 'people'] : [];
    return [{
      name: `analyze --lenient --format ${format}: the warning and the rejected rows`,
      argv: (out) => ['analyze', VALUES, ...MASKED, '--lenient', '--rejects', join(out, 'rejects.csv'), '--format', format, ...tables, ...to(out)],
      exit: 0,
      stderr: [`orgnet: warning: ${VALUES}: ${WARNING.replaceAll('\\"', '"')}`],
      some: true,
      rejects: true,
    }];
  });

  const EXTRA: Record<string, string[]> = { check: ['--rule', 'org.people > 1'], export: ['--to', 'json'] };
  const CASES: MessageCase[] = [
    ...lenientCases,
    { name: 'analyze --format json: the warning in meta.warnings', argv: () => ['analyze', VALUES, ...MASKED, '--lenient', '--format', 'json', '--quiet'], exit: 0, holds: WARNING },
    {
      name: 'analyze, strict: each bad row named by its line and column',
      argv: () => ['analyze', VALUES, ...MASKED],
      exit: 2,
      stderr: [
        `${VALUES}:8: bad weight in column "weight": expected a number > 0`,
        `${VALUES}:12: bad timestamp in column "timestamp": expected ISO-8601 or unix seconds/ms (or a date like 31/01/2026; --time-format reads other layouts)`,
      ],
    },
    ...VALIDATE_FORMATS.map((format): MessageCase => ({
      name: `validate --format ${format}: the bad rows`,
      argv: () => ['validate', VALUES, ...MASKED, '--format', format],
      exit: 2,
      holds: 'bad weight in column',
    })),
    ...['analyze', 'export', 'check', 'diff', 'validate'].map((command): MessageCase => ({
      name: `${command}: a file without a header row shows its "columns" by their pseudonyms`,
      argv: () => [command, ...(command === 'diff' ? [NO_HEADER] : []), NO_HEADER, ...MASKED, ...(EXTRA[command] ?? [])],
      exit: 2,
      ...(command === 'validate'
        ? { holds: `columns found: ${pseudonym('ximena.oyarzabal@example.com')}, ${pseudonym('bartholomew.kowalczyk@example.com')}` }
        : {
            stderr: [
              `${NO_HEADER}: no source column: expected one of source, from, sender, giver, ego, respondent, requester, origen, emisor, de, remitente (or --source-col NAME); columns found: ${pseudonym('ximena.oyarzabal@example.com')}, ${pseudonym('bartholomew.kowalczyk@example.com')}`,
            ],
          }),
    })),
    ...['analyze', 'validate'].map((command): MessageCase => ({
      name: `${command}: invalid UTF-8 after an id shows the byte, not the text before it`,
      argv: () => [command, NOT_UTF8, ...MASKED],
      exit: 2,
      ...(command === 'analyze'
        ? { stderr: [`${NOT_UTF8}:4: not valid UTF-8 (byte 0xED): the file is in another encoding; try --encoding windows-1252 (what Excel writes on Spanish or Western-European Windows) or --encoding latin1`] }
        : { holds: 'not valid UTF-8 (byte 0xED)' }),
    })),
    {
      name: 'analyze --wide: a survey without its header row names its columns by their pseudonyms',
      argv: () => ['analyze', SURVEY, '--wide', '--pseudonymize', '--format', 'json'],
      exit: 0,
      holds: `"source": "${pseudonym('ximena.oyarzabal@example.com')}"`,
    },
    {
      name: 'validate --wide: the same survey',
      argv: () => ['validate', SURVEY, '--wide', '--pseudonymize', '--format', 'json'],
      exit: 0,
      holds: `"name": "${pseudonym('bartholomew.kowalczyk@example.com')}"`,
    },
    {
      name: 'analyze: a people file without a header row',
      argv: () => ['analyze', join(FX, 'interactions.csv'), '--people', PEOPLE_NO_HEADER, '--pseudonymize', '--lenient'],
      exit: 2,
      holds: `columns found: ${PEOPLE_ROW.map(pseudonym).join(', ')}`,
    },
  ];

  it('the files put ids where messages quote: in value cells, in the first row, before an invalid byte', () => {
    expect(readFileSync(VALUES, 'utf8').split('\n')[7]).toContain(',bartholomew.kowalczyk@example.com,2026-');
    expect(readFileSync(NO_HEADER, 'utf8')).toMatch(/^ximena\.oyarzabal@example\.com,bartholomew\.kowalczyk@example\.com\n/);
    expect(readFileSync(NOT_UTF8).toString('latin1').split('\n')[3]).toBe('ximena.oyarzabal@example.com,íñigo.zubizarreta@example.com,1,2026-01-09T10:00:00Z,email');
    expect(PEOPLE_ROW[0]).toBe('zelda.quinterobarros@example.com');
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const out = tempDir();
    const result = await run(c.argv(out), { env: ENV });
    expect(result.code, result.stderr).toBe(c.exit);
    const files = writtenFiles(out);
    expectNoLeak(new Map([['stdout', result.stdout], ['stderr', result.stderr], ...files]), HEADER_TOKENS);
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    if (c.stderr) expect(lines).toEqual(c.some ? expect.arrayContaining(c.stderr) : c.stderr);
    if (c.holds) expect([result.stdout, result.stderr, ...files.values()].join('\n')).toContain(c.holds);
    if (c.rejects) expect(files.get('rejects.csv')?.split('\r\n')).toEqual(VALUE_REJECTS);
    else expect(files.has('rejects.csv')).toBe(false);
  });
});
