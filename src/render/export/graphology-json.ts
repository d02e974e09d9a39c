/**
 * graphology's own serialization (the object `graph.export()` returns and `graph.import()` /
 * `Graph.from()` read back; sigma.js draws it): `{options, attributes, nodes: [{key,
 * attributes}], edges: [{source, target, attributes}]}`, with the same flattened, typed person
 * and tie fields as GEXF and GraphML (attributes.ts) and `label` = the person's name (render/person-name.ts), as sigma
 * expects. Streamed one node or edge per line, so no string of the whole graph is built.
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import type { Cell } from '../columns.js';
import { batched } from '../output.js';
import { personName } from '../person-name.js';
import { fileName } from '../shown-meta.js';
import { isUndirected, personTable, TIE_ATTRIBUTES, ties, type Attribute } from './attributes.js';
import { describe } from './gexf.js';

function attributesOf(attributes: Attribute[], values: readonly Cell[], into: Record<string, Cell> = {}): Record<string, Cell> {
  for (let i = 0; i < attributes.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) into[attributes[i]!.name] = v;
  }
  return into;
}

function* jsonLines(analysis: Analysis): Generator<string> {
  const { report } = analysis;
  const undirected = isUndirected(analysis);
  const people = personTable(analysis);
  const options = { type: undirected ? 'undirected' : 'directed', multi: false, allowSelfLoops: false };
  const attributes = { name: fileName(report.meta.input.file), creator: `orgnet ${report.meta.tool.version}`, description: describe(analysis, undirected) };
  yield `{"options":${JSON.stringify(options)},\n"attributes":${JSON.stringify(attributes)},\n"nodes":[`;
  let first = true;
  for (const person of report.people) {
    const node = { key: person.id, attributes: attributesOf(people.attributes, people.values(person), { label: personName(person, 'plain') }) };
    yield `${first ? '' : ','}\n${JSON.stringify(node)}`;
    first = false;
  }
  yield '\n],\n"edges":[';
  first = true;
  for (const tie of ties(analysis, undirected)) {
    const edge = { source: tie.source, target: tie.target, attributes: attributesOf(TIE_ATTRIBUTES, tie.values) };
    yield `${first ? '' : ','}\n${JSON.stringify(edge)}`;
    first = false;
  }
  yield '\n]}\n';
}

export function renderGraphologyJson(analysis: Analysis): Iterable<string> {
  return batched(jsonLines(analysis));
}
