/**
 * Render benchmark of the explorer (a script, not a test): Debian chromium, headless, against a
 * running server. Measures the first picture: the time from navigation start until the opening
 * network is fully drawn (the layout has stopped, every node has its position and the canvas has
 * drawn them; the app records this as `window.__explorer.renderedAt`, in ms of
 * `performance.now()`, whose origin is navigation start, and emits `performance.mark('network-rendered')`).
 *
 *   1. the opening network (the seed's, or the 100× corpus's), as the explorer opens on it: network
 *      query with the server's preset positions, drawn without a layout run; the median of
 *      FIRST_PICTURE_LOADS cold loads, each in a fresh browser (empty cache, as a first visit);
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
/** Cold loads of the opening network; the median is reported (the machine is shared and noisy). */
const FIRST_PICTURE_LOADS = 3;
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

/** The opening network's first picture in a fresh browser: nothing cached, as an analyst's first visit. */
async function coldFirstPicture(url: string): Promise<{ ms: number; elements: number }> {
  const browser = await launchBrowser();
  try {
    return await timeToRender(browser.context, url);
  } finally {
    await browser.close();
  }
}

/**
 * The opening network's first picture (`seedMs`: the median of FIRST_PICTURE_LOADS cold loads,
 * whichever network the server holds; `firstPictureMs` has each) and the time to the first
 * complete render of a synthetic 5,000-element graph laid out in the page, in ms.
 */
export async function measureRender(baseUrl: string): Promise<{ seedMs: number; firstPictureMs: number[]; synthetic5000Ms: number }> {
  const base = baseUrl.replace(/\/$/, '');
  const loads: number[] = [];
  for (let i = 0; i < FIRST_PICTURE_LOADS; i++) loads.push(Math.round((await coldFirstPicture(`${base}/?test=1`)).ms));
  const browser = await launchBrowser();
  try {
    const synthetic = await timeToRender(browser.context, `${base}/?test=1&synthetic=${SYNTHETIC_ELEMENTS}`);
    if (synthetic.elements !== SYNTHETIC_ELEMENTS) throw new Error(`synthetic graph has ${synthetic.elements} elements, expected ${SYNTHETIC_ELEMENTS}`);
    const median = [...loads].sort((a, b) => a - b)[Math.floor(loads.length / 2)]!;
    return { seedMs: median, firstPictureMs: loads, synthetic5000Ms: Math.round(synthetic.ms) };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? process.env.BENCH_URL ?? 'http://127.0.0.1:4000';
  measureRender(baseUrl).then(
    ({ seedMs, firstPictureMs, synthetic5000Ms }) => {
      console.log(`first picture, opening network  ${seedMs} ms (median of ${firstPictureMs.join(', ')})`);
      console.log(`render  synthetic ${SYNTHETIC_ELEMENTS} elements  ${synthetic5000Ms} ms`);
    },
    (error: unknown) => {
      console.error(`render benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
