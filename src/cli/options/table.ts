/**
 * An option table: each flag of a command declared once — its flags, help text, type, choices,
 * default and docs group — from which come commander's options (`addOptions`), the typed object
 * the command receives (`OptionsOf`, filled by `parseOptions`) and the option tables of
 * docs/commands/*.md (`scripts/docs-options.mjs`). Text becomes a value in one place, the entry's
 * `parse`, whether it came from the command line or from a config file.
 */
import { Option, type Command } from 'commander';

/** The headings the docs group a command's options under. */
export type OptionGroup = 'command' | 'output' | 'people' | 'input' | 'selection' | 'analysis' | 'privacy' | 'run';

export interface OptionSpec {
  /** As commander takes them: `--seed <n>`, `-o, --output <path>`, `--quiet`, `--no-color`. */
  flags: string;
  help: string;
  group: OptionGroup;
  /** The values the flag takes (commander refuses any other). */
  choices?: readonly string[];
  /** The value without the flag; --help shows it. A `--no-x` switch is true without it. */
  default?: unknown;
  /** Text → value; throws a UsageError that names the flag. Without it the value is the text. */
  parse?: (text: string) => unknown;
  /** Given several times, every value is kept, in order. */
  repeatable?: boolean;
  /** A `--no-x` flag that sets this one to false (`--config FILE` and `--no-config`). */
  negate?: { flags: string; help: string };
}

export type OptionTable = Record<string, OptionSpec>;

type Taken<S extends OptionSpec> = S extends { parse: (text: string) => infer V }
  ? V
  : S extends { repeatable: true }
    ? string[]
    : S extends { choices: readonly (infer C)[] }
      ? C
      : S['flags'] extends `${string}<${string}>`
        ? string
        : boolean;

type ValueOf<S extends OptionSpec> =
  | (S extends { default: unknown } ? Taken<S> : S['flags'] extends `--no-${string}` ? boolean : Taken<S> | undefined)
  | (S extends { negate: object } ? false : never);

/** The typed options a table gives, by commander's attribute names. */
export type OptionsOf<T extends OptionTable> = { -readonly [K in keyof T]: ValueOf<T[K]> };

const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** The table's options on a commander command, in the table's order (the order --help lists). */
export function addOptions(command: Command, table: OptionTable): Command {
  for (const spec of Object.values(table)) {
    const option = new Option(spec.flags, spec.help);
    if (spec.choices) option.choices(spec.choices);
    if (spec.repeatable) option.argParser(repeat);
    // --help shows a default as the text one would type; a --no-x switch's is commander's own.
    if (spec.default !== undefined && !spec.flags.startsWith('--no-')) option.default(String(spec.default));
    command.addOption(option);
    if (spec.negate) command.addOption(new Option(spec.negate.flags, spec.negate.help));
  }
  return command;
}

/** The long flag, as messages name it: `--seed`. */
export function longFlag(spec: OptionSpec): string {
  return /--[\w-]+/.exec(spec.flags)?.[0] ?? spec.flags;
}

/**
 * Commander's values (text, switches, repeated lists; a missing flag left out) → the typed
 * options: each value through its entry's `parse`, each missing one its default.
 */
export function parseOptions<T extends OptionTable>(table: T, given: Readonly<Record<string, unknown>>): OptionsOf<T> {
  const options: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) {
    const value = Object.hasOwn(given, key) ? given[key] : undefined;
    options[key] = value === undefined ? defaultOf(spec) : typeof value === 'string' && spec.parse ? spec.parse(value) : value;
  }
  return options as OptionsOf<T>;
}

function defaultOf(spec: OptionSpec): unknown {
  if (spec.default !== undefined) return spec.default;
  return spec.flags.startsWith('--no-') ? true : undefined;
}
