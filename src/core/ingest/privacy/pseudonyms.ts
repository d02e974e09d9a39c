/**
 * Pseudonyms (docs/outputs.md `--pseudonymize`): a person id becomes `p-` + the first 10 hex characters
 * of HMAC-SHA256(salt, id), both taken as UTF-8 bytes, the id exactly as the report would show it
 * (the trimmed cell). A keyed hash, not a plain one: without the salt nobody can recompute the
 * pseudonym of a guessed e-mail address, while with it the same id gets the same pseudonym in
 * every run, file and command, so results stay joinable to each other and, by whoever holds the
 * salt, back to the people.
 *
 * This is the one place ids are turned into pseudonyms. Readers intern ids and are handed an
 * IdMask to name people in their messages; right after reading, the id tables are replaced by
 * their pseudonyms (inputs.ts), so sorting, tie-breaks, the index, the report and every output
 * see pseudonyms only — sorting by the original ids would leak their alphabetical order.
 *
 * Each distinct id is hashed once (the cache also serves the people file and the interactions
 * naming the same person). Ten hex characters are 40 bits: two people can get one pseudonym,
 * about once in two million runs at 1,000 people but once in three at 1,000,000. That would
 * silently merge two people, so every pseudonym handed out is checked against those already
 * given to another id, and a collision stops the run (another salt gives other pseudonyms).
 */
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { UsageError } from '../../base/errors.js';
import type { IdMask } from '../../model/ingest.js';

/** How ids are shown in outputs and messages: as they are, or as pseudonyms. */

export const PLAIN_IDS: IdMask = { active: false, show: (id) => id };

export const PSEUDONYM = /^p-[0-9a-f]{10}$/;

const HEX_CHARS = 10;

function hmac(key: KeyObject, text: string): string {
  return `p-${createHmac('sha256', key).update(text, 'utf8').digest('hex').slice(0, HEX_CHARS)}`;
}

export class Pseudonyms implements IdMask {
  readonly active = true;
  /**
   * The pseudonym of the empty string, which no person can have (empty ids are refused): it
   * tells whether two reports were made with the same salt without saying anything about the
   * salt that one pseudonym and a known id would not already say.
   */
  readonly fingerprint: string;
  private readonly key: KeyObject;
  private readonly cache = new Map<string, string>();
  private readonly given = new Set<string>();

  constructor(salt: string) {
    if (salt === '') throw new UsageError('the salt of --pseudonymize is empty: give a secret of at least 16 characters (--salt or ORGNET_SALT)');
    this.key = createSecretKey(Buffer.from(salt, 'utf8'));
    this.fingerprint = hmac(this.key, '');
  }

  show(id: string): string {
    let pseudonym = this.cache.get(id);
    if (pseudonym === undefined) {
      pseudonym = hmac(this.key, id);
      if (this.given.has(pseudonym)) throw collision(pseudonym);
      this.given.add(pseudonym);
      this.cache.set(id, pseudonym);
    }
    return pseudonym;
  }
}

function collision(pseudonym: string): UsageError {
  return new UsageError(
    `two different people get the pseudonym ${pseudonym} with this salt (a pseudonym keeps 40 bits of the hash, ` +
      'and in a large network two can meet): run again with another salt, and use that one from now on',
  );
}
