/**
 * A random graph of a given element count with the real node and relationship types, for the
 * render benchmark (`?test=1&synthetic=5000`). Seeded, so every run draws the same graph.
 */
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../api/types.ts';
import type { GraphEdge, GraphNode } from '../api/types.ts';
import { seededRandom } from '../../../shared/seeded-random.ts';
import { graphNode } from './transforms.ts';

/** About 2 nodes for every 3 edges (the seed network's ratio), connected by a random tree plus extra edges. */
export function syntheticGraph(elementCount: number, seed = 42): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const nodeCount = Math.max(2, Math.round(elementCount * 0.4));
  const edgeCount = Math.max(1, elementCount - nodeCount);
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const type = pick(NODE_TYPES);
    return graphNode({
      id: `s${i}`,
      type,
      label: `${type} ${i}`,
      kind: 'body',
      verified: type === 'Agency' ? true : null,
      complete: type === 'Plan' || type === 'Weakness' ? true : null,
    });
  });
  const edges: GraphEdge[] = [];
  for (let i = 1; i < nodeCount && edges.length < edgeCount; i++) {
    const parent = Math.floor(next() * i);
    edges.push({ id: `e${edges.length}`, source: `s${parent}`, target: `s${i}`, type: pick(RELATIONSHIP_TYPES) });
  }
  while (edges.length < edgeCount) {
    const a = Math.floor(next() * nodeCount);
    const b = Math.floor(next() * nodeCount);
    if (a === b) continue;
    edges.push({ id: `e${edges.length}`, source: `s${a}`, target: `s${b}`, type: pick(RELATIONSHIP_TYPES) });
  }
  return { nodes, edges };
}
