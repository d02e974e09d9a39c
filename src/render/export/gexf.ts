/**
 * GEXF 1.2 (gexf.net/1.2draft), the format Gephi opens natively, and networkx reads with
 * `read_gexf`: one node per person (label = their name, render/person-name.ts) with every person field as a typed attribute
 * (attributes.ts), one edge per tie with its `weight` (GEXF's own edge weight, which Gephi uses)
 * and `count`, `first`, `last` as attributes. `defaultedgetype` says whether the data were
 * directed. Written line by line as a stream: graphology-gexf's writer builds the whole document
 * as one string, which for 50,000 people and 500,000 ties took 2.9 GB and 22 s here, and past
 * about 1.5 million ties would exceed the longest string V8 can hold (docs/outputs.md).
 *
 * With timestamps the graph is dynamic (`mode="dynamic"`), so Gephi's timeline plays it: each
 * tie has one spell from the day of its first interaction to the day of its last (GEXF intervals
 * include both ends), and each person one from the first day of any of their ties to the last.
 * `timeformat="date"` (days): networkx's read_gexf reads date spells back as ISO strings, while it
 * cannot read `dateTime` at all. On a relative clock (docs/input.md) spells are elapsed days,
 * `timeformat="double"`. A person without a tie has no spell: present throughout.
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import type { Cell } from '../columns.js';
import { batched } from '../output.js';
import { personName } from '../person-name.js';
import { fileName } from '../shown-meta.js';
import { isUndirected, personTable, TIE_ATTRIBUTES, ties, type Attribute, type AttributeType } from './attributes.js';
import { xmlAttr } from './xml.js';
import { isoDate, MS_PER_DAY } from '../../core/analysis/activity/calendar.js';

const GEXF_TYPE: Record<AttributeType, string> = { integer: 'integer', double: 'double', boolean: 'boolean', string: 'string' };

/** Doubles as JavaScript writes them: the shortest text that reads back as the same number. */
export function xmlValue(value: Exclude<Cell, null>): string {
  return typeof value === 'string' ? xmlAttr(value) : String(value);
}

function* declare(kind: 'node' | 'edge', attributes: Attribute[]): Generator<string> {
  yield `    <attributes class="${kind}" mode="static">\n`;
  for (const [i, a] of attributes.entries()) {
    yield `      <attribute id="${i}" title="${xmlAttr(a.name)}" type="${GEXF_TYPE[a.type]}"/>\n`;
  }
  yield '    </attributes>\n';
}

/** `<attvalues>` for the non-null values; ids are the attribute's index in its declaration. */
function attvalues(values: readonly Cell[], offset: number, indent: string): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    out += `${indent}  <attvalue for="${i + offset}" value="${xmlValue(v)}"/>\n`;
  }
  return out === '' ? '' : `${indent}<attvalues>\n${out}${indent}</attvalues>\n`;
}

function* gexfLines(analysis: Analysis): Generator<string> {
  const { report } = analysis;
  const undirected = isUndirected(analysis);
  const people = personTable(analysis);
  const tieAttributes = TIE_ATTRIBUTES.slice(1); // the weight is the edge's own `weight`
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n';
  yield `  <meta lastmodifieddate="${report.meta.generatedAt.slice(0, 10)}">\n`;
  yield `    <creator>orgnet ${xmlAttr(report.meta.tool.version)}</creator>\n`;
  yield `    <description>${xmlAttr(describe(analysis, undirected))}</description>\n`;
  yield '  </meta>\n';
  const timed = timedSpells(analysis);
  const kind = undirected ? 'undirected' : 'directed';
  yield timed === null ? `  <graph mode="static" defaultedgetype="${kind}">\n` : `  <graph mode="dynamic" defaultedgetype="${kind}" timeformat="${timed.format}">\n`;
  yield* declare('node', people.attributes);
  yield* declare('edge', tieAttributes);
  yield '    <nodes>\n';
  for (const person of report.people) {
    const id = xmlAttr(person.id);
    const label = xmlAttr(personName(person, 'plain'));
    const values = attvalues(people.values(person), 0, '        ') + (timed?.node(person.id) ?? '');
    yield values === '' ? `      <node id="${id}" label="${label}"/>\n` : `      <node id="${id}" label="${label}">\n${values}      </node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let n = 0;
  for (const tie of ties(analysis, undirected)) {
    const [weight, ...rest] = tie.values;
    const head = `      <edge id="${n++}" source="${xmlAttr(tie.source)}" target="${xmlAttr(tie.target)}" weight="${weight}"`;
    yield `${head}>\n${attvalues(rest, 0, '        ')}${timed ? spell(timed.text, tie.first, tie.last) : ''}      </edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

interface Spells {
  format: 'date' | 'double';
  text: (ms: number) => string;
  /** The person's spell, or '' when they have no timed tie. */
  node: (id: string) => string;
}

/** How spells are written, and each person's; null without timestamps (a static graph). */
function timedSpells(analysis: Analysis): Spells | null {
  const { index, report } = analysis;
  const first = new Float64Array(index.n).fill(Number.NaN);
  const last = new Float64Array(index.n).fill(Number.NaN);
  let any = false;
  for (let s = 0; s < index.n; s++) {
    for (let p = index.out.offsets[s]!; p < index.out.offsets[s + 1]!; p++) {
      const a = index.tieFirst[p]!;
      const b = index.tieLast[p]!;
      if (Number.isNaN(a)) continue;
      any = true;
      for (const v of [s, index.out.index[p]!]) {
        if (!(first[v]! <= a)) first[v] = a;
        if (!(last[v]! >= b)) last[v] = b;
      }
    }
  }
  if (!any) return null;
  const relative = report.meta.input.clock === 'relative';
  const text = relative ? (ms: number) => String(Math.floor(ms / MS_PER_DAY)) : isoDate;
  const node = (id: string) => {
    const v = index.position.get(id);
    return v === undefined ? '' : spell(text, first[v]!, last[v]!);
  };
  return { format: relative ? 'double' : 'date', text, node };
}

function spell(text: (ms: number) => string, first: number, last: number): string {
  if (Number.isNaN(first)) return '';
  return `        <spells>\n          <spell start="${text(first)}" end="${text(last)}"/>\n        </spells>\n`;
}

/** One line for the file's metadata: what the graph is, so a reader needs no other file. */
export function describe(analysis: Analysis, undirected: boolean): string {
  const { org, meta } = analysis.report;
  const kind = undirected ? 'undirected ties (reciprocity does not apply)' : 'directed ties: knowledge flows source → target';
  return `Organizational network from ${fileName(meta.input.file)}: ${org.people} people, ${org.ties} ties, ${kind}; tie weight = interactions (a strength, not a distance).`;
}

export function renderGexf(analysis: Analysis): Iterable<string> {
  return batched(gexfLines(analysis));
}
