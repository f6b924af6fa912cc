/**
 * `npm run screenshot`: the README's picture (docs/screenshot.png) of the explorer on the seed
 * plan, in English, with the Department of Natural Resources and Environment chosen. A script of
 * its own, so that `npm test` never rewrites a tracked file: run it when the explorer's look changes,
 * and commit the picture. It starts the real server on a throw-away database, as the e2e tests do.
 */
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../shared/chromium.ts';
import { buildExplorer, spawnServer } from '../../shared/spawn-server.ts';
import { newPage, openExplorer, waitIdle } from './browser.ts';

const root = resolve(import.meta.dirname, '..', '..');
const picture = join(root, 'docs', 'screenshot.png');
const AGENCY = '/so-tai-nguyen-va-moi-truong';

async function main(): Promise<void> {
  console.log('building the explorer and starting the server (embedded Neo4j, seed plan)…');
  buildExplorer(root);
  const server = await spawnServer({
    root,
    neo4j: 'fresh',
    logFile: join(tmpdir(), 'ag-screenshot-server.log'),
    startTimeoutMs: 240_000,
    stopGraceMs: 30_000,
  });
  const browser = await launchBrowser();
  try {
    const { page } = await newPage(browser);
    await openExplorer(page, server.url, 'lang=en');
    await page.locator('.main-search input').fill('tài nguyên');
    await page.locator(`.main-search [role=option][data-node-id$="${AGENCY}"]`).first().dispatchEvent('mousedown');
    await waitIdle(page);
    // Out of the search box, so the picture shows no focus ring.
    await page.locator('.brand h1').click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: picture });
    console.log(`${picture}: ${statSync(picture).size} bytes`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshot failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
