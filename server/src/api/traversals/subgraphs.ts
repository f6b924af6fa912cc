import type { QueryRunner } from '../../graph/query-runner.ts';
import type { GraphEdge, GraphNode } from '../answer-types.ts';
import { badInput, boundedInt } from '../errors.ts';
import { resolveEntity } from '../resolve-entity.ts';
import { toGraphEdge, toGraphNode } from './graph-shapes.ts';

export const relationshipTypes = [
  'HAS_SECTION',
  'HAS_WEAKNESS',
  'HAS_CAUSE',
  'HAS_TASK',
  'LEADS',
  'COORDINATES',
  'ASSIGNED_TO',
  'INVOLVES',
  'CITES',
  'ISSUED_BY',
  'MEMBER_OF',
] as const;
export const nodeTypes = ['Plan', 'Section', 'Weakness', 'Cause', 'Task', 'Agency', 'PolicyReference'] as const;

/** Paths are about who answers for what: structure and group membership would make every pair two hops apart. */
const defaultPathTypes = relationshipTypes.filter((type) => !['HAS_SECTION', 'HAS_WEAKNESS', 'MEMBER_OF'].includes(type));

/** The explorer's opening view: the loaded plans' network. */
export async function network(runner: QueryRunner, args: { plans?: string[] | null; types?: string[] | null; limit?: number | null }) {
  const limit = boundedInt(args.limit, 3000, 1, 10000, 'limit');
  const types = args.types ?? nodeTypes.filter((type) => type !== 'Cause');
  const [row] = await runner.read('plan-network', { planIds: args.plans ?? null, types, limit });
  return cut((row?.nodes as Record<string, unknown>[]) ?? [], (row?.edges as Record<string, unknown>[]) ?? [], limit);
}

/** The subgraph within `depth` hops of some nodes. */
export async function neighborhood(runner: QueryRunner, args: { ids: string[]; depth?: number | null; types?: string[] | null; limit?: number | null }) {
  const depth = boundedInt(args.depth, 1, 1, 3, 'depth');
  const limit = boundedInt(args.limit, 300, 1, 5000, 'limit');
  if (args.ids.length === 0 || args.ids.length > 100) throw badInput('ids must name 1 to 100 nodes', 'ids');
  // APOC's filter syntax; the types come from the schema's enum, never from free text.
  const relationshipFilter = args.types && args.types.length > 0 ? args.types.join('|') : null;
  const [row] = await runner.read('neighbourhood', { ids: args.ids, depth, relationshipFilter, limit });
  return cut((row?.nodes as Record<string, unknown>[]) ?? [], (row?.edges as Record<string, unknown>[]) ?? [], limit);
}

/** All shortest accountability paths between two entities. */
export async function paths(runner: QueryRunner, args: { from: string; to: string; maxLength?: number | null; types?: string[] | null }) {
  const maxLength = boundedInt(args.maxLength, 4, 1, 8, 'maxLength');
  const [from, to] = await Promise.all([resolveEntity(runner, args.from, 'from'), resolveEntity(runner, args.to, 'to')]);
  if (from.id === to.id) throw badInput('from and to are the same node', 'to');
  const rows = await runner.read('shortest-paths', {
    fromId: from.id,
    toId: to.id,
    maxLength,
    types: args.types && args.types.length > 0 ? args.types : defaultPathTypes,
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
function cut(nodeRows: Record<string, unknown>[], edgeRows: Record<string, unknown>[], limit: number) {
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
