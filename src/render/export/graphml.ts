/**
 * GraphML (graphml.graphdrawing.org), for Cytoscape, yEd and networkx `read_graphml`: every
 * person field and tie field declared once as a `<key>` with its `attr.type`, so numbers arrive
 * as numbers. Key ids are `p0…` for people and `t0…` for ties; the field name is `attr.name`
 * (people-file columns may hold spaces or accents, which an XML id may not). Written as a
 * stream, line by line; graphology-graphml only reads GraphML.
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import type { Cell } from '../columns.js';
import { batched } from '../output.js';
import { isUndirected, personTable, TIE_ATTRIBUTES, ties, type Attribute, type AttributeType } from './attributes.js';
import { describe, xmlValue } from './gexf.js';
import { xmlAttr } from './xml.js';

const GRAPHML_TYPE: Record<AttributeType, string> = { integer: 'int', double: 'double', boolean: 'boolean', string: 'string' };

function* keys(kind: 'node' | 'edge', prefix: string, attributes: Attribute[]): Generator<string> {
  for (const [i, a] of attributes.entries()) {
    yield `  <key id="${prefix}${i}" for="${kind}" attr.name="${xmlAttr(a.name)}" attr.type="${GRAPHML_TYPE[a.type]}"/>\n`;
  }
}

function data(prefix: string, values: readonly Cell[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) out += `      <data key="${prefix}${i}">${xmlValue(v)}</data>\n`;
  }
  return out;
}

function* graphmlLines(analysis: Analysis): Generator<string> {
  const { report } = analysis;
  const undirected = isUndirected(analysis);
  const people = personTable(analysis);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield `  <desc>${xmlAttr(describe(analysis, undirected))} Written by orgnet ${xmlAttr(report.meta.tool.version)}.</desc>\n`;
  yield* keys('node', 'p', people.attributes);
  yield* keys('edge', 't', TIE_ATTRIBUTES);
  yield `  <graph id="G" edgedefault="${undirected ? 'undirected' : 'directed'}">\n`;
  for (const person of report.people) {
    const values = data('p', people.values(person));
    const id = xmlAttr(person.id);
    yield values === '' ? `    <node id="${id}"/>\n` : `    <node id="${id}">\n${values}    </node>\n`;
  }
  for (const tie of ties(analysis, undirected)) {
    yield `    <edge source="${xmlAttr(tie.source)}" target="${xmlAttr(tie.target)}">\n${data('t', tie.values)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

export function renderGraphml(analysis: Analysis): Iterable<string> {
  return batched(graphmlLines(analysis));
}
