/**
 * The commands, by name, with what the top-level help shows of them (about.ts) and how to load
 * them. `orgnet --help` (and a run of one command) must not load every command's modules —
 * analysing pulls in the readers, graphology, the renderers and the worker pool — so main.ts
 * loads only the command that runs and shows the others from this table.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { ABOUT, type CommandAbout, type CommandName } from './about.js';

export type { CommandName } from './about.js';

type Register = (program: Command, io: Io, setExit: (code: number) => void) => void;

export interface CommandEntry extends CommandAbout {
  load: () => Promise<Register>;
}

export const CATALOG: Record<CommandName, CommandEntry> = {
  analyze: { ...ABOUT.analyze, load: async () => (await import('./analyze.js')).analyzeCommand },
  check: { ...ABOUT.check, load: async () => (await import('./check.js')).checkCommand },
  diff: { ...ABOUT.diff, load: async () => (await import('./diff.js')).diffCommand },
  validate: { ...ABOUT.validate, load: async () => (await import('./validate.js')).validateCommand },
  export: { ...ABOUT.export, load: async () => (await import('./export.js')).exportCommand },
  schema: { ...ABOUT.schema, load: async () => (await import('./schema.js')).schemaCommand },
};
