/**
 * The opening network's preset layout (Subgraph.positions): computed by the server with
 * Cytoscape headless in a worker, once per network, and new when an import changes the network.
 */
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkLayouts } from '../../server/src/api/network-layout/network-layouts.ts';
import { importPlan, removePlan } from '../../server/src/graph/import-plan.ts';
import { loadGlossary, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { parsePlan } from '../../server/src/ingest/parse-plan.ts';
import { makeSeedVariant, readSeed } from '../../server/src/synthetic/seed-variant.ts';
import { seedFacts } from '../../server/src/synthetic/text-rewrites.ts';
import { postGraphQL, startApiServer, type TestApiServer } from './api-server.ts';
import { testDriver } from './helpers.ts';

const NETWORK = '{ network { nodes { id type } edges { source target } positions { id x y } } }';

interface Network {
  nodes: { id: string; type: string }[];
  edges: { source: string; target: string }[];
  positions: { id: string; x: number; y: number }[] | null;
}

let driver: Driver;
let server: TestApiServer;
let variantId: string | null = null;

async function network(): Promise<Network> {
  const { status, body } = await postGraphQL(server.url, NETWORK);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data.network as Network;
}

/** Asks until the answer's data reflects the import (the version is polled every 250 ms; bounded, a hang guard). */
async function networkWith(nodeId: string): Promise<Network> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answer = await network();
    if (answer.nodes.some((node) => node.id === nodeId)) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the network never showed ${nodeId}`);
}

const byId = (positions: Network['positions']) => new Map((positions ?? []).map((p) => [p.id, p]));

beforeAll(async () => {
  driver = testDriver();
  server = await startApiServer(driver);
});

afterAll(async () => {
  if (variantId) await removePlan(driver, variantId);
  await server?.close();
  await driver?.close();
});

describe('preset positions of the opening network', () => {
  it('places every node of the network, spread out, and answers the same positions again', async () => {
    const first = await network();
    expect(first.positions).not.toBeNull();
    const positions = first.positions!;
    expect(positions.map((p) => p.id)).toEqual(first.nodes.map((node) => node.id));
    for (const p of positions) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    // A force layout, not a pile: no two nodes share a spot, and connected nodes sit nearer than the graph is wide.
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(positions.length);
    const at = byId(positions);
    const xs = positions.map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    const lengths = first.edges.map(({ source, target }) => Math.hypot(at.get(source)!.x - at.get(target)!.x, at.get(source)!.y - at.get(target)!.y));
    lengths.sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]!).toBeLessThan(width / 4);

    expect((await network()).positions).toEqual(positions);
  });

  it('gives other subgraphs no positions', async () => {
    const { body } = await postGraphQL(server.url, '{ neighborhood(ids: ["thanh-hoa/83-KH-UBND/2022"]) { nodes { id } positions { id } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.neighborhood.nodes.length).toBeGreaterThan(1);
    expect(body.data.neighborhood.positions).toBeNull();
  });

  it('lays the network out anew when an import changes it (a new data version)', async () => {
    const before = await network();
    const glossary = await loadGlossary();
    const seedText = await readFile(seedPlanPath, 'utf8');
    const variant = makeSeedVariant(seedText, readSeed(seedText, glossary), seedFacts(seedText, glossary), {
      province: 'Hà Tĩnh',
      year: 2023,
      number: 91,
      day: 12,
      month: 4,
      signer: 'Trần Văn An',
    });
    const plan = parsePlan(variant.text, { sourceFile: variant.fileName, glossary });
    await importPlan(driver, plan);
    variantId = plan.plan.id;

    const after = await networkWith(plan.plan.id);
    const placed = byId(after.positions);
    // The new plan's nodes are placed, every node is, and the picture is a new one, not the old one extended.
    expect(after.positions!.map((p) => p.id)).toEqual(after.nodes.map((node) => node.id));
    expect(placed.has(plan.plan.id)).toBe(true);
    const old = byId(before.positions);
    const moved = [...old].filter(([id, p]) => placed.has(id) && (placed.get(id)!.x !== p.x || placed.get(id)!.y !== p.y));
    expect(moved.length).toBeGreaterThan(old.size / 2);
  });
});

describe('NetworkLayouts', () => {
  it('computes a network once however many ask at the same time, and again for a different one', async () => {
    const layouts = new NetworkLayouts();
    const nodes = [
      { id: 'a', type: 'Agency' as const },
      { id: 'b', type: 'Weakness' as const },
      { id: 'c', type: 'Task' as const },
    ];
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    const [one, two] = await Promise.all([layouts.positions({ nodes, edges }), layouts.positions({ nodes, edges })]);
    expect(two).toBe(one);
    expect(one.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(layouts.stats().computed).toBe(1);
    await layouts.positions({ nodes, edges: edges.slice(0, 1) });
    expect(layouts.stats().computed).toBe(2);
  });
});
