/**
 * The `check` config file on disk (docs/options.md): `orgnet.json` in the working directory unless
 * `--config FILE` names one (`--no-config` ignores it). Its `options` use the flag names and
 * are laid under the flags the user typed: a flag on the command line wins, a flag's default
 * does not. File paths in the options (`people`, `rejects`) are relative to the config file,
 * as in tsconfig or eslint, so a config kept in `ci/` works from any directory.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { mergeOptions, parseConfig, type CheckConfig } from '../core/check/index.js';
import { InputError, UsageError } from '../core/base/errors.js';
import { jsonTextOf } from '../core/base/json-text.js';
import { toAnalyzeOptions } from './options/analyze-options.js';
import { ANALYSIS_OPTIONS } from './options/analysis.js';
import { CHECK_OPTIONS, CONFIG_FILE } from './options/check.js';
import { longFlag, parseOptions, type OptionSpec } from './options/table.js';
import { list } from './options/values.js';

export { CONFIG_FILE } from './options/check.js';

/**
 * Terminal-only flags stay on the command line; every other analysis flag may be configured but
 * the salt: a config file is committed and shared, and the salt of --pseudonymize must not be.
 */
const NOT_CONFIGURABLE = ['no-color', 'debug', 'salt'];
const REFUSED = {
  salt: 'the file is shared with the repository, and whoever holds the salt can tell who is behind each pseudonym; set ORGNET_SALT (a CI secret) instead',
};
const PATH_OPTIONS = ['people', 'rejects'];

/** A config option's name: the flag without its dashes (`min-group-size`, `no-color`). */
const nameOf = (spec: OptionSpec) => longFlag(spec).slice(2);

/** The options a config file may set, by name, with their attribute names: the analysis flags and `allow-missing`. */
const CONFIGURABLE: ReadonlyMap<string, [string, OptionSpec]> = new Map(
  Object.entries({ ...ANALYSIS_OPTIONS, allowMissing: CHECK_OPTIONS.allowMissing })
    .filter(([, spec]) => !NOT_CONFIGURABLE.includes(nameOf(spec)))
    .map(([key, spec]) => [nameOf(spec), [key, spec]]),
);

/** The option names a config file may use. */
const CONFIG_OPTIONS: readonly string[] = [...CONFIGURABLE.keys()];

export interface LoadedConfig extends CheckConfig {
  /** As messages show it: the `--config` value, or `orgnet.json`; null without a file. */
  file: string | null;
  /** Absolute path of the file, null without one. */
  path: string | null;
  /** Folder that relative paths in the options are resolved against. */
  dir: string;
}

/** `--config` value → the file to read: named (must exist), found in cwd, or none. */
function locate(flag: unknown, cwd: string): { path: string; file: string } | null {
  if (flag === false) return null;
  if (typeof flag === 'string') {
    const path = resolve(cwd, flag);
    if (!existsSync(path)) throw new UsageError(`--config ${flag}: no such file`);
    if (statSync(path).isDirectory()) throw new UsageError(`--config ${flag}: is a directory, expected a JSON file`);
    return { path, file: flag };
  }
  const path = join(cwd, CONFIG_FILE);
  return existsSync(path) && statSync(path).isFile() ? { path, file: CONFIG_FILE } : null;
}

export function loadConfig(flag: unknown, cwd: string): LoadedConfig {
  const found = locate(flag, cwd);
  if (!found) return { file: null, path: null, dir: cwd, rules: [], options: {} };
  let text: string;
  try {
    text = jsonTextOf(readFileSync(found.path), found.file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(found.file, `cannot read the config file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ...parseConfig(text, found.file, CONFIG_OPTIONS, REFUSED), file: found.file, path: found.path, dir: dirname(found.path) };
}

function expected(file: string, name: string, what: string, value: unknown): InputError {
  return new InputError(file, `option "${name}": expected ${what}, not ${JSON.stringify(value)}`);
}

/** A JSON option value as commander would have handed the flag over. */
function flagValue(name: string, spec: OptionSpec, value: unknown, config: LoadedConfig & { file: string }): string | boolean {
  if (!spec.flags.includes('<')) {
    if (typeof value !== 'boolean') throw expected(config.file, name, 'true or false', value);
    return value;
  }
  if (spec.parse === list && Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(',');
  if (typeof value !== 'string' && typeof value !== 'number') throw expected(config.file, name, 'a string or a number', value);
  const text = String(value);
  if (spec.choices && !spec.choices.includes(text)) {
    throw expected(config.file, name, `one of ${spec.choices.join(', ')}`, value);
  }
  return PATH_OPTIONS.includes(name) && text !== '-' ? resolve(config.dir, text) : text;
}

/** The file's options under the attribute names (`min-group-size` → `minGroupSize`), as text. */
function fileFlags(config: LoadedConfig): Record<string, unknown> {
  const flags: Record<string, unknown> = {};
  if (config.file === null) return flags;
  for (const [name, value] of Object.entries(config.options)) {
    const found = CONFIGURABLE.get(name);
    // parseConfig accepts only CONFIG_OPTIONS.
    if (!found) throw new Error(`config option "${name}" has no flag`);
    flags[found[0]] = flagValue(name, found[1], value, { ...config, file: config.file });
  }
  return flags;
}

/** Flags the user typed; defaults are left out so they cannot hide the file's values. */
function typedFlags(command: Command): Record<string, unknown> {
  const flags: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(command.opts())) {
    if (command.getOptionValueSource(key) === 'cli') flags[key] = value;
  }
  return flags;
}

/** Values only the file sets are read here, so a bad one is blamed on the file, not on a flag. */
function checkFileValues(fromFile: Record<string, unknown>, typed: Record<string, unknown>, file: string | null): void {
  const own = Object.fromEntries(Object.entries(fromFile).filter(([key]) => !Object.hasOwn(typed, key)));
  try {
    toAnalyzeOptions(parseOptions(ANALYSIS_OPTIONS, own));
  } catch (error) {
    if (error instanceof UsageError && file !== null) throw new InputError(file, `in "options": ${error.message}`);
    throw error;
  }
}

/**
 * `check`'s options in effect, typed: defaults, then the config file, then what the user typed,
 * each value read by the option table (options/check.ts).
 */
export function checkFlags(command: Command, config: LoadedConfig) {
  const fromFile = fileFlags(config);
  const typed = typedFlags(command);
  checkFileValues(fromFile, typed, config.file);
  return parseOptions(CHECK_OPTIONS, mergeOptions(fromFile, typed));
}
