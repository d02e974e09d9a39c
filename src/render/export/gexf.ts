/**
 * GEXF 1.2 (gexf.net/1.2draft), the format Gephi opens natively, and networkx reads with
 * `read_gexf`: one node per person (label = their name, render/person-name.ts) with every person field as a typed attribute
 * (attributes.ts), one edge per tie with its `weight` (GEXF's own edge weight, which Gephi uses)
 * and `count`, `first`, `last` as attributes. `defaultedgetype` says whether the data were
 * directed. Written line by line as a stream: graphology-gexf's writer builds the whole document
 * as one string, which for 50,000 people and 500,000 ties took 2.9 GB and 22 s here, and past
 * about 1.5 million ties would exceed the longest string V8 can hold (docs/outputs.md).
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import type { Cell } from '../columns.js';
import { batched } from '../output.js';
import { personName } from '../person-name.js';
import { fileName } from '../shown-meta.js';
import { isUndirected, personTable, TIE_ATTRIBUTES, ties, type Attribute, type AttributeType } from './attributes.js';
import { xmlAttr } from './xml.js';

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
  yield `  <graph mode="static" defaultedgetype="${undirected ? 'undirected' : 'directed'}">\n`;
  yield* declare('node', people.attributes);
  yield* declare('edge', tieAttributes);
  yield '    <nodes>\n';
  for (const person of report.people) {
    const id = xmlAttr(person.id);
    const label = xmlAttr(personName(person, 'plain'));
    const values = attvalues(people.values(person), 0, '        ');
    yield values === '' ? `      <node id="${id}" label="${label}"/>\n` : `      <node id="${id}" label="${label}">\n${values}      </node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let n = 0;
  for (const tie of ties(analysis, undirected)) {
    const [weight, ...rest] = tie.values;
    const head = `      <edge id="${n++}" source="${xmlAttr(tie.source)}" target="${xmlAttr(tie.target)}" weight="${weight}"`;
    yield `${head}>\n${attvalues(rest, 0, '        ')}      </edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
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
