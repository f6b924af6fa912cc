/**
 * Plans over time in a real browser: drop plan files on the Import panel, read the preview,
 * confirm, find the new plans in the network, open their recurrences and comparison, export the
 * follow-through table. The plans are synthetic (the demo series) and removed afterwards.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadGlossary, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { demoSeries } from '../../server/src/synthetic/demo-series.ts';
import type { SeedVariant } from '../../server/src/synthetic/seed-variant.ts';
import { launchBrowser, type Browser } from '../../shared/chromium.ts';
import { newPage, waitIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
const token = inject('importToken');
const [A, B] = ['nghe-an/61-KH-UBND/2022', 'nghe-an/45-KH-UBND/2023'];

let browser: Browser;
let page: Page;
let errors: string[];
let series: SeedVariant[];

/**
 * Opens the explorer on a view and waits for the network's first render. The first load after the
 * server starts lays out the whole network; on a loaded shared machine that can take minutes.
 */
async function openExplorer(page: Page, base: string, query: string): Promise<void> {
  await page.goto(`${base}/?test=1&${query}`);
  await page.waitForFunction(() => window.__explorer?.renderedAt != null, undefined, { timeout: 240_000, polling: 200 });
  await waitIdle(page, 120_000);
}

async function removeImported(): Promise<void> {
  for (const id of [A, B]) {
    await fetch(`${baseUrl}/api/plans/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  }
}

beforeAll(async () => {
  series = demoSeries(await readFile(seedPlanPath, 'utf8'), await loadGlossary()).slice(0, 2);
  await removeImported();
  browser = await launchBrowser();
  ({ page, errors } = await newPage(browser));
});

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await removeImported();
});

describe('plans over time in the explorer', () => {
  it('imports dropped files after a preview, and the new plans appear in the network', async () => {
    await openExplorer(page, baseUrl, `token=${token}&tab=import`);
    // The token moved from the address into the tab's storage.
    expect(new URL(page.url()).searchParams.get('token')).toBeNull();
    await page
      .locator('[data-testid=import-files]')
      .setInputFiles(series.map((plan) => ({ name: plan.fileName, mimeType: 'text/plain', buffer: Buffer.from(plan.text) })));
    const preview = page.locator('[data-testid=import-preview]');
    await preview.waitFor({ timeout: 120_000 });
    await expect.poll(() => preview.locator('.file-preview').count()).toBe(2);
    expect(await preview.locator(`.file-preview[data-plan="${A}"] h3`).textContent()).toContain('Nghệ An');
    expect(await preview.locator('.source-beside tr').count()).toBeGreaterThan(20);
    await page.locator('[data-testid=confirm-import]').click();
    const result = page.locator('[data-testid=import-result]');
    await result.waitFor({ timeout: 180_000 });
    expect(await result.locator('li[data-state=imported]').count()).toBe(2);
    await waitIdle(page);
    await expect.poll(() => page.evaluate((ids) => ids.map((id) => window.cy!.$id(id).length), [A, B]), { timeout: 60_000 }).toEqual([1, 1]);
    expect(await page.evaluate((id) => window.cy!.$id(id).data('synthetic'), A)).toBe(true);
  }, 420_000);

  it("shows the province's recurring weaknesses over time, and exports the follow-through table", async () => {
    await openExplorer(page, baseUrl, `tab=time&prov=${encodeURIComponent('Nghệ An')}&asof=2024-06-30`);
    const timeline = page.locator('[data-testid=recurrence-timeline]');
    await timeline.waitFor({ timeout: 60_000 });
    expect(await timeline.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await timeline.locator('.badge.warn').count()).toBeGreaterThan(0);
    await page.locator('[data-testid=follow-through-table]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=follow-through-table] tr[data-status=OVERDUE_RECURRING]').count()).toBeGreaterThan(0);
    await page.locator('[data-testid=status-chart] canvas').waitFor();
    await page.locator('[data-testid=export-follow-through]').click();
    const exported = await page.evaluate(() => window.__explorer!.lastExport);
    expect(exported).toMatchObject({ format: 'csv', fileName: 'follow-through-Nghệ An-2024-06-30.csv' });
    expect(exported!.bytes).toBeGreaterThan(1000);
  }, 420_000);

  it('compares the two plans side by side, the graph marking what was added and removed', async () => {
    await openExplorer(page, baseUrl, `tab=compare&ca=${encodeURIComponent(A)}&cb=${encodeURIComponent(B)}`);
    const comparison = page.locator('[data-testid=comparison]');
    await comparison.waitFor({ timeout: 60_000 });
    expect(await comparison.locator('.compare-list.added li').count()).toBe(2);
    expect(await comparison.locator('.compare-list.removed li').count()).toBe(2);
    await expect.poll(() => page.evaluate(() => window.cy!.$('node.hl').length), { timeout: 30_000 }).toBe(4);
    // Language switch keeps the view, in English.
    await page.locator('[data-lang=en]').click();
    expect(await comparison.locator('h3').first().textContent()).toBe('Removed weaknesses');
    expect(errors).toEqual([]);
  }, 420_000);
});
