/**
 * Render benchmark of the explorer (a script, not a test): Debian chromium, headless, against a
 * running server. Measures the time from navigation start to the first complete render:
 * the layout has stopped and every node has its position (the app records this on `layoutstop`
 * as `window.__explorer.renderedAt`, in ms of `performance.now()`, whose origin is navigation start,
 * and emits `performance.mark('network-rendered')`).
 *
 *   1. the seed network, as the explorer opens on it (network query, fCoSE layout);
 *   2. a synthetic graph of 5,000 elements (2,000 nodes, 3,000 edges) built in the page
 *      (`?test=1&synthetic=5000`), same styles and fCoSE layout, no API call.
 *
 *   npx tsx bench/render.ts [baseUrl]      (or BENCH_URL; default http://127.0.0.1:4000)
 */
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../shared/chromium.ts';

/** Elements of the synthetic graph. */
const SYNTHETIC_ELEMENTS = 5000;
const TIMEOUT_MS = 180_000;

async function timeToRender(browser: BrowserContext, url: string): Promise<{ ms: number; elements: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__explorer?.renderedAt != null, undefined, { timeout: TIMEOUT_MS, polling: 50 });
    return await page.evaluate(() => ({ ms: window.__explorer!.renderedAt!, elements: window.__explorer!.renderedElements }));
  } finally {
    await page.close();
  }
}

/**
 * Time from navigation to the first complete render of the seed network and of a synthetic
 * 5,000-element graph, in ms (one cold page load each, fresh browser profile).
 */
export async function measureRender(baseUrl: string): Promise<{ seedMs: number; synthetic5000Ms: number }> {
  const base = baseUrl.replace(/\/$/, '');
  const browser = await launchBrowser();
  try {
    const seed = await timeToRender(browser.context, `${base}/?test=1`);
    const synthetic = await timeToRender(browser.context, `${base}/?test=1&synthetic=${SYNTHETIC_ELEMENTS}`);
    if (synthetic.elements !== SYNTHETIC_ELEMENTS) throw new Error(`synthetic graph has ${synthetic.elements} elements, expected ${SYNTHETIC_ELEMENTS}`);
    return { seedMs: Math.round(seed.ms), synthetic5000Ms: Math.round(synthetic.ms) };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? process.env.BENCH_URL ?? 'http://127.0.0.1:4000';
  measureRender(baseUrl).then(
    ({ seedMs, synthetic5000Ms }) => {
      console.log(`render  seed network            ${seedMs} ms`);
      console.log(`render  synthetic ${SYNTHETIC_ELEMENTS} elements  ${synthetic5000Ms} ms`);
    },
    (error: unknown) => {
      console.error(`render benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
