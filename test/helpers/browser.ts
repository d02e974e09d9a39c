/**
 * Opening orgnet's HTML pages in Debian's headless Chromium (playwright-core), as a reader would
 * from disk: from file://, with every other request blocked and recorded, console errors, page
 * errors and dialogs recorded. Shared by the browser tests.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { expect } from 'vitest';
import { ROOT, run } from './cli.js';

export const CHROMIUM = process.env.ORGNET_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = join(ROOT, 'test/artifacts');
export const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** `orgnet analyze ARGS -o DIR/NAME.html`, which must exit 0; returns the page's path. */
export async function writeHtml(dir: string, name: string, args: string[]): Promise<string> {
  const file = join(dir, `${name}.html`);
  const r = await run(['analyze', ...args, '-o', file]);
  expect(r.code, r.stderr).toBe(0);
  return file;
}

export interface Opened {
  page: Page;
  /** Every request other than the page itself: blocked when it leaves file://, recorded in any case. */
  requests: string[];
  errors: string[];
  dialogs: string[];
}

/** Opens the page at 1280×900 and waits for the map's first drawn frame. */
export async function openOffline(browser: Browser, file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const opened: Opened = { page, requests: [], errors: [], dialogs: [] };
  const self = pathToFileURL(file).href;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === self) return route.continue();
    opened.requests.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(self);
  await page.waitForSelector('#map-canvas[data-drawn]', { timeout: 30_000 });
  return opened;
}

/** Pixels within a small distance of one colour. */
export function pixelsNear(png: PNG, color: [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - color[0]) + Math.abs(png.data[i + 1]! - color[1]) + Math.abs(png.data[i + 2]! - color[2]) < 24) n++;
  }
  return n;
}
