/**
 * Building the page: elements with text children only. Names from the data always become text
 * nodes (never markup), so `</script><img onerror=…>` as a person's id is shown, not run. The
 * lint forbids innerHTML and its relatives in the viewer.
 */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attributes) for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A section of the report with its heading and optional intro line; `id` is the contents anchor. */
export function section(id: string, heading: string, intro: string | null, ...children: Child[]): HTMLElement {
  return h('section', { id, class: 'section' }, h('h2', null, heading), intro ? h('p', { class: 'intro' }, intro) : null, ...children);
}

/** A plain table: a header row and body rows of cells (text or elements). */
export function table(head: string[], rows: Child[][], className = 'data'): HTMLTableElement {
  return h(
    'table',
    { class: className },
    h('thead', null, h('tr', null, ...head.map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', null, ...rows.map((cells) => h('tr', null, ...cells.map((cell) => h('td', null, cell))))),
  );
}
