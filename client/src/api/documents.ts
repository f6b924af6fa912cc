/**
 * The GraphQL documents the explorer sends (and the bench replays). `npm run codegen` types each
 * one against the schema into ./generated: a field the schema lacks fails codegen, and a field
 * the explorer reads but does not ask for fails the type check. Fragments keep node and edge
 * fields in one place, so every subgraph answer can be fed to the same transform.
 */
import { graphql } from './generated/gql.ts';

graphql(`
  fragment NodeFields on GraphNode {
    id
    type
    label
    labelEn
    kind
    planId
    section
    deadlineYears
    ongoing
    synthetic
    verified
    complete
  }
`);

graphql(`
  fragment EdgeFields on GraphEdge {
    id
    source
    target
    type
  }
`);

graphql(`
  fragment AgencyRefFields on AgencyRef {
    id
    name
    nameEn
    level
    kind
    province
    aliases
  }
`);

graphql(`
  fragment ReferenceRefFields on ReferenceRef {
    id
    symbol
    name
    label
    docType
    docTypeEn
    date
    issuer
    subject
  }
`);

// Only what the Duties tab shows: the server's cost limit (graphql-armor) counts every field.
graphql(`
  fragment DutyFields on Duty {
    role
    via {
      id
      name
      nameEn
    }
    itemType
    itemId
    text
    weaknessCode
    deadlineText
    ongoing
    section {
      id
      numeral
      title
    }
    references {
      id
      label
      subject
    }
  }
`);

// Every subgraph the canvas draws: the network, and the neighbourhoods it expands.
graphql(`
  fragment SubgraphFields on Subgraph {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    truncated
    limit
  }
`);

/** The explorer's opening view; the node limit is the API's default. */
export const NETWORK = graphql(`
  query Network($plans: [ID!], $types: [NodeType!], $limit: Int) {
    network(plans: $plans, types: $types, limit: $limit) {
      ...SubgraphFields
      positions {
        id
        x
        y
      }
    }
  }
`);

export const NEIGHBORHOOD = graphql(`
  query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
    neighborhood(ids: $ids, depth: $depth, limit: $limit) {
      ...SubgraphFields
    }
  }
`);

export const SEARCH = graphql(`
  query Search($text: String!, $types: [NodeType!], $limit: Int) {
    search(text: $text, types: $types, limit: $limit) {
      node {
        ...NodeFields
      }
      score
      snippet
    }
  }
`);

export const PATHS = graphql(`
  query Paths($from: String!, $to: String!, $maxLength: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength) {
      from {
        ...NodeFields
      }
      to {
        ...NodeFields
      }
      maxLength
      paths {
        length
        nodes {
          ...NodeFields
        }
        edges {
          ...EdgeFields
        }
      }
    }
  }
`);

export const AGENCY_DUTIES = graphql(`
  query AgencyDuties($agency: String!, $province: String, $plan: ID, $includeCollective: Boolean) {
    agencyDuties(agency: $agency, province: $province, plan: $plan, includeCollective: $includeCollective) {
      query
      resolved
      agencies {
        id
        name
        nameEn
      }
      candidates {
        id
        name
        nameEn
      }
      duties {
        ...DutyFields
      }
      collectiveDuties {
        ...DutyFields
      }
      counts {
        leads
        coordinates
        assigned
        involved
        viaGroups
      }
    }
  }
`);

export const CITATIONS = graphql(`
  query Citations($reference: String!) {
    citations(reference: $reference) {
      query
      resolved
      reference {
        ...ReferenceRefFields
      }
      candidates {
        ...ReferenceRefFields
      }
      citedBy {
        itemType
        itemId
        text
        plan {
          id
          symbol
          title
          province
          date
          synthetic
        }
        section {
          id
          numeral
          title
        }
        weaknessId
        weaknessCode
        mention {
          text
          date
          issuer
          sourceFile
          line
          itemId
        }
        agencies {
          agency {
            ...AgencyRefFields
          }
          role
        }
      }
      coCited {
        reference {
          ...ReferenceRefFields
        }
        count
      }
      conflicts {
        field
        values
        mentions {
          text
          date
          issuer
          sourceFile
          line
          itemId
        }
      }
    }
  }
`);

export const OVERVIEW = graphql(`
  query Overview($limit: Int) {
    overview(limit: $limit) {
      plans {
        id
        symbol
        title
        province
        date
        synthetic
      }
      mostCited {
        reference {
          ...ReferenceRefFields
        }
        citations
      }
      agencyLoad {
        agency {
          ...AgencyRefFields
        }
        total
      }
    }
  }
`);
