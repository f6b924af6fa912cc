/**
 * The explorer in a real browser against the real server and seed plan. Graph state is read
 * through the test hooks (`window.cy`, `window.__explorer`, enabled by ?test=1), not from pixels.
 */
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { api, explorerSession, waitIdle } from './browser.ts';

const baseUrl = inject('baseUrl');
const DONRE = '/so-tai-nguyen-va-moi-truong';

const session = explorerSession(baseUrl);
const open = (query = '') => session.open(query);

/** Types into the header search ("/" focuses it) and chooses the hit whose id ends with `idSuffix`, by keyboard. */
async function searchAndChoose(page: Page, text: string, idSuffix: string): Promise<string> {
  // Leave any field, then "/" focuses the search.
  await page.locator('.brand h1').click();
  await page.keyboard.press('/');
  const input = page.locator('.main-search input');
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await input.fill('');
  await page.keyboard.type(text, { delay: 20 });
  const hit = page.locator(`.main-search [role=option][data-node-id$="${idSuffix}"]`).first();
  await hit.waitFor({ timeout: 30_000 });
  const ids = await page.locator('.main-search [role=option]').evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id')));
  const index = ids.findIndex((id) => id?.endsWith(idSuffix));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitIdle(page);
  return ids[index]!;
}

const view = (page: Page) => page.evaluate(() => window.__explorer!.view());
const selectedIds = (page: Page) => page.evaluate(() => window.cy!.$('node:selected').map((node) => node.id()));
const visibleNodeIds = (page: Page) =>
  page.evaluate(() =>
    window
      .cy!.nodes(':visible')
      .map((node) => node.id())
      .sort(),
  );

describe('explorer', () => {
  it('opens on the network of the imported plan', async () => {
    const page = await open();
    const counts = await page.evaluate(() => ({
      nodes: window.cy!.nodes().length,
      agencies: window.cy!.nodes('[type = "Agency"]').length,
      weaknesses: window.cy!.nodes('[type = "Weakness"]').length,
      positioned: window
        .cy!.nodes()
        .map((node) => node.position())
        .every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    }));
    expect(counts.nodes).toBeGreaterThan(100);
    expect(counts.agencies).toBeGreaterThan(10);
    expect(counts.weaknesses).toBeGreaterThan(10);
    expect(counts.positioned).toBe(true);
    const marks = await page.evaluate(() => performance.getEntriesByName('network-rendered').length);
    expect(marks).toBe(1);
  });

  it('explains the rings of unverified agencies and cut-off plans in the legend, and draws none on the seed', async () => {
    const page = await open();
    await expect.poll(() => page.getByTestId('legend-unverified').textContent()).toMatch(/chưa xác minh/i);
    expect(await page.getByTestId('legend-incomplete').textContent()).toMatch(/chưa đầy đủ/i);
    // Every body of the seed is in the glossary and its text is whole: no node wears either ring.
    const marked = await page.evaluate(() => ({
      unverified: window.cy!.nodes('[?unverified]').length,
      incomplete: window.cy!.nodes('[?incomplete]').length,
      verifiedAgencies: window.cy!.nodes('[type = "Agency"][?verified]').length,
      agencies: window.cy!.nodes('[type = "Agency"]').length,
    }));
    expect(marked).toMatchObject({ unverified: 0, incomplete: 0 });
    expect(marked.verifiedAgencies).toBe(marked.agencies);
  });

  it('finds the Department of Natural Resources and Environment in Vietnamese and in English', async () => {
    const page = await open();
    const viaVietnamese = await searchAndChoose(page, 'tài nguyên', DONRE);
    expect((await view(page)).focus).toBe(viaVietnamese);
    expect(await selectedIds(page)).toEqual([viaVietnamese]);
    await expect.poll(() => page.locator('.details-panel .panel-title').textContent()).toContain('Tài nguyên');

    const viaEnglish = await searchAndChoose(page, 'natural resources', DONRE);
    expect(viaEnglish).toBe(viaVietnamese);
    // Diacritics do not matter either.
    const viaFolded = await searchAndChoose(page, 'tai nguyen va moi truong', DONRE);
    expect(viaFolded).toBe(viaVietnamese);
    // The panel shows the verbatim properties and neighbours by relationship.
    await expect.poll(() => page.locator('.details-panel .neighbour-group').count()).toBeGreaterThan(0);
  });

  it('lists an agency’s duties as the API gives them, by section and role, and highlights them', async () => {
    const answer = await api<{
      agencyDuties: { agencies: { id: string }[]; duties: { itemId: string; weaknessCode: string }[]; collectiveDuties: { itemId: string }[] };
    }>(baseUrl, `query ($a: String!) { agencyDuties(agency: $a) { agencies { id } duties { itemId weaknessCode } collectiveDuties { itemId } } }`, {
      a: 'Sở Tài nguyên và Môi trường',
    });
    const agencyId = answer.agencyDuties.agencies.find((agency) => agency.id.endsWith(DONRE))!.id;
    const page = await open();
    await searchAndChoose(page, 'tài nguyên', DONRE);
    await page.getByRole('button', { name: /Xem nhiệm vụ|Show duties/ }).click();
    await waitIdle(page);
    expect((await view(page)).tab).toBe('duties');
    await page.locator('.duties-view li.duty').first().waitFor();

    const listed = await page
      .locator('.duties-view li.duty')
      .evaluateAll((items) => items.map((item) => ({ id: item.getAttribute('data-item-id')!, code: item.getAttribute('data-weakness-code')! })));
    const expected = new Set([...answer.agencyDuties.duties, ...answer.agencyDuties.collectiveDuties].map((duty) => duty.itemId));
    expect(new Set(listed.map((duty) => duty.id))).toEqual(expected);
    // Section VII (natural resources and environment) is this department's own domain.
    const sectionVii = answer.agencyDuties.duties.filter((duty) => duty.weaknessCode.startsWith('VII')).map((duty) => duty.weaknessCode);
    expect(sectionVii.length).toBeGreaterThan(0);
    expect(listed.map((duty) => duty.code)).toEqual(expect.arrayContaining(sectionVii));
    expect(await page.locator('.duty-section[data-section="VII"]').count()).toBe(1);
    // Deadlines are shown.
    expect(await page.locator('.duties-view .deadline').count()).toBeGreaterThan(0);
    // The same duties are highlighted in the graph.
    const highlighted = await page.evaluate(() => window.cy!.nodes('.hl').map((node) => node.id()));
    expect(highlighted).toContain(agencyId);
    const drawn = new Set(await page.evaluate(() => window.cy!.nodes().map((node) => node.id())));
    const drawnDuties = [...expected].filter((id) => drawn.has(id));
    expect(drawnDuties.length).toBeGreaterThan(0);
    expect(highlighted).toEqual(expect.arrayContaining(drawnDuties));
  });

  it('shows what cites a document, and what is cited with it', async () => {
    type Citations = {
      citations: { resolved: boolean; reference: { id: string; symbol: string | null } | null; citedBy: { itemType: string; itemId: string }[] };
    };
    const citationsQuery = `query ($r: String!) { citations(reference: $r) { resolved reference { id symbol } citedBy { itemType itemId } } }`;
    let answer = await api<Citations>(baseUrl, citationsQuery, { r: '08-NQ/TU' });
    if (!answer.citations.citedBy.some((item) => item.itemType === 'Task')) {
      // Fall back to the most cited document that tasks cite.
      const overview = await api<{ overview: { mostCited: { reference: { id: string } }[] } }>(
        baseUrl,
        `{ overview(limit: 30) { mostCited { reference { id } } } }`,
      );
      for (const { reference } of overview.overview.mostCited) {
        answer = await api<Citations>(baseUrl, citationsQuery, { r: reference.id });
        if (answer.citations.citedBy.some((item) => item.itemType === 'Task')) break;
      }
    }
    const reference = answer.citations.reference!;
    const citingTasks = answer.citations.citedBy.filter((item) => item.itemType === 'Task').map((item) => item.itemId);
    expect(citingTasks.length).toBeGreaterThan(0);

    const page = await open();
    await page.getByRole('tab', { name: /Trích dẫn|Citations/ }).click();
    const input = page.locator('.citations-view input');
    await input.fill(reference.symbol ?? reference.id);
    await page.locator(`.citations-view [role=option][data-node-id="${reference.id}"]`).first().click();
    await waitIdle(page);
    expect((await view(page)).reference).toBe(reference.id);
    await page.locator('.citations-view li.citing-item').first().waitFor();
    const listedTasks = await page
      .locator('.citations-view li.citing-item[data-item-type="Task"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id')));
    expect(new Set(listedTasks)).toEqual(new Set(citingTasks));
    const highlighted = await page.evaluate(() => window.cy!.nodes('.hl').map((node) => node.id()));
    expect(highlighted).toContain(reference.id);
  });

  it('draws a path between two agencies', async () => {
    const page = await open();
    const from = page.locator('.path-finder .search-box').first();
    await from.locator('input').fill('tài nguyên');
    await from.locator(`[role=option][data-node-id$="${DONRE}"]`).first().click();
    const to = page.locator('.path-finder .search-box').first();
    await to.locator('input').fill('Sở Y tế');
    await to.locator('[role=option][data-node-id$="/so-y-te"]').first().click();
    await page
      .locator('.path-finder')
      .getByRole('button', { name: /^(Tìm|Find)$/ })
      .click();
    await waitIdle(page);
    const state = await view(page);
    expect(state.path?.from).toMatch(/so-tai-nguyen-va-moi-truong$/);
    expect(state.path?.to).toMatch(/so-y-te$/);
    const lit = await page.evaluate(() => ({
      edges: window.cy!.edges('.hl').length,
      nodes: window.cy!.nodes('.hl').map((node) => node.id()),
    }));
    expect(lit.edges).toBeGreaterThan(0);
    expect(lit.nodes).toEqual(expect.arrayContaining([state.path!.from, state.path!.to]));
    await expect.poll(() => page.locator('.path-list li').count()).toBeGreaterThan(0);
  });

  it('switches agency labels to English', async () => {
    const page = await open();
    const label = () =>
      page.evaluate((suffix) => {
        const node = window.cy!.nodes('[type = "Agency"]').filter((n) => n.id().endsWith(suffix))[0]!;
        return node.data('display') as string;
      }, DONRE);
    expect(await label()).toBe('Sở Tài nguyên và Môi trường');
    await page.locator('[data-lang="en"]').click();
    await expect.poll(label).toMatch(/^Department of Natural Resources/);
    expect((await view(page)).lang).toBe('en');
    await expect.poll(() => page.getByRole('tab', { name: 'Duties' }).count()).toBe(1);
  });

  it('exports the view as a non-empty PNG, and as SVG, JSON and CSV', async () => {
    const page = await open();
    for (const format of ['png', 'svg', 'json', 'csv']) {
      await page.getByTestId('export-button').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[role=menuitem][data-format="${format}"]`).click()]);
      const file = await download.path();
      expect(statSync(file).size).toBeGreaterThan(format === 'png' ? 10_000 : 100);
      const last = await page.evaluate(() => window.__explorer!.lastExport);
      expect(last?.format).toBe(format);
      expect(last?.bytes).toBe(statSync(file).size);
    }
  });

  it('undoes and redoes exploration steps with the keyboard and the browser', async () => {
    const page = await open();
    const tasksVisible = () => page.evaluate(() => window.cy!.nodes('[type = "Task"]:visible').length);
    const initialTasks = await tasksVisible();
    expect(initialTasks).toBeGreaterThan(0);

    const donre = await searchAndChoose(page, 'tài nguyên', DONRE);
    await page
      .locator('.filter-panel label.check-row', { hasText: /Nhiệm vụ, giải pháp/ })
      .locator('input')
      .uncheck();
    await waitIdle(page);
    expect(await tasksVisible()).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(tasksVisible).toBe(initialTasks);
    expect((await view(page)).focus).toBe(donre);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await view(page)).focus).toBeNull();
    expect(await selectedIds(page)).toEqual([]);

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await view(page)).focus).toBe(donre);
    // The browser's back button walks the same history.
    await page.goForward();
    await expect.poll(tasksVisible).toBe(0);
    await page.goBack();
    await expect.poll(tasksVisible).toBe(initialTasks);
    // Esc closes the details panel.
    await page.locator('body').press('Escape');
    await expect.poll(async () => (await view(page)).focus).toBeNull();
  });

  it('restores the same view from a copied link', async () => {
    const page = await open();
    const donre = await searchAndChoose(page, 'tài nguyên', DONRE);
    await page.locator('[data-lang="en"]').click();
    await page.locator('.filter-panel select').first().selectOption('VII');
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await waitIdle(page);
    const before = { view: await view(page), visible: await visibleNodeIds(page), selected: await selectedIds(page) };
    expect(before.view.filters.section).toBe('VII');
    expect(before.view.expanded.map((e) => e.id)).toContain(donre);
    const link = page.url();
    const firstErrors = [...session.errors];
    await page.close();
    expect(firstErrors).toEqual([]);

    const { page: copy } = await session.blankPage();
    await copy.goto(link);
    await copy.waitForFunction(() => window.__explorer?.renderedAt != null, undefined, { timeout: 120_000 });
    await waitIdle(copy);
    expect(await view(copy)).toEqual(before.view);
    expect(await visibleNodeIds(copy)).toEqual(before.visible);
    expect(await selectedIds(copy)).toEqual(before.selected);
  });

  it('says plainly when the database is down, and recovers when it returns', async () => {
    const page = await open();
    // Simulate the outage at the browser's edge: /health answers 503 "unavailable", GraphQL fails.
    await page.route(/\/health$/, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ status: 'unavailable', databaseReachable: false, dataLoaded: false }),
      }),
    );
    await page.route(/\/graphql$/, (route) => route.abort());
    await page.locator('.brand h1').click();
    await page.keyboard.press('/');
    await page.keyboard.type('y tế', { delay: 20 });
    const banner = page.locator('.banner[data-status="db-down"]');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.textContent()).toMatch(/Neo4j/);

    await page.unroute(/\/health$/);
    await page.unroute(/\/graphql$/);
    await page.locator('.banner-ok').waitFor({ timeout: 20_000 });
    expect(await page.locator('.banner[data-status]').count()).toBe(0);
    // The browser reports the simulated failures as resource errors; nothing else may appear.
    session.errors.splice(0, session.errors.length, ...session.errors.filter((error) => !/Failed to load resource/.test(error)));
  });

  it('runs the worked examples in GraphiQL on the same API, with nothing fetched from elsewhere', async () => {
    const { page } = await session.blankPage();
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(`${baseUrl}/?test=1&tab=query`);
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    // The editors load after the container (Monaco, in workers): run only once the example is in.
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 60_000 }).toContain('agencyDuties');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 60_000 }).toContain('agencyDuties');
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThan(1);
    expect(foreign).toEqual([]);
  });
});
