/**
 * The commands, by name, with what the top-level help shows of them and how to load them.
 * `orgnet --help` (and a run of one command) must not load every command's modules — analysing
 * pulls in the readers, graphology, the renderers and the worker pool — so main.ts loads only
 * the command that runs and shows the others from this table. Each command's own module takes
 * its description from here, so the two cannot drift apart.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';

export type Register = (program: Command, io: Io, setExit: (code: number) => void) => void;

export interface CommandEntry {
  description: string;
  /** The positional arguments, as `.argument()` takes them. */
  args: readonly string[];
  /** Whether the command has options of its own (the help shows `[options]`). */
  options: boolean;
  load: () => Promise<Register>;
}

export const CATALOG = {
  analyze: {
    description: 'analyse an interactions file: people, groups, communities, activity and the organization',
    args: ['<file>'],
    options: true,
    load: async () => (await import('./analyze.js')).analyzeCommand,
  },
  check: {
    description: 'CI gate: evaluate rules on the report; exit 0 when all pass, 1 when one fails',
    args: ['<file>'],
    options: true,
    load: async () => (await import('./check.js')).checkCommand,
  },
  diff: {
    description: 'what changed between two snapshots (interactions files or JSON reports); --fail-on gates CI',
    args: ['<before>', '<after>'],
    options: true,
    load: async () => (await import('./diff.js')).diffCommand,
  },
  validate: {
    description: 'read the input files only: columns and their roles, delimiter, encoding, row counts, repeated rows, time range, and every problem',
    args: ['<file>'],
    options: true,
    load: async () => (await import('./validate.js')).validateCommand,
  },
  export: {
    description: 'write the graph with every person metric as node attributes, for Gephi, Cytoscape, yEd, networkx or graphology',
    args: ['<file>'],
    options: true,
    load: async () => (await import('./export.js')).exportCommand,
  },
  schema: {
    description: 'print the JSON Schema (draft 2020-12) of the report that --format json writes',
    args: [],
    options: false,
    load: async () => (await import('./schema.js')).schemaCommand,
  },
} satisfies Record<string, CommandEntry>;

export type CommandName = keyof typeof CATALOG;
