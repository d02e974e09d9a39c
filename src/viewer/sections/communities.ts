/** Communities against groups: the informal structure beside the formal one. */
import type { Viewer } from '../context.js';
import { h, section, table } from '../dom.js';
import { focusOnMap } from '../focus.js';

const SHOWN = 15;

export function communitiesSection(v: Viewer): HTMLElement | null {
  const { t, x, data } = v;
  const c = t.communities;
  const { rows, total, singles } = data.communities;
  if (rows.length === 0) return null;
  const hasGroups = data.groups.length > 0;
  const body = rows.slice(0, SHOWN).map((row) => {
    const id = h('button', { type: 'button', class: 'link' }, String(row.id));
    id.addEventListener('click', () => focusOnMap({ type: 'community', community: row.id }));
    const groups = Object.entries(row.groups).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const text = groups.slice(0, 4).map(([g, k]) => `${g} ${x.int(k)}`).join(', ') + (groups.length > 4 ? ', …' : '');
    return hasGroups ? [id, x.int(row.size), row.dominantGroup ?? '—', x.share(row.dominantShare), text || '—'] : [id, x.int(row.size)];
  });
  const head = hasGroups ? [c.community, c.size, c.dominant, c.share, c.groups] : [c.community, c.size];
  const intro = hasGroups ? c.intro(x.index(data.org.groupAlignment)) : c.introNoGroups;
  const notes = [
    singles > 0 ? c.singles(x.int(singles)) : null,
    total > SHOWN ? c.more(x.int(total - SHOWN)) : null,
  ].filter((n): n is string => n !== null);
  return section('communities', c.heading, intro, table(head, body), notes.length ? h('p', { class: 'note' }, notes.join(' ')) : null);
}
