/**
 * The privacy fixture (fixtures/privacy) and how an output is searched for what it must not
 * hold: every original id, every left-out attribute value, the salt. Shared by the in-process
 * leak test (test/cli/pseudonymize-leaks.test.ts) and the spawned one of messages
 * (test/bin/pseudonymize-messages.test.ts). Pseudonyms are computed here with node:crypto,
 * independently of the code under test.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

const SALT = 'privacy-fixture-salt-2026';
export const ENV = { ORGNET_SALT: SALT };
export const FX = join(ROOT, 'fixtures/privacy');
export const pseudonym = (id: string) => `p-${createHmac('sha256', SALT).update(id, 'utf8').digest('hex').slice(0, 10)}`;

/** The people file, by id: the columns left out (name and email by --pseudonymize, phone by --drop-attributes). */
export const PEOPLE: Record<string, { name: string; email: string; phone: string }> = {
  'zelda.quinterobarros@example.com': { name: 'Zelda Quintero-Barros', email: 'zquintero.personal@mailbox.example', phone: '+34 611 200 301' },
  'íñigo.zubizarreta@example.com': { name: 'Íñigo Zubizarreta Olano', email: 'izubizarreta.home@mailbox.example', phone: '+34 611 200 302' },
  'bartholomew.kowalczyk@example.com': { name: 'Bartholomew Kowalczyk', email: 'bkowalczyk.family@mailbox.example', phone: '+48 600 700 303' },
  'ximena.oyarzabal@example.com': { name: 'Ximena Oyarzábal', email: 'xoyarzabal.private@mailbox.example', phone: '+56 9 8800 0304' },
  'yusuf.abernathyokafor@example.com': { name: 'Yusuf Abernathy-Okafor', email: 'yabernathy.own@mailbox.example', phone: '+44 7700 900305' },
  'ophelia.thistlewood@example.com': { name: 'Ophelia Thistlewood', email: 'othistlewood.self@mailbox.example', phone: '+44 7700 900306' },
  'wilhelmina.castellanos@example.com': { name: 'Wilhelmina Castellanos', email: 'wcastellanos.mine@mailbox.example', phone: '+34 611 200 307' },
  'quentin.marlowevasquez@example.com': { name: 'Quentin Marlowe-Vásquez', email: 'qmarlowe.inbox@mailbox.example', phone: '+1 202 555 0308' },
};
const ONLY_IN_INTERACTIONS = 'leopold.fairweathernkemelu@example.com';
const ONLY_BEFORE = 'desmond.achterberg@example.com';
export const REMOVED = 'wilhelmina.castellanos@example.com';
export const NOBODY = 'rosalind.nonexistent@example.com';
export const ALL_IDS = [...Object.keys(PEOPLE), ONLY_IN_INTERACTIONS, ONLY_BEFORE, NOBODY];
/** The people of the analysed network (interactions.csv with its people file, less the one removed). */
export const NETWORK = [...Object.keys(PEOPLE), ONLY_IN_INTERACTIONS].filter((id) => id !== REMOVED);
export const ISOLATE = 'quentin.marlowevasquez@example.com';

/**
 * What may never be written: each id, its local part (an `@` escaped as `\u0040` or `&#64;` would
 * hide the whole id, not the rest) and the words of ids and names (a name split or reordered);
 * each left-out value whole; and the salt. Compared in lower case.
 */
function needles(): string[] {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5 && w !== 'example');
  const names = Object.values(PEOPLE).map((p) => p.name);
  const values = Object.values(PEOPLE).flatMap((p) => [p.name, p.email, p.email.split('@')[0]!, p.phone]);
  const all = [...ALL_IDS, ...ALL_IDS.map((id) => id.split('@')[0]!), ...[...ALL_IDS, ...names].flatMap(words), ...values, SALT];
  return [...new Set(all.map((n) => n.toLowerCase()))];
}
const NEEDLES = needles();

/** Every token a pseudonymized output may hold: the ids' pseudonyms, and the salt's fingerprint (that of ''). */
const KNOWN = new Set([...ALL_IDS.map(pseudonym), pseudonym('')]);

const dirs: string[] = [];
/** Removes the folders tempDir made: afterAll(removeTempDirs). */
export function removeTempDirs(): void {
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
}
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgnet-privacy-'));
  dirs.push(dir);
  return dir;
}

/** The text of every file under `dir`; a workbook also as the XML of each of its parts. */
export function writtenFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    out.set(name, bytes.toString('utf8'));
    if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
      for (const entry of XLSX.CFB.read(bytes, { type: 'buffer' }).FileIndex) {
        if (entry.content && entry.content.length > 0) out.set(`${name}!${entry.name}`, Buffer.from(entry.content as Uint8Array).toString('utf8'));
      }
    }
  }
  return out;
}

/**
 * Asserts that no needle occurs in any text, and that every pseudonym-like token is a known one
 * (but in the rejects file, which pseudonymizes other cells too and is compared whole). `known`:
 * more tokens a case may show (the pseudonyms of a header row that holds no ids).
 */
export function expectNoLeak(texts: Map<string, string>, known: ReadonlySet<string> = new Set()): void {
  for (const [where, text] of texts) {
    const lower = text.toLowerCase();
    const found = NEEDLES.filter((n) => lower.includes(n));
    expect(found, `${where} holds ${found.join(', ')}`).toEqual([]);
    if (where === 'rejects.csv') continue;
    const unknown = [...new Set(text.match(/p-[0-9a-f]{10}/g) ?? [])].filter((t) => !KNOWN.has(t) && !known.has(t));
    expect(unknown, `${where} holds tokens that are no known id's pseudonym`).toEqual([]);
  }
}

