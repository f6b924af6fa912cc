/**
 * Preset positions for the explorer's opening network, computed once per data version: the
 * network is read-only between imports, so the force layout every visit used to run in the browser
 * (seconds of fCoSE) is run here once, in a worker thread, and remembered.
 *
 * Layouts are keyed by the network itself (a hash of its node ids and relationships), not only by
 * the version's stamp: a network read while an import committed may hold newer data than the
 * version its transaction read first (read-committed), and positions must be those of the nodes
 * sent. A new version that changes the network gets a new layout; requests that arrive while one
 * is computed share it.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { LRUCache } from 'lru-cache';
import { fcoseOptions, fcoseQuality, nodeDiameter } from '../../../../shared/network-layout.ts';
import type { GraphEdge, GraphNode, NodePosition } from '../generated/resolver-types.ts';
import type { LayoutInput, LayoutOutput } from './layout-input.ts';

/** Networks whose layout is kept: the default opening network, and a few plan or type selections. */
const LAYOUTS_KEPT = 8;
/** A hang guard: fCoSE's full quality on 1,500 nodes takes a few seconds here, its draft on 3,000 about 3 s. */
const WORKER_TIMEOUT_MS = 120_000;

/** Subgraph answers that are opening networks: only these get positions (a neighbourhood is laid out around what is on screen). */
export const openingNetworks = new WeakSet<object>();

export interface LayoutStats {
  /** Layouts computed so far (each in a worker). */
  computed: number;
  /** Layouts kept now. */
  kept: number;
  /** Duration of the last computation, ms (worker start included). */
  lastMs: number | null;
}

export class NetworkLayouts {
  private readonly layouts = new LRUCache<string, Promise<NodePosition[]>>({ max: LAYOUTS_KEPT });
  private computed = 0;
  private lastMs: number | null = null;

  /** The positions of every node of `network`, computed at most once for the same network. */
  positions(network: { nodes: readonly Pick<GraphNode, 'id' | 'type'>[]; edges: readonly Pick<GraphEdge, 'source' | 'target'>[] }): Promise<NodePosition[]> {
    const key = networkKey(network);
    let layout = this.layouts.get(key);
    if (!layout) {
      const started = performance.now();
      const input = layoutInput(network);
      layout = runLayoutWorker(input).then(({ positions }) => {
        this.computed += 1;
        this.lastMs = performance.now() - started;
        return input.nodes.map(({ id }, i) => ({ id, x: positions[2 * i]!, y: positions[2 * i + 1]! }));
      });
      this.layouts.set(key, layout);
      // A failed computation is not remembered: the next request tries again.
      layout.catch(() => {
        if (this.layouts.peek(key) === layout) this.layouts.delete(key);
      });
    }
    return layout;
  }

  stats(): LayoutStats {
    return { computed: this.computed, kept: this.layouts.size, lastMs: this.lastMs };
  }
}

type NetworkShape = Parameters<NetworkLayouts['positions']>[0];

function networkKey(network: NetworkShape): string {
  const hash = createHash('sha256');
  for (const node of network.nodes) hash.update(`${node.id}\u0000${node.type}\u0001`);
  for (const edge of network.edges) hash.update(`${edge.source}\u0000${edge.target}\u0001`);
  return hash.digest('base64');
}

/** The worker's input: nodes sized as the explorer draws them (agencies by their degree), fCoSE's options for the size. */
function layoutInput(network: NetworkShape): LayoutInput {
  const degree = new Map<string, number>();
  for (const { source, target } of network.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return {
    nodes: network.nodes.map(({ id, type }) => ({ id, size: nodeDiameter(type, degree.get(id) ?? 0) })),
    edges: network.edges.map(({ source, target }) => [source, target]),
    // No viewport to fit to: the explorer fits the preset positions to its own.
    options: { ...fcoseOptions, quality: fcoseQuality(network.nodes.length), fit: false },
  };
}

/** Runs layout-worker.js in a worker thread. */
function runLayoutWorker(input: LayoutInput): Promise<LayoutOutput> {
  return new Promise<LayoutOutput>((resolve, reject) => {
    const worker = new Worker(new URL('./layout-worker.js', import.meta.url), { workerData: input });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`network layout took longer than ${WORKER_TIMEOUT_MS / 1000} s`))), WORKER_TIMEOUT_MS);
    worker.once('message', (output: LayoutOutput) => finish(() => resolve(output)));
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`network layout worker exited with code ${code} before answering`))));
  });
}
