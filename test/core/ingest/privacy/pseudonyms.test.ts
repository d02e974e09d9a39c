/**
 * The pseudonym of an id against two independent computations of HMAC-SHA256: node:crypto here,
 * and Python's hmac module through scripts/pseudonyms.py (the script users join results back
 * with); collisions against a pair found by scripts/find_pseudonym_collision.py.
 */
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/core/base/errors.js';
import { PLAIN_IDS, PSEUDONYM, Pseudonyms } from '../../../../src/core/ingest/privacy/pseudonyms.js';
import { ROOT } from '../../../helpers/cli.js';

const SALT = 'a salt of some length, ñ and 李 included';
const IDS = ['ana@example.com', 'José Pérez', '李雷', 'x', ' spaced id ', '007'];
const reference = (salt: string, id: string) => `p-${createHmac('sha256', Buffer.from(salt, 'utf8')).update(Buffer.from(id, 'utf8')).digest('hex').slice(0, 10)}`;

describe('Pseudonyms', () => {
  it('is p- and the first 10 hex characters of HMAC-SHA256(salt, id), over UTF-8 bytes', () => {
    const pseudonyms = new Pseudonyms(SALT);
    for (const id of IDS) {
      expect(pseudonyms.show(id)).toBe(reference(SALT, id));
      expect(pseudonyms.show(id)).toMatch(PSEUDONYM);
    }
  });

  it('agrees with Python\'s hmac (scripts/pseudonyms.py), which trims ids as the readers do', () => {
    const ids = IDS.filter((id) => id.trim() === id);
    const csv = execFileSync('/usr/bin/python3', [join(ROOT, 'scripts/pseudonyms.py')], { input: ids.join('\n'), env: { ORGNET_SALT: SALT } }).toString();
    const pseudonyms = new Pseudonyms(SALT);
    expect(csv.trim().split('\n')).toEqual(['id,pseudonym', ...ids.map((id) => `${id},${pseudonyms.show(id)}`)]);
  });

  it('gives the same pseudonym to the same id under the same salt, and others under another salt', () => {
    const [a, b, c] = [new Pseudonyms(SALT), new Pseudonyms(SALT), new Pseudonyms(`${SALT}!`)];
    expect(IDS.map((id) => a.show(id))).toEqual(IDS.map((id) => b.show(id)));
    expect(IDS.map((id) => a.show(id)).filter((p, i) => p === c.show(IDS[i]!))).toEqual([]);
  });

  it('fingerprints the salt with the pseudonym of the empty string', () => {
    expect(new Pseudonyms(SALT).fingerprint).toBe(reference(SALT, ''));
    expect(new Pseudonyms('other').fingerprint).not.toBe(reference(SALT, ''));
  });

  it('refuses an empty salt', () => {
    expect(() => new Pseudonyms('')).toThrow(UsageError);
  });

  it('stops when two different ids would share a pseudonym, naming neither', () => {
    // Found by scripts/find_pseudonym_collision.py: both are p-884448ef26 under this salt.
    const pseudonyms = new Pseudonyms('orgnet-collision-salt');
    expect(pseudonyms.show('user725531@example.com')).toBe('p-884448ef26');
    expect(pseudonyms.show('user725531@example.com')).toBe('p-884448ef26');
    let error: unknown;
    try {
      pseudonyms.show('user985711@example.com');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('p-884448ef26');
    expect((error as Error).message).toContain('another salt');
    expect((error as Error).message).not.toContain('user');
  });

  it('PLAIN_IDS shows ids as they are', () => {
    expect(PLAIN_IDS.active).toBe(false);
    expect(PLAIN_IDS.show('ana')).toBe('ana');
  });
});
