/**
 * Pure transforms between API answers and Cytoscape elements: merging subgraphs, deriving filter
 * fields, display labels, and which elements the filters hide. No Cytoscape instance needed,
 * so all of it is unit-tested.
 */
import type { GraphEdge, GraphNode, NodeType, RelationshipType } from '../api/types.ts';
import { sectionGloss } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import type { Filters } from '../state/view-state.ts';
import { defaults } from './defaults.ts';

/** Data of a node element: the API fields plus what the explorer derives. */
export interface NodeData extends GraphNode {
  /** Canvas label in the current language, truncated. */
  display?: string;
  /** Plan year, from the plan id's last segment ("…/2022"). */
  planYear?: number | null;
  /** The rings the stylesheet draws: an agency recognised by its form only, a cut-off plan or weakness. */
  unverified?: boolean;
  incomplete?: boolean;
}

/**
 * Which rings a node wears. The API's `verified` and `complete` are null on node types they do not
 * apply to, and a Cytoscape selector cannot tell null from false, so the marks become flags.
 */
export function ringMarks(node: GraphNode): { unverified: boolean; incomplete: boolean } {
  return { unverified: node.verified === false, incomplete: node.complete === false };
}

export type EdgeData = GraphEdge;

/** A node from what is known of it: the fields not given are null, as in an answer that leaves them empty. */
export function graphNode(known: Pick<GraphNode, 'id' | 'type' | 'label'> & Partial<GraphNode>): GraphNode {
  return {
    labelEn: null,
    kind: null,
    planId: null,
    section: null,
    deadlineYears: null,
    ongoing: null,
    synthetic: null,
    verified: null,
    complete: null,
    ...known,
  };
}

export interface GraphElements {
  nodes: NodeData[];
  edges: EdgeData[];
}

/** A subgraph-like answer: network, neighbourhood, path. */
export interface SubgraphLike {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const PLAN_OWNED: ReadonlySet<NodeType> = new Set(['Plan', 'Section', 'Weakness', 'Cause', 'Task']);

/**
 * Section numeral from a plan-owned id: "…/2022#VII.1/task-2" → "VII", "…/2022#section-VII" → "VII"
 * (a fallback for answers that leave the `section` field empty).
 */
export function sectionFromId(id: string): string | null {
  return /#(?:section-)?([IVXLC]+)(?=$|[./])/.exec(id)?.[1] ?? null;
}

/** The weakness a task or cause belongs to, from its id: "…#VII.1/task-2" → "…#VII.1". */
export function weaknessIdOf(id: string): string | null {
  return /^(.*#[^/]+)\/(?:task|cause)-\d+$/.exec(id)?.[1] ?? null;
}

function planYearOf(planId: string | null | undefined): number | null {
  const match = planId ? /\/(\d{4})$/.exec(planId) : null;
  return match ? Number(match[1]) : null;
}

function mergeNode(known: NodeData | undefined, next: GraphNode): NodeData {
  if (!known) return { ...next };
  const merged: NodeData = { ...known };
  for (const [key, value] of Object.entries(next) as [keyof GraphNode, unknown][]) {
    if (value !== null && value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/**
 * Merges subgraphs into one element list: nodes and edges deduplicated by id (later answers fill
 * fields earlier ones left empty), edges whose ends are missing dropped (Cytoscape refuses them),
 * and filter fields derived: section and deadline of tasks and causes from their weakness, plan year.
 */
export function mergeSubgraphs(subgraphs: readonly SubgraphLike[]): GraphElements {
  const nodes = new Map<string, NodeData>();
  const edges = new Map<string, EdgeData>();
  for (const subgraph of subgraphs) {
    for (const node of subgraph.nodes) nodes.set(node.id, mergeNode(nodes.get(node.id), node));
    for (const edge of subgraph.edges) if (!edges.has(edge.id)) edges.set(edge.id, { ...edge });
  }
  for (const node of nodes.values()) {
    if (PLAN_OWNED.has(node.type)) {
      node.planId ??= node.type === 'Plan' ? node.id : null;
      node.section ??= sectionFromId(node.id);
      node.planYear = planYearOf(node.planId);
    }
    if ((node.type === 'Task' || node.type === 'Cause') && node.deadlineYears == null) {
      const weakness = nodes.get(weaknessIdOf(node.id) ?? '');
      if (weakness) {
        node.deadlineYears = weakness.deadlineYears ?? null;
        node.ongoing = weakness.ongoing ?? null;
      }
    }
  }
  const edgeList = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  return { nodes: [...nodes.values()], edges: edgeList };
}

/** Cuts a label to `max` characters on a word boundary where one is near, with an ellipsis. */
export function truncateLabel(text: string, max: number = defaults.label.maxLength): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The full label of a node in a language: English names for agencies and documents, glosses for
 * sections; a synthetic plan says so in its label, so no picture or export passes it off as real.
 */
export function fullLabel(node: NodeData, lang: Lang): string {
  if (node.type === 'Plan' && node.synthetic) return `${plainLabel(node, lang)} (${lang === 'en' ? 'synthetic' : 'mô phỏng'})`;
  return plainLabel(node, lang);
}

function plainLabel(node: NodeData, lang: Lang): string {
  if (lang === 'en') {
    if ((node.type === 'Agency' || node.type === 'PolicyReference') && node.labelEn) return node.labelEn;
    if (node.type === 'Section') {
      const numeral = node.section ?? sectionFromId(node.id);
      const title = node.label.replace(/^[IVXLC]+\.\s*/, '');
      const gloss = node.labelEn ?? sectionGloss(title);
      if (gloss) return numeral ? `${numeral}. ${gloss}` : gloss;
    }
    if (node.labelEn) return node.labelEn;
  }
  return node.label;
}

/** The canvas label of a node: the full label, truncated. */
export function displayLabel(node: NodeData, lang: Lang): string {
  return truncateLabel(fullLabel(node, lang));
}

/** Node and edge ids the current filters and one-by-one hiding take out of the view. */
export interface HiddenSets {
  nodes: Set<string>;
  edges: Set<string>;
}

/** True when a plan-owned item matches the deadline filter. "this-year" means the plan's own year. */
function matchesDeadline(node: NodeData, deadline: Filters['deadline']): boolean {
  if (deadline === 'any') return true;
  if (node.type === 'Plan' || node.type === 'Section') return true;
  if (deadline === 'ongoing') return node.ongoing === true;
  const year = node.planYear ?? new Date().getFullYear();
  return (node.deadlineYears ?? []).includes(year);
}

/**
 * Which elements to hide. Node types, collective groups and hidden ids hide nodes directly; plan,
 * section and deadline filters narrow the plan's items, and then agencies and documents left with
 * no visible plan item around them go too (otherwise a filter would leave every agency on screen).
 * An edge is hidden with its type or with either end.
 */
export function computeHidden(elements: GraphElements, filters: Filters, hiddenIds: readonly string[] = []): HiddenSets {
  const hiddenNodes = new Set<string>(hiddenIds);
  const hiddenTypes = new Set<NodeType>(filters.hiddenTypes);
  const contentFiltered = filters.plan !== null || filters.section !== null || filters.deadline !== 'any';

  for (const node of elements.nodes) {
    if (hiddenTypes.has(node.type)) hiddenNodes.add(node.id);
    else if (filters.hideCollective && node.type === 'Agency' && node.kind === 'collective') hiddenNodes.add(node.id);
    else if (PLAN_OWNED.has(node.type)) {
      if (filters.plan !== null && node.planId !== filters.plan) hiddenNodes.add(node.id);
      else if (filters.section !== null && node.type !== 'Plan' && node.section !== filters.section) hiddenNodes.add(node.id);
      else if (!matchesDeadline(node, filters.deadline)) hiddenNodes.add(node.id);
    }
  }

  if (contentFiltered) {
    const byId = new Map(elements.nodes.map((node) => [node.id, node]));
    const anchored = new Set<string>();
    for (const edge of elements.edges) {
      for (const [end, other] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        const otherNode = byId.get(other);
        if (otherNode && PLAN_OWNED.has(otherNode.type) && otherNode.type !== 'Plan' && !hiddenNodes.has(other)) {
          anchored.add(end);
        }
      }
    }
    for (const node of elements.nodes) {
      if (!PLAN_OWNED.has(node.type) && !anchored.has(node.id)) hiddenNodes.add(node.id);
    }
  }

  const hiddenRels = new Set<RelationshipType>(filters.hiddenRels);
  const hiddenEdges = new Set<string>();
  for (const edge of elements.edges) {
    if (hiddenRels.has(edge.type) || hiddenNodes.has(edge.source) || hiddenNodes.has(edge.target)) hiddenEdges.add(edge.id);
  }
  return { nodes: hiddenNodes, edges: hiddenEdges };
}

/** Neighbours of one node in a subgraph, grouped by relationship type and direction. */
export interface NeighbourGroup {
  type: RelationshipType;
  direction: 'out' | 'in';
  nodes: NodeData[];
}

export function groupNeighbours(nodeId: string, subgraph: SubgraphLike): NeighbourGroup[] {
  const byId = new Map(subgraph.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, NeighbourGroup>();
  for (const edge of subgraph.edges) {
    const direction = edge.source === nodeId ? 'out' : edge.target === nodeId ? 'in' : null;
    if (!direction) continue;
    const other = byId.get(direction === 'out' ? edge.target : edge.source);
    if (!other) continue;
    const key = `${direction}:${edge.type}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: edge.type, direction, nodes: [] }));
    if (!group.nodes.some((node) => node.id === other.id)) group.nodes.push(other);
  }
  return [...groups.values()].sort((a, b) => (a.direction === b.direction ? b.nodes.length - a.nodes.length : a.direction === 'out' ? -1 : 1));
}
