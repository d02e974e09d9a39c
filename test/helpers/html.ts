/** Reading back what the HTML report embedded: the page data between its script tags. */
import type { PageData } from '../../src/render/html/page-data.js';

export function dataOf(html: string): PageData {
  const open = '<script type="application/json" id="orgnet-data">';
  const at = html.indexOf(open);
  if (at === -1) throw new Error('no page data in this HTML');
  const start = at + open.length;
  return JSON.parse(html.slice(start, html.indexOf('</script>', start))) as PageData;
}
