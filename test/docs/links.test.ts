/**
 * Every link of the README and of docs/ leads somewhere: a relative link names a file of the
 * repository, and an anchor (`page.md#section`, `#section`) names a heading of that page, slugged as
 * GitHub slugs headings (lower case; punctuation but `-` and `_` dropped; each space a `-`; a repeated
 * heading gets `-1`, `-2`…). Links inside code blocks and to the web are not followed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The text outside fenced code blocks and inline code. */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, (code) => (code.includes('](') ? '' : code));
}

function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of prose(readFileSync(file, 'utf8')).split('\n')) {
    const heading = /^#{1,6} (.+)$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

describe.each(pages)('%s', (page) => {
  const file = join(ROOT, page);
  const links = [...prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

  it('links to files that exist and to headings they hold', () => {
    const broken: string[] = [];
    for (const link of links) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? file : resolve(dirname(file), path);
      if (!existsSync(target)) {
        broken.push(`${link} (no file ${relative(ROOT, target)})`);
        continue;
      }
      if (anchor !== undefined && target.endsWith('.md') && !anchors(target).has(decodeURIComponent(anchor))) {
        broken.push(`${link} (no heading #${anchor} in ${relative(ROOT, target)})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

it('the README stays an overview: at most 300 lines', () => {
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(300);
});

it('code comments point to docs/ pages and headings that exist, and to no specification outside the repository', () => {
  const files = ['src', 'scripts', 'test'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|mjs|cjs|py|json)$/.test(file))
      .map((file) => join(folder, file)),
  );
  const broken: string[] = [];
  const outside: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    if (/SPEC §|SPEC\.md/.test(text) && file !== join('test', 'docs', 'links.test.ts')) outside.push(file);
    for (const m of text.matchAll(/docs\/([\w-]+\.md)(?:#([\w-]+))?/g)) {
      const page = join(ROOT, 'docs', m[1]!);
      if (!existsSync(page)) broken.push(`${file}: ${m[0]} (no page)`);
      else if (m[2] !== undefined && !anchors(page).has(m[2])) broken.push(`${file}: ${m[0]} (no heading)`);
    }
  }
  expect(outside).toEqual([]);
  expect(broken).toEqual([]);
});
