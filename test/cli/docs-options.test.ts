/**
 * docs/commands/*.md: the option tables committed there are those the option tables make now
 * (run `npm run docs:options` after changing an option), and they list exactly the flags and
 * defaults commander registers for the command — read from the loaded command, not from the tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, test } from 'vitest';
import { CATALOG, type CommandName } from '../../src/cli/commands/catalog.js';
import type { Io } from '../../src/cli/io.js';
import { committedOptions, OPTION_TABLES, optionsMarkdown } from '../../src/cli/options/docs.js';
import { ROOT } from '../helpers/cli.js';

const page = (command: string) => readFileSync(join(ROOT, 'docs/commands', `${command}.md`), 'utf8');

async function registered(name: CommandName): Promise<Command> {
  const program = new Command('orgnet');
  const io = { cwd: ROOT, env: {}, now: () => new Date() } as unknown as Io;
  (await CATALOG[name].load())(program, io, () => undefined);
  return program.commands.find((c) => c.name() === name)!;
}

describe('docs/commands option tables', () => {
  const commands = Object.entries(OPTION_TABLES) as [CommandName, NonNullable<(typeof OPTION_TABLES)[CommandName]>][];

  test('every command with options has its page', () => {
    expect(commands.map(([name]) => name).sort()).toEqual(['analyze', 'check', 'diff', 'export', 'validate']);
  });

  test.each(commands)('%s: the committed table is the one the option table makes (npm run docs:options)', (name, table) => {
    expect(committedOptions(page(name))).toBe(optionsMarkdown(table).trim());
  });

  test.each(commands)('%s: every flag commander knows is documented, with its default, and no other', async (name) => {
    const command = await registered(name);
    const documented = committedOptions(page(name)) ?? '';
    const rows = documented.split('\n').filter((l) => l.startsWith('| `'));
    const flagsIn = (row: string) => [...row.split(' | ')[0]!.matchAll(/--[\w-]+/g)].map((m) => m[0]);
    expect(rows.flatMap(flagsIn).sort()).toEqual(command.options.map((o) => o.long!).sort());
    for (const option of command.options) {
      const row = rows.find((r) => flagsIn(r).includes(option.long!))!;
      const shown = row.split(' | ')[1]!;
      // commander's default, as --help shows it (a --no-x switch's true is not a default to show).
      expect(shown, option.long).toBe(option.defaultValue === undefined || option.negate ? '' : `\`${String(option.defaultValue)}\``);
    }
  });
});
