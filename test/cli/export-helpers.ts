/**
 * What an export should hold, worked out independently of the exporters: the expected node
 * attributes are the JSON report's person rows flattened here (nested objects with dots,
 * `attributes.*`, arrays joined with `|`, null and empty text left out), their types come from
 * the report's JSON Schema (integer → int, number → float, boolean, the rest text), and the
 * expected ties are aggregated straight from the interactions CSV.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonRow, Report } from '../../src/core/model/report.js';
import { ROOT } from '../helpers/cli.js';

const PYTHON = '/usr/bin/python3';
export const HAS_NETWORKX = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

export type Kind = 'int' | 'float' | 'bool' | 'str';

/** Flattened person fields, as every export must carry them. */
export function flatten(person: PersonRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== null && value !== '') out[key] = value;
  };
  for (const [key, value] of Object.entries(person)) {
    if (key === 'id') continue;
    if (Array.isArray(value)) put(key, value.join('|'));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) put(`${key}.${k}`, v);
    else put(key, value);
  }
  return out;
}

interface SchemaNode { type?: string | string[]; anyOf?: SchemaNode[]; properties?: Record<string, SchemaNode>; enum?: unknown[] }

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'src/core/report/schema.json'), 'utf8')) as {
  properties: { people: { items: SchemaNode } };
};

function kindOf(node: SchemaNode): Kind {
  const types = [node.type ?? [], ...(node.anyOf ?? []).map((n) => n.type ?? [])].flat();
  if (types.includes('integer')) return 'int';
  if (types.includes('number')) return 'float';
  if (types.includes('boolean')) return 'bool';
  return 'str';
}

/** The type of each flattened person field, from the report's JSON Schema. */
export function personKinds(): (key: string) => Kind {
  const props = SCHEMA.properties.people.items.properties!;
  return (key) => {
    if (key.startsWith('attributes.')) return 'str';
    const [head, tail] = key.split('.') as [string, string | undefined];
    const node = props[head];
    if (!node) throw new Error(`field ${key} is not in the schema`);
    if (tail === undefined) return kindOf(node);
    const inner = node.properties ?? node.anyOf?.find((n) => n.properties)?.properties;
    return kindOf(inner![tail]!);
  };
}

export interface ExpectedTie { weight: number; count: number; first: string | null; last: string | null }

const toMs = (text: string): number => {
  const n = Number(text);
  if (text.trim() !== '' && Number.isFinite(n)) return n > 1e11 ? n : n * 1000;
  return Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
};

/**
 * Ties aggregated from a plain CSV (no quoted fields) with columns source,target[,weight]
 * [,timestamp…]: weights add up, count rows, first/last timestamps; self-loops dropped.
 */
export function tiesOfCsv(path: string): Map<string, ExpectedTie> {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cols = header!.split(',');
  const w = cols.indexOf('weight');
  const t = cols.indexOf('timestamp');
  const ties = new Map<string, { weight: number; count: number; first: number | null; last: number | null }>();
  for (const line of lines) {
    const cells = line.split(',');
    const [s, d] = [cells[0]!, cells[1]!];
    if (s === d) continue;
    const key = `${s}\u0000${d}`;
    const tie = ties.get(key) ?? { weight: 0, count: 0, first: null, last: null };
    tie.weight += w >= 0 ? Number(cells[w]) : 1;
    tie.count += 1;
    if (t >= 0) {
      const ms = toMs(cells[t]!);
      tie.first = tie.first === null ? ms : Math.min(tie.first, ms);
      tie.last = tie.last === null ? ms : Math.max(tie.last, ms);
    }
    ties.set(key, tie);
  }
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return new Map([...ties].map(([k, v]) => [k, { weight: v.weight, count: v.count, first: iso(v.first), last: iso(v.last) }]));
}

export interface NxGraph {
  directed: boolean;
  /** GEXF's graph mode, as networkx read it; null for the other formats. */
  mode: string | null;
  multigraph: boolean;
  nodes: Record<string, Record<string, [unknown, string]>>;
  edges: [string, string, Record<string, [unknown, string]>][];
}

/** networkx's view of each file (scripts/read_exports.py). */
export function readWithNetworkx(paths: string[]): Record<string, NxGraph> {
  const r = spawnSync(PYTHON, [join(ROOT, 'scripts/read_exports.py'), ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`read_exports.py failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { files: Record<string, NxGraph> }).files;
}

export const reportPeople = (report: Report): Map<string, PersonRow> => new Map(report.people.map((p) => [p.id, p]));
