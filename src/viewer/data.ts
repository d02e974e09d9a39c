/** Reads the JSON the renderer embedded in the page (src/render/html/embed.ts). */
import { DATA_ELEMENT_ID, type PageData } from '../render/html/page-data.js';

export function readPageData(): PageData {
  const element = document.getElementById(DATA_ELEMENT_ID);
  if (!element || !element.textContent) throw new Error('orgnet: the report has no data');
  return JSON.parse(element.textContent) as PageData;
}
