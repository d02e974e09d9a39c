/**
 * The HTML report on hand-built Analyses, in Node: a page that asks for nothing from the network,
 * data that cannot close its script element and parses back to what the report holds, the
 * language, undirected data, and output that streams in chunks.
 */
import { describe, expect, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import { analysisOf, type Analysis } from '../../../src/core/analysis/analyze.js';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { computeFindings } from '../../../src/core/analysis/findings/index.js';
import type { OrgGraph, PersonAttributes, TieAttributes } from '../../../src/core/graph/types.js';
import { renderContext } from '../../helpers/render-context.js';
import { escapeForScript } from '../../../src/render/html/embed.js';
import { renderHtml } from '../../../src/render/html/index.js';
import { textOf } from '../../../src/render/output.js';
import { dataOf } from '../../helpers/html.js';
import { personRow, sampleAnalysis, sampleReport } from '../fixture.js';

const HOSTILE = '</script><img src=x onerror=alert(1)>';

const render = (analysis: Analysis = sampleAnalysis(), lang: 'en' | 'es' = 'en') => textOf(renderHtml(analysis, renderContext({ lang })));

/** The sample analysis with a hostile id, group name and attribute, and a U+2028 in a name. */
function hostileAnalysis(): Analysis {
  const analysis = sampleAnalysis();
  const rename = (id: string) => (id === 'ana' ? HOSTILE : id);
  const report = analysis.report;
  report.people = report.people.map((p) => ({
    ...p,
    id: rename(p.id),
    group: p.group === 'sales' ? '<b>sales</b> & co' : p.group,
    attributes: p.id === 'ana' ? { office: '"><svg onload=alert(3)>' } : { office: 'Madrid\u2028Centro' },
  }));
  report.groups = report.groups.map((g) => ({ ...g, group: g.group === 'sales' ? '<b>sales</b> & co' : g.group, connectors: g.connectors.map(rename) }));
  const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes>();
  for (const p of report.people) graph.addNode(p.id, { group: p.group, attributes: p.attributes });
  graph.addDirectedEdge(HOSTILE, '=cmd', { weight: 2, count: 2, first: null, last: null });
  return analysisOf(report, indexGraph(graph));
}

describe('escapeForScript', () => {
  test('no character that could end the element or start a comment survives; JSON.parse reads the same text', () => {
    const json = JSON.stringify({ name: '</script><!-- & -->\u2028\u2029' });
    const escaped = escapeForScript(json);
    expect(escaped).toBe('{"name":"\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e\\u2028\\u2029"}');
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });
});

describe('renderHtml', () => {
  test('one page: doctype, the language, the title, the data, then the script', () => {
    const html = render();
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>Organizational network report · chat.csv</title>');
    expect(html.indexOf('id="orgnet-data"')).toBeLessThan(html.lastIndexOf('<script>'));
    expect(html.trimEnd().endsWith('</body>\n</html>')).toBe(true);
  });

  test('no external URL in src or href, and a policy that forbids every fetch and any other script', () => {
    const html = render();
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:[a-z]+:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
  });

  test('the script hash in the policy is the hash of the inlined script', async () => {
    const { createHash } = await import('node:crypto');
    const html = render();
    const script = html.slice(html.lastIndexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(html).toContain(`script-src &#39;sha256-${hash}&#39;`);
  });

  test('a hostile name never appears as markup: two script elements only, and the data parses back to the same names', () => {
    const html = render(hostileAnalysis());
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('\u2028');
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    const data = dataOf(html);
    expect(data.people.id).toContain(HOSTILE);
    expect(data.people.groupNames).toContain('<b>sales</b> & co');
    expect(data.people.attributes.values[0]).toContain('"><svg onload=alert(3)>');
    expect(data.people.attributes.values[0]).toContain('Madrid\u2028Centro');
  });

  test('the data: the report slice, the findings of computeFindings, people in report order', () => {
    const analysis = sampleAnalysis();
    const data = dataOf(render(analysis));
    expect(data.lang).toBe('en');
    expect(data.directed).toBe(true);
    expect(data.org).toEqual(JSON.parse(JSON.stringify(analysis.report.org)));
    expect(data.findings).toEqual(computeFindings(analysis.report));
    expect(data.people.id).toEqual(['"Q, R"', '=cmd', 'ana', 'zoe']);
    // eng has 2 members, sales 1: the larger first
    expect(data.people.groupNames).toEqual(['eng', 'sales']);
    expect(data.people.group).toEqual([1, 0, 0, null]);
    // NaN pagerank (zoe) is null, never NaN
    expect(data.people.pagerank).toEqual([0.25, 0.35, 0.4, null]);
    // roles as bits of ROLE_ORDER (broker 1, central-connector 2, critical 4, overloaded 8, one-way 16, peripheral 32, isolate 64)
    expect(data.people.roles).toEqual([32, 16, 1 + 2, 64]);
    // status codes of STATUS_ORDER (dormant 0, fading 1, growing 2, steady 3)
    expect(data.people.status).toEqual([0, 1, 2, 3]);
    expect(data.people.attributes).toEqual({ names: ['office'], values: [['+34 Madrid', null, 'Madrid', null]] });
  });

  test('ties: one line per pair of people, both directions added; the positions inside the square', () => {
    const data = dataOf(render());
    // sample graph: ana→=cmd (2), =cmd→"Q, R" (1): indexes "Q, R" 0, =cmd 1, ana 2
    expect(data.ties).toEqual({ source: [0, 1], target: [1, 2], weight: [1, 2], total: 2 });
    for (const v of [...data.people.x, ...data.people.y]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1000);
    }
  });

  test('the same analysis gives the same page, byte for byte', () => {
    expect(render()).toBe(render());
  });

  test('--lang es: <html lang="es">, the title in Spanish', () => {
    const html = render(sampleAnalysis(), 'es');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Informe de la red organizacional · chat.csv</title>');
    expect(dataOf(html).lang).toBe('es');
  });

  test('undirected data, read from meta.options (undirected or events): the page is told reciprocity does not apply', () => {
    for (const options of [{ undirected: true }, { events: 'attendees.csv' }]) {
      const analysis = sampleAnalysis();
      analysis.report.meta.options = { ...analysis.report.meta.options, ...options };
      expect(dataOf(render(analysis)).directed).toBe(false);
    }
  });

  test('key players with distance fragmentation and its distance in hops (1/(1 − DF)); critical people with whom they cut off', () => {
    const analysis = sampleAnalysis();
    analysis.report.org.distanceFragmentation = 0.4;
    analysis.report.org.keyPlayers = [{ id: '=cmd', distanceFragmentation: 0.7, fragmentation: 1 }];
    // "Q, R" ← =cmd ← ana: without =cmd, ana (eng) is cut off from "Q, R" (the piece with the smallest id).
    Object.assign(analysis.report.people.find((p) => p.id === '=cmd')!, { roles: ['critical'], cutPoint: true, dependents: 1 });
    const { resilience } = dataOf(render(analysis));
    expect(resilience.fragmentation).toBe(0.5);
    expect(resilience.distanceFragmentation).toBe(0.4);
    expect(resilience.hops).toBeCloseTo(1 / 0.6, 12); // 1.67 hops today
    expect(resilience.keyPlayers).toEqual([{ id: '=cmd', fragmentation: 1, distanceFragmentation: 0.7, hops: expect.closeTo(1 / 0.3, 12) }]);
    expect(resilience.critical).toEqual([{ id: '=cmd', cutOffGroups: [{ group: 'eng', people: 1 }] }]);
  });

  test('streams: a large organization comes out in many chunks, none holding the whole data', () => {
    const report = sampleReport();
    const n = 20_000;
    report.people = Array.from({ length: n }, (_, i) =>
      personRow({ id: `p${String(i).padStart(5, '0')}`, group: `g${i % 40}`, pagerank: 1 / n, betweenness: 0, reciprocity: 1, trend: 0, status: 'steady', roles: [] }),
    );
    report.org.people = n;
    const graph: OrgGraph = new DirectedGraph<PersonAttributes, TieAttributes>();
    for (const p of report.people) graph.addNode(p.id, { group: p.group, attributes: {} });
    for (let i = 0; i + 1 < 400; i++) graph.addDirectedEdge(report.people[i]!.id, report.people[i + 1]!.id, { weight: 1, count: 1, first: null, last: null });
    const chunks = [...renderHtml(analysisOf(report, indexGraph(graph)), renderContext())];
    const html = chunks.join('');
    const data = dataOf(html);
    expect(data.people.count).toBe(n);
    expect(data.ties.source).toHaveLength(399);
    const dataChunks = chunks.slice(1, -1);
    expect(dataChunks.length).toBeGreaterThan(10);
    const longest = Math.max(...dataChunks.map((c) => c.length));
    expect(longest).toBeLessThan(html.length / 10);
  });
});
