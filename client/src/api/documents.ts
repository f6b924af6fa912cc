/**
 * The GraphQL documents the explorer sends. Fragments keep node and edge fields in one place,
 * so every subgraph answer can be fed to the same transform.
 */
import type { NodeType } from './types.ts';

const NODE_FIELDS = `fragment NodeFields on GraphNode { id type label labelEn kind planId section deadlineYears ongoing }`;
const EDGE_FIELDS = `fragment EdgeFields on GraphEdge { id source target type }`;
const AGENCY_REF = `fragment AgencyRefFields on AgencyRef { id name nameEn level kind province aliases }`;
const REFERENCE_REF = `fragment ReferenceRefFields on ReferenceRef { id symbol name label docType docTypeEn date issuer subject }`;

export const NETWORK = `query Network($plans: [ID!], $types: [NodeType!], $limit: Int) {
  network(plans: $plans, types: $types, limit: $limit) {
    nodes { ...NodeFields } edges { ...EdgeFields } truncated limit
  }
}
${NODE_FIELDS}
${EDGE_FIELDS}`;

export const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) {
    nodes { ...NodeFields } edges { ...EdgeFields } truncated limit
  }
}
${NODE_FIELDS}
${EDGE_FIELDS}`;

export const SEARCH = `query Search($text: String!, $types: [NodeType!], $limit: Int) {
  search(text: $text, types: $types, limit: $limit) { node { ...NodeFields } score snippet }
}
${NODE_FIELDS}`;

export const PATHS = `query Paths($from: String!, $to: String!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength) {
    from { ...NodeFields } to { ...NodeFields } maxLength
    paths { length nodes { ...NodeFields } edges { ...EdgeFields } }
  }
}
${NODE_FIELDS}
${EDGE_FIELDS}`;

// Only what the Duties tab shows: the server's cost limit (graphql-armor) counts every field.
const DUTY_FIELDS = `fragment DutyFields on Duty {
  role via { id name nameEn } itemType itemId text weaknessCode deadlineText ongoing
  section { id numeral title } references { id label subject }
}`;

export const AGENCY_DUTIES = `query AgencyDuties($agency: String!, $plan: ID, $includeCollective: Boolean) {
  agencyDuties(agency: $agency, plan: $plan, includeCollective: $includeCollective) {
    query resolved
    agencies { id name nameEn } candidates { id name nameEn }
    duties { ...DutyFields } collectiveDuties { ...DutyFields }
    counts { leads coordinates assigned involved viaGroups }
  }
}
${DUTY_FIELDS}`;

export const CITATIONS = `query Citations($reference: String!) {
  citations(reference: $reference) {
    query resolved reference { ...ReferenceRefFields } candidates { ...ReferenceRefFields }
    citedBy {
      itemType itemId text plan { id symbol title province date } section { id numeral title }
      weaknessId weaknessCode
      mention { text date issuer sourceFile line itemId }
      agencies { agency { ...AgencyRefFields } role }
    }
    coCited { reference { ...ReferenceRefFields } count }
    conflicts { field values mentions { text date issuer sourceFile line itemId } }
  }
}
${AGENCY_REF}
${REFERENCE_REF}`;

export const OVERVIEW = `query Overview($limit: Int) {
  overview(limit: $limit) {
    plans { id symbol title province date }
    mostCited { reference { ...ReferenceRefFields } citations }
    agencyLoad { agency { ...AgencyRefFields } total }
  }
}
${AGENCY_REF}
${REFERENCE_REF}`;

/** Root field and selected properties of the generated read query for each node type. */
const DETAIL_FIELDS: Record<NodeType, { root: string; fields: string }> = {
  Plan: {
    root: 'plans',
    fields: 'id symbol docType title issuer province place date year signer signerTitle preamble sourceFile lineStart lineEnd',
  },
  Section: { root: 'sections', fields: 'id numeral order title planId sourceFile lineStart lineEnd sourceText' },
  Weakness: {
    root: 'weaknesses',
    fields:
      'id code printedNumber order statement area deadlineText deadlineYears ongoing leadText coordinatingText planId sourceFile lineStart lineEnd sourceText',
  },
  Cause: { root: 'causes', fields: 'id order text planId sourceFile lineStart lineEnd sourceText' },
  Task: { root: 'tasks', fields: 'id order text planId sourceFile lineStart lineEnd sourceText' },
  Agency: { root: 'agencies', fields: 'id key name nameEn level kind aliases province' },
  PolicyReference: {
    root: 'policyReferences',
    fields: 'id symbol name label docType docTypeEn date year issuer subject sourceFile lineStart lineEnd sourceText',
  },
};

/** The generated read query (v7 filter shape) fetching one node's properties by id. */
export function nodeDetailsQuery(type: NodeType): { query: string; root: string } {
  const { root, fields } = DETAIL_FIELDS[type];
  return { root, query: `query NodeDetails($id: ID!) { ${root}(where: { id: { eq: $id } }, limit: 1) { ${fields} } }` };
}
