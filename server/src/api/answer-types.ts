/** Plain shapes of the traversal answers (see traversals.graphql); resolvers return these. */

export interface AgencyRef {
  id: string;
  key?: string;
  name: string;
  nameEn: string | null;
  level: string | null;
  kind: string | null;
  province: string | null;
  aliases: string[];
}

export interface ReferenceRef {
  id: string;
  symbol: string | null;
  name: string | null;
  label: string;
  docType: string | null;
  docTypeEn: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
}

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  labelEn: string | null;
  kind: string | null;
  planId: string | null;
  section: string | null;
  deadlineYears: number[] | null;
  ongoing: boolean | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

export type DutyRole = 'LEADS' | 'COORDINATES' | 'ASSIGNED' | 'INVOLVED';

/** Relationship type names in the graph → the role an agency plays through them. */
export const roleOfRelationship: Record<string, DutyRole> = {
  LEADS: 'LEADS',
  COORDINATES: 'COORDINATES',
  ASSIGNED_TO: 'ASSIGNED',
  INVOLVES: 'INVOLVED',
};
