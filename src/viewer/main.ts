/**
 * The HTML report's viewer: reads the embedded data, writes every section in the page's
 * language (a section whose data is absent is left out), then draws the map once the text is
 * on screen. Everything it shows comes from the data; nothing is fetched.
 */
import { viewerFor, type Viewer } from './context.js';
import { readPageData } from './data.js';
import { h } from './dom.js';
import { focusOnMap } from './focus.js';
import { mapSection } from './map/map.js';
import { activitySection } from './sections/activity.js';
import { windowsSection } from './sections/windows.js';
import { attributeSections } from './sections/attributes.js';
import { changesSection } from './sections/changes.js';
import { communitiesSection } from './sections/communities.js';
import { findingsSection } from './sections/findings.js';
import { groupsSection, mixingSection } from './sections/groups.js';
import { kpiSection } from './sections/kpis.js';
import { metaSection } from './sections/meta.js';
import { rolesSection, topPeopleSection } from './sections/people.js';
import { loadSection } from './sections/load.js';
import { resilienceSection } from './sections/resilience.js';

function header(v: Viewer): HTMLElement {
  const { meta } = v.data;
  return h('header', { class: 'page-header' }, h('h1', null, v.data.title ?? v.t.title), h('p', { class: 'muted' }, v.t.generated(meta.input.file, meta.generatedAt.slice(0, 10), meta.tool.version)));
}

function contents(v: Viewer, sections: HTMLElement[]): HTMLElement {
  return h(
    'nav',
    { class: 'contents', 'aria-label': v.t.contents },
    ...sections.map((s) => h('a', { href: `#${s.id}` }, s.querySelector('h2')?.textContent ?? s.id)),
  );
}

function main(): void {
  const app = document.getElementById('app')!;
  const v = viewerFor(readPageData());
  const indexOf = new Map(v.data.people.id.map((id, i) => [id, i]));
  const onPerson = (i: number) => focusOnMap({ type: 'person', person: i });
  const map = mapSection(v);
  const sections = [
    findingsSection(v, indexOf),
    kpiSection(v),
    changesSection(v, onPerson, indexOf),
    map.element,
    groupsSection(v),
    ...attributeSections(v),
    mixingSection(v),
    activitySection(v, onPerson),
    windowsSection(v),
    topPeopleSection(v, onPerson),
    rolesSection(v, onPerson),
    loadSection(v, onPerson, indexOf),
    resilienceSection(v, onPerson, indexOf),
    communitiesSection(v),
    metaSection(v),
  ].filter((s): s is HTMLElement => s !== null);
  app.replaceChildren(header(v), contents(v, sections), ...sections);
  // The text first; the map on the next frame, so the findings are readable while WebGL starts.
  requestAnimationFrame(() => map.start());
}

main();
