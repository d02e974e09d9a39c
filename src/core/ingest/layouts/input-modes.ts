import { UsageError } from '../../base/errors.js';
import type { InputOptions } from '../../model/options.js';

/**
 * Refuses the input modes that make no sense together (docs/input.md), before anything is read:
 * each pair names two different layouts of a file, or asks to flip ties that have no direction.
 * `--undirected --wide` is allowed: "whom did you work with" surveys are undirected.
 */
export function checkInputModes(options: InputOptions): void {
  const refuse = (message: string): never => {
    throw new UsageError(message);
  };
  if (options.events && options.wide) refuse('--events and --wide are two different file layouts; use one of them');
  if (options.events && options.splitTargets !== null) {
    refuse('--split-targets splits a target cell, and an --events file has none: every row already names one person of an event');
  }
  if (options.wide && options.splitTargets !== null) refuse('--split-targets does not apply to --wide surveys: each cell already names one person');
  if (options.reverse && (options.undirected || options.events)) {
    refuse(`--reverse flips the direction of ties, and ${options.events ? '--events' : '--undirected'} ties have none`);
  }
  if (options.events && (options.sourceCol !== undefined || options.targetCol !== undefined || options.weightCol !== undefined)) {
    refuse('--events files have an event and a person column: use --event-col and --person-col (a weight column is not read)');
  }
  if (!options.events && (options.eventCol !== undefined || options.personCol !== undefined)) {
    refuse('--event-col and --person-col need --events (a file of one row per event and person)');
  }
}
