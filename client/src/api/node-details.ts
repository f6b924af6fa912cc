/**
 * The details panel's queries: one generated read query per node type, fetching one node's
 * properties by id. Each answers under the alias `nodes`, so the panel reads every type the same
 * way; a field added to a node type in the SDL shows once it is listed here (one line a type).
 */
import { graphql } from './generated/gql.ts';
import type { NodeType, TypedDocumentString } from './generated/graphql.ts';
import type { NodeDetails } from './types.ts';

const NODE_DETAILS = {
  Plan: graphql(`
    query PlanDetails($id: ID!) {
      nodes: plans(where: { id: { eq: $id } }, limit: 1) {
        id
        symbol
        docType
        title
        issuer
        province
        place
        date
        year
        signer
        signerTitle
        preamble
        synthetic
        complete
        truncatedAt
        sourceFile
        lineStart
        lineEnd
        page
        paragraph
        sourceFormat
        sourceEncoding
      }
    }
  `),
  Section: graphql(`
    query SectionDetails($id: ID!) {
      nodes: sections(where: { id: { eq: $id } }, limit: 1) {
        id
        numeral
        order
        title
        planId
        sourceFile
        lineStart
        lineEnd
        page
        paragraph
        sourceText
      }
    }
  `),
  Weakness: graphql(`
    query WeaknessDetails($id: ID!) {
      nodes: weaknesses(where: { id: { eq: $id } }, limit: 1) {
        id
        code
        printedNumber
        order
        statement
        area
        deadlineText
        deadlineYears
        ongoing
        dueFrom
        dueBy
        leadText
        coordinatingText
        complete
        planId
        sourceFile
        lineStart
        lineEnd
        page
        paragraph
        sourceText
      }
    }
  `),
  Cause: graphql(`
    query CauseDetails($id: ID!) {
      nodes: causes(where: { id: { eq: $id } }, limit: 1) {
        id
        order
        text
        planId
        sourceFile
        lineStart
        lineEnd
        page
        paragraph
        sourceText
      }
    }
  `),
  Task: graphql(`
    query TaskDetails($id: ID!) {
      nodes: tasks(where: { id: { eq: $id } }, limit: 1) {
        id
        order
        text
        planId
        sourceFile
        lineStart
        lineEnd
        page
        paragraph
        sourceText
      }
    }
  `),
  Agency: graphql(`
    query AgencyDetails($id: ID!) {
      nodes: agencies(where: { id: { eq: $id } }, limit: 1) {
        id
        key
        name
        nameEn
        level
        kind
        aliases
        province
        verified
        recognisedBy
      }
    }
  `),
  PolicyReference: graphql(`
    query PolicyReferenceDetails($id: ID!) {
      nodes: policyReferences(where: { id: { eq: $id } }, limit: 1) {
        id
        symbol
        name
        label
        docType
        docTypeEn
        date
        year
        issuer
        subject
        sourceFile
        lineStart
        lineEnd
        sourceText
      }
    }
  `),
} satisfies Record<NodeType, unknown>;

/** The details query of a node type, typed as the details panel reads it: any type's properties. */
export function nodeDetailsDocument(type: NodeType): TypedDocumentString<{ nodes: NodeDetails[] }, { id: string }> {
  return NODE_DETAILS[type];
}
