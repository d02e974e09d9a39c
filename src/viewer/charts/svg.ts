/** Inline SVG, drawn by orgnet: elements with text children only (names are never markup). */
const NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  ...children: (SVGElement | string | null)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) {
    if (child === null) continue;
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A tooltip for any SVG shape: the browser shows a <title> child on hover. */
export function titled<T extends SVGElement>(element: T, text: string): T {
  element.appendChild(svg('title', {}, text));
  return element;
}

/** Round numbers for axis ticks: 1, 2 or 5 times a power of ten, about `count` of them. */
export function ticks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  // From 0 up to the first tick at or above the maximum, so every value is inside the axis.
  const out: number[] = [0];
  while (out[out.length - 1]! < max - step * 1e-9) out.push(Number((out.length * step).toPrecision(12)));
  return out;
}
