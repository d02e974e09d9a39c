/**
 * The option tables of docs/commands/*.md, made from the option tables themselves so the docs
 * cannot drift from `--help`: `npm run docs:options` writes them between the markers, and a test
 * fails when the committed ones are stale.
 */
import { ABOUT, type CommandName } from '../commands/about.js';
import { ANALYZE_OPTIONS } from './analyze.js';
import { CHECK_OPTIONS } from './check.js';
import { DIFF_OPTIONS } from './diff.js';
import { EXPORT_OPTIONS } from './export.js';
import type { OptionGroup, OptionSpec, OptionTable } from './table.js';
import { VALIDATE_OPTIONS } from './validate.js';

const START = '<!-- options: generated from src/cli/options by `npm run docs:options`; edit there, not here -->';
const END = '<!-- options: end -->';

/** Each command with options, and its table. */
export const OPTION_TABLES: Partial<Record<CommandName, OptionTable>> = {
  analyze: ANALYZE_OPTIONS,
  check: CHECK_OPTIONS,
  diff: DIFF_OPTIONS,
  validate: VALIDATE_OPTIONS,
  export: EXPORT_OPTIONS,
};

const HEADINGS: Record<OptionGroup, string> = {
  command: 'The command',
  output: 'Output',
  people: 'The people file',
  input: 'Reading the interactions',
  selection: 'Which rows and ties count',
  analysis: 'Analysis',
  privacy: 'Privacy',
  run: 'The run',
};

/** Text for a Markdown table cell: a `|` would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

function row(spec: OptionSpec): string[] {
  const flags = [spec.flags, ...(spec.negate ? [spec.negate.flags] : [])].map((f) => `\`${f}\``).join(', ');
  const given = spec.default !== undefined && !spec.flags.startsWith('--no-') ? `\`${String(spec.default)}\`` : '';
  const choices = spec.choices ? ` One of: ${spec.choices.map((c) => `\`${c}\``).join(', ')}.` : '';
  const negate = spec.negate ? ` \`${spec.negate.flags}\`: ${spec.negate.help}.` : '';
  return [`| ${cell(flags)} | ${cell(given)} | ${cell(`${spec.help}.${choices}${negate}`)} |`];
}

/** The Markdown between the markers: one table per group, in the order the groups first appear. */
export function optionsMarkdown(table: OptionTable): string {
  const groups = new Map<OptionGroup, OptionSpec[]>();
  for (const spec of Object.values(table)) groups.set(spec.group, [...(groups.get(spec.group) ?? []), spec]);
  const parts: string[] = [];
  for (const [group, specs] of groups) {
    parts.push(`### ${HEADINGS[group]}`, '', '| Option | Default | What it does |', '| --- | --- | --- |', ...specs.flatMap(row), '');
  }
  return parts.join('\n');
}

/** A command's page with its table in place: `page` as committed (null: a new page). */
export function withOptions(command: CommandName, page: string | null, table: OptionTable): string {
  const block = `${START}\n\n${optionsMarkdown(table)}\n${END}`;
  const about = ABOUT[command].description;
  if (page === null) return `# orgnet ${command}\n\n${about.charAt(0).toUpperCase()}${about.slice(1)}.\n\n## Options\n\n${block}\n`;
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) return `${page.trimEnd()}\n\n## Options\n\n${block}\n`;
  return page.slice(0, start) + block + page.slice(end + END.length);
}

/** The table as committed in a page, or null when the page has none. */
export function committedOptions(page: string): string | null {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  return start < 0 || end < start ? null : page.slice(start + START.length, end).trim();
}
