/**
 * The first picture: the explorer opens on the server's preset positions (Subgraph.positions)
 * without running a layout in the page, and refines the layout only when asked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { api, explorerSession, waitIdle } from './browser.ts';

const baseUrl = inject('baseUrl');

const session = explorerSession(baseUrl);
const open = (query = '') => session.open(query);

type Positions = Record<string, { x: number; y: number }>;

const drawnPositions = (page: Page): Promise<Positions> =>
  page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((node) => [node.id(), { ...node.position() }])));

async function serverPositions(): Promise<Positions> {
  const data = await api<{ network: { positions: { id: string; x: number; y: number }[] | null } }>(baseUrl, '{ network { positions { id x y } } }');
  expect(data.network.positions).not.toBeNull();
  return Object.fromEntries(data.network.positions!.map(({ id, x, y }) => [id, { x, y }]));
}

describe('first picture', () => {
  it("draws the network where the server's preset puts every node, with no layout run in the page", async () => {
    const page = await open();
    const drawn = await drawnPositions(page);
    expect(Object.keys(drawn).length).toBeGreaterThan(100);
    expect(drawn).toEqual(await serverPositions());
    // One run, the preset; the force layout's code was not even loaded.
    expect(await page.evaluate(() => window.__explorer!.layoutRuns)).toBe(1);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(scripts.some((name) => /cytoscape-fcose/.test(name))).toBe(false);
  });

  it('refines the layout only on request, from the preset, without a step in the history', async () => {
    const page = await open('lang=en');
    const before = await drawnPositions(page);
    const view = await page.evaluate(() => window.__explorer!.view());
    await page.getByRole('button', { name: 'Refine layout' }).click();
    await waitIdle(page, 120_000);
    const after = await drawnPositions(page);
    const moved = Object.keys(before).filter((id) => before[id]!.x !== after[id]!.x || before[id]!.y !== after[id]!.y);
    expect(moved.length).toBeGreaterThan(Object.keys(before).length / 2);
    expect(await page.evaluate(() => window.__explorer!.layoutRuns)).toBe(2);
    expect(await page.evaluate(() => window.__explorer!.view())).toEqual(view);
  });

  it('returns to the preset when the force layout is chosen again after another one', async () => {
    const page = await open('layout=concentric');
    const concentric = await drawnPositions(page);
    const preset = await serverPositions();
    expect(concentric).not.toEqual(preset);
    await page.getByRole('radio', { name: /fCoSE/ }).click();
    await waitIdle(page);
    expect(await drawnPositions(page)).toEqual(preset);
  });
});
