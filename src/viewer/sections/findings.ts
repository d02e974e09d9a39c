/** Findings first: the ranked list from the core, worded in the page's language, each with its figures. */
import { mapFindingGroups } from '../../core/analysis/findings/ids.js';
import type { Finding } from '../../core/model/findings.js';
import { isolated } from '../../core/base/printable.js';
import { describeFinding } from '../../render/i18n/index.js';
import { namerOf, type Viewer } from '../context.js';
import { h, section } from '../dom.js';
import { focusOnMap, type Focus } from '../focus.js';

export function findingsSection(v: Viewer, indexOf: ReadonlyMap<string, number>): HTMLElement {
  const { t, x, data } = v;
  if (data.findings.length === 0) return section('findings', t.findings.heading, null, h('p', { class: 'none' }, t.findings.none));
  const name = namerOf(data, indexOf);
  const items = data.findings.map((f) => {
    // People are named isolated (render/person-name.ts); so are groups, which the sentence names too.
    const { title, detail } = describeFinding(mapFindingGroups(f, isolated), t, x, name);
    const target = focusOf(f, data.people.groupNames, indexOf);
    const show = target ? h('button', { type: 'button', class: 'show-on-map' }, t.findings.show) : null;
    show?.addEventListener('click', () => focusOnMap(target!));
    return h(
      'li',
      { class: `finding finding-${f.severity}`, 'data-kind': f.kind },
      h('span', { class: `severity severity-${f.severity}` }, t.severity[f.severity]),
      h('div', { class: 'finding-text' }, h('strong', { class: 'finding-title' }, title), ' ', h('span', { class: 'finding-detail' }, detail)),
      show,
    );
  });
  const list = h('ol', { class: 'findings' }, ...items.slice(0, SHOWN));
  const rest = items.slice(SHOWN);
  const more = rest.length ? h('button', { type: 'button', class: 'more-findings' }, t.findings.more(rest.length)) : null;
  more?.addEventListener('click', () => {
    list.append(...rest);
    more.remove();
  });
  return section('findings', t.findings.heading, t.findings.intro, list, more);
}

/** The first findings shown at once; the rest one click away, so the page opens on the essentials. */
const SHOWN = 12;

function focusOf(f: Finding, groupNames: string[], indexOf: ReadonlyMap<string, number>): Focus | null {
  const s = f.subject;
  if (s.type === 'group') {
    const group = groupNames.indexOf(s.group);
    return group === -1 ? null : { type: 'group', group };
  }
  if (s.type === 'community') return { type: 'community', community: s.community };
  if (s.type === 'people') {
    const people = s.ids.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
    if (people.length === 0) return null;
    // The managers with no tie to most of their reports: shown with their reports and the lines to them.
    return f.kind === 'distant-managers' ? { type: 'people', people, withReports: true } : { type: 'people', people };
  }
  return null;
}
