/**
 * What the help says of each command before it is loaded: its description, its positional
 * arguments, whether it has options. The command's own module takes its description from here
 * and the catalog (catalog.ts) shows it for the commands that are not loaded, so the two cannot
 * drift apart — and a command needs only these words, never the catalog that loads it.
 */
export interface CommandAbout {
  description: string;
  /** The positional arguments, as `.argument()` takes them. */
  args: readonly string[];
  /** Whether the command has options of its own (the help shows `[options]`). */
  options: boolean;
}

export const ABOUT = {
  analyze: {
    description: 'analyse an interactions file: people, groups, communities, activity and the organization',
    args: ['<file>'],
    options: true,
  },
  check: {
    description: 'CI gate: evaluate rules on the report; exit 0 when all pass, 1 when one fails',
    args: ['<file>'],
    options: true,
  },
  diff: {
    description: 'what changed between two snapshots (interactions files or JSON reports); --fail-on gates CI',
    args: ['<before>', '<after>'],
    options: true,
  },
  validate: {
    description: 'read the input files only: columns and their roles, delimiter, encoding, row counts, repeated rows, time range, and every problem',
    args: ['<file>'],
    options: true,
  },
  export: {
    description: 'write the graph with every person metric as node attributes, for Gephi, Cytoscape, yEd, networkx or graphology',
    args: ['<file>'],
    options: true,
  },
  schema: {
    description: 'print the JSON Schema (draft 2020-12) of the report that --format json writes',
    args: [],
    options: false,
  },
} satisfies Record<string, CommandAbout>;

export type CommandName = keyof typeof ABOUT;
