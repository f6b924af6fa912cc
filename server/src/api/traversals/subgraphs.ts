import type { GraphReader } from '../../graph/query-runner.ts';
import { badInput } from '../errors.ts';
import type { GraphEdge, GraphNode, Subgraph } from '../generated/resolver-types.ts';
import { openingNetworks } from '../network-layout/network-layouts.ts';
import { resolveEntity } from '../resolve-entity.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';
import { toGraphEdge, toGraphNode } from './graph-shapes.ts';

/** The explorer's opening view: the loaded plans' network. */
export async function network(runner: GraphReader, args: TraversalArgs<'network'>): Promise<TraversalAnswer<'network'>> {
  const { limit, types } = args;
  const [row] = await runner.read('plan-network', { planIds: args.plans ?? null, types, limit });
  const answer = cut((row?.nodes as Record<string, unknown>[]) ?? [], (row?.edges as Record<string, unknown>[]) ?? [], limit);
  // Its positions are resolved when asked for (Subgraph.positions, network-layout/).
  openingNetworks.add(answer);
  return answer;
}

/** The subgraph within `depth` hops of some nodes. */
export async function neighborhood(runner: GraphReader, args: TraversalArgs<'neighborhood'>): Promise<TraversalAnswer<'neighborhood'>> {
  const { depth, limit } = args;
  if (args.ids.length === 0 || args.ids.length > 100) throw badInput('ids must name 1 to 100 nodes', 'ids');
  // APOC's filter syntax; the types come from the schema's enum, never from free text.
  const relationshipFilter = args.types && args.types.length > 0 ? args.types.join('|') : null;
  const [row] = await runner.read('neighbourhood', { ids: args.ids, depth, relationshipFilter, limit });
  return cut((row?.nodes as Record<string, unknown>[]) ?? [], (row?.edges as Record<string, unknown>[]) ?? [], limit);
}

/** All shortest accountability paths between two entities. */
export async function paths(runner: GraphReader, args: TraversalArgs<'paths'>): Promise<TraversalAnswer<'paths'>> {
  const { maxLength } = args;
  const [from, to] = await Promise.all([resolveEntity(runner, args.from, 'from'), resolveEntity(runner, args.to, 'to')]);
  if (from.id === to.id) throw badInput('from and to are the same node', 'to');
  const rows = await runner.read('shortest-paths', {
    fromId: from.id,
    toId: to.id,
    maxLength,
    types: args.types,
  });
  return {
    from,
    to,
    maxLength,
    paths: rows.map((row) => ({
      length: (row.edges as unknown[]).length,
      nodes: (row.nodes as Record<string, unknown>[]).map(toGraphNode),
      edges: (row.edges as Record<string, unknown>[]).map(toGraphEdge),
    })),
  };
}

/** Applies the node limit (the queries fetch one node more to tell a cut) and keeps only edges between kept nodes. */
function cut(nodeRows: Record<string, unknown>[], edgeRows: Record<string, unknown>[], limit: number): Subgraph {
  const truncated = nodeRows.length > limit;
  const nodes: GraphNode[] = nodeRows.slice(0, limit).map(toGraphNode);
  const kept = new Set(nodes.map((node) => node.id));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const edge of edgeRows.map(toGraphEdge)) {
    if (kept.has(edge.source) && kept.has(edge.target) && !seen.has(edge.id)) {
      seen.add(edge.id);
      edges.push(edge);
    }
  }
  return { nodes, edges, truncated, limit };
}
