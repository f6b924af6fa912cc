/**
 * Response shapes of the GraphQL API, as the explorer asks for them
 * (see server/src/api/traversals.graphql and type-defs.graphql for the contract).
 */

export type NodeType = 'Plan' | 'Section' | 'Weakness' | 'Cause' | 'Task' | 'Agency' | 'PolicyReference';

export const NODE_TYPES: readonly NodeType[] = ['Plan', 'Section', 'Weakness', 'Cause', 'Task', 'Agency', 'PolicyReference'];

export type RelationshipType =
  'HAS_SECTION' | 'HAS_WEAKNESS' | 'HAS_CAUSE' | 'HAS_TASK' | 'LEADS' | 'COORDINATES' | 'ASSIGNED_TO' | 'INVOLVES' | 'CITES' | 'ISSUED_BY' | 'MEMBER_OF';

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'LEADS',
  'COORDINATES',
  'ASSIGNED_TO',
  'INVOLVES',
  'CITES',
  'ISSUED_BY',
  'MEMBER_OF',
  'HAS_SECTION',
  'HAS_WEAKNESS',
  'HAS_CAUSE',
  'HAS_TASK',
];

/** A node of a subgraph answer, shaped for Cytoscape data. */
export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  labelEn?: string | null;
  kind?: string | null;
  planId?: string | null;
  section?: string | null;
  deadlineYears?: number[] | null;
  ongoing?: boolean | null;
}

/** A relationship of a subgraph answer. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  limit: number;
}

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Paths {
  from: GraphNode;
  to: GraphNode;
  maxLength: number;
  paths: GraphPath[];
}

export interface SearchHit {
  node: GraphNode;
  score: number;
  snippet: string;
}

export interface AgencyRef {
  id: string;
  name: string;
  nameEn?: string | null;
  level?: string | null;
  kind?: string | null;
  province?: string | null;
  aliases: string[];
}

export interface PlanRef {
  id: string;
  symbol: string;
  title?: string | null;
  province?: string | null;
  date?: string | null;
}

export interface SectionRef {
  id: string;
  numeral: string;
  title: string;
}

export interface ReferenceRef {
  id: string;
  symbol?: string | null;
  name?: string | null;
  label: string;
  docType?: string | null;
  docTypeEn?: string | null;
  date?: string | null;
  issuer?: string | null;
  subject?: string | null;
}

export type DutyRole = 'LEADS' | 'COORDINATES' | 'ASSIGNED' | 'INVOLVED';

/** A duty, with the fields the Duties tab asks for. */
export interface Duty {
  role: DutyRole;
  via?: Pick<AgencyRef, 'id' | 'name' | 'nameEn'> | null;
  itemType: 'Weakness' | 'Task';
  itemId: string;
  text: string;
  weaknessCode: string;
  deadlineText?: string | null;
  ongoing: boolean;
  section: SectionRef;
  references: Pick<ReferenceRef, 'id' | 'label' | 'subject'>[];
}

/** An agency as the Duties tab asks for it. */
export type AgencyName = Pick<AgencyRef, 'id' | 'name' | 'nameEn'>;

export interface AgencyDuties {
  query: string;
  resolved: boolean;
  agencies: AgencyName[];
  candidates: AgencyName[];
  duties: Duty[];
  collectiveDuties: Duty[];
  counts: { leads: number; coordinates: number; assigned: number; involved: number; viaGroups: number };
}

export interface Mention {
  text: string;
  date?: string | null;
  issuer?: string | null;
  sourceFile?: string | null;
  line?: number | null;
  itemId: string;
}

export interface CitingItem {
  itemType: 'Plan' | 'Weakness' | 'Cause' | 'Task';
  itemId: string;
  text: string;
  plan: PlanRef;
  section?: SectionRef | null;
  weaknessId?: string | null;
  weaknessCode?: string | null;
  mention: Mention;
  agencies: { agency: AgencyRef; role: DutyRole }[];
}

export interface ReferenceCitations {
  query: string;
  resolved: boolean;
  reference?: ReferenceRef | null;
  candidates: ReferenceRef[];
  citedBy: CitingItem[];
  coCited: { reference: ReferenceRef; count: number }[];
  conflicts: { field: string; values: string[]; mentions: Mention[] }[];
}

/** Properties of one node, as the generated read queries return them (fields vary by type). */
export type NodeDetails = Record<string, unknown> & { id: string };

/** Answer of `GET /health`. */
export interface Health {
  /** "ok", "empty" (no plan imported) or "unavailable" (Neo4j unreachable). */
  status: string;
  /** Neo4j version. */
  neo4j?: string | null;
  apoc?: string | null;
  databaseReachable?: boolean;
  dataLoaded: boolean;
  plans?: number;
}
