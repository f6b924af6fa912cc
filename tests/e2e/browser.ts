/** Helpers to open the explorer in Debian's chromium (shared/chromium.ts) and read its state. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, type Browser } from '../../shared/chromium.ts';

/** A page that records console errors and uncaught exceptions. */
export async function newPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { page, errors };
}

/** Waits until nothing loads and no layout runs (the app's test hook). */
export async function waitIdle(page: Page, timeout = 60_000): Promise<void> {
  // Give React a frame to start the requests a click caused before reading "idle".
  await page.waitForTimeout(120);
  await page.waitForFunction(() => window.__explorer?.idle() === true, undefined, { timeout, polling: 100 });
}

/**
 * Opens the explorer with test hooks on and the given view query, and waits for the first render.
 * A read that fails leaves the network empty for good (the explorer does not retry), so an error
 * shown over the graph ends the wait at once, with its message, instead of at the hang guard.
 */
export async function openExplorer(page: Page, baseUrl: string, query = '', timeout = 120_000): Promise<void> {
  await page.goto(`${baseUrl}/?test=1${query ? `&${query}` : ''}`);
  const outcome = await page.waitForFunction(
    () => (window.__explorer?.renderedAt != null ? 'rendered' : document.querySelector('.graph-error')?.textContent),
    undefined,
    { timeout, polling: 100 },
  );
  const shown = await outcome.jsonValue();
  if (shown !== 'rendered') throw new Error(`the explorer showed an error instead of the network: ${shown}`);
  await waitIdle(page);
}

/** Runs a GraphQL query against the API from the test process. */
export async function api<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * One browser for a test file and a fresh page per test; every test ends with no console error
 * and no uncaught exception on its page (the last one it opened).
 */
export function explorerSession(baseUrl: string) {
  let browser: Browser | undefined;
  let current: { page: Page; errors: string[] } | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = current?.errors ?? [];
    await current?.page.close();
    current = null;
    expect(errors).toEqual([]);
  });
  return {
    /** A recording page that has loaded nothing yet; it becomes the test's page. */
    async blankPage(): Promise<{ page: Page; errors: string[] }> {
      current = await newPage(browser!);
      return current;
    },
    /** A new page with the explorer open (`query` appended to the URL). */
    async open(query = ''): Promise<Page> {
      const { page } = await this.blankPage();
      await openExplorer(page, baseUrl, query);
      return page;
    },
    /** The console errors and uncaught exceptions of the test's page so far. */
    get errors(): string[] {
      return current?.errors ?? [];
    },
  };
}
