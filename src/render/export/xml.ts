/**
 * XML text for the graph exports (GEXF, GraphML). Attribute values escape `& < > "` and write
 * tab, line feed and carriage return as character references, so an XML parser gives them back
 * instead of folding them into spaces (attribute-value normalization). XML 1.0 cannot carry
 * the other control characters (U+0000–U+001F), unpaired surrogates or U+FFFE/U+FFFF at all,
 * not even as references, and every reader (expat in networkx, Gephi's, xmldom) rejects a file
 * holding one; such a character is written as the visible escape the terminal shows (`\x1b`),
 * and `xmlUnsafeNames` lets the command warn about it, so nothing changes silently.
 */
import type { Analysis } from '../../core/analysis/analyze.js';

// eslint-disable-next-line no-control-regex -- finding what XML cannot carry is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"\t\n\r]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

const visible = (c: string): string => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** `text` as XML can carry it: the characters XML 1.0 forbids replaced by visible escapes. */
export function xmlSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** `text` inside a double-quoted XML attribute value. */
export function xmlAttr(text: string): string {
  return xmlSafe(text).replace(SPECIAL, (c) => ENTITIES[c]!);
}

const hasUnsafe = (text: string): boolean => {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
};

/** Person ids, group names and attribute values or names that XML exports change (see above). */
export function xmlUnsafeNames(analysis: Analysis): number {
  let count = 0;
  const { report } = analysis;
  const names = new Set<string>();
  for (const p of report.people) {
    names.add(p.id);
    if (p.group !== null) names.add(p.group);
    for (const [k, v] of Object.entries(p.attributes)) names.add(k).add(v);
  }
  for (const name of names) if (hasUnsafe(name)) count++;
  return count;
}
