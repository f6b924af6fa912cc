/**
 * Worked examples preloaded in the Query tab's GraphiQL, one tab each: every traversal, and two
 * ad hoc queries over the generated API. The integration tests run each one against the real
 * API, so they stay true to the schema (those marked `needs: 'demo series'` with the demo series
 * loaded, the others on the seed alone); the bench measures those the explorer's views do not
 * send (co-responsibility and the ad hoc queries) as they are written here.
 */
export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Data the example needs beyond the seed plan; its first comment line says how to load it. */
  needs?: 'demo series';
}

export const exampleQueries: ExampleQuery[] = [
  {
    title: 'Duties of an agency',
    query: `# Everything the Department of Natural Resources and Environment (Sở Tài nguyên và Môi trường)
# must do. The name may be Vietnamese, English, without diacritics, or an abbreviation (DONRE, Sở TN&MT).
query AgencyDuties($agency: String!) {
  agencyDuties(agency: $agency) {
    agencies { id name nameEn province }
    counts { leads coordinates assigned involved viaGroups }
    duties {
      role
      weaknessCode
      text
      deadlineText
      section { numeral title }
      references { label }
      lineStart
    }
    collectiveDuties { role via { name } weaknessCode }
  }
}`,
    variables: { agency: 'Department of Natural Resources and Environment' },
  },
  {
    title: 'Where a document is cited',
    query: `# Where Resolution 08-NQ/TU is cited, with the agencies answering for each citing item,
# the documents cited with it, and mentions that disagree. Loose forms work too: "08/NQ-TU", "Nghị quyết 08".
query Citations($reference: String!) {
  citations(reference: $reference) {
    reference { label date issuer subject }
    citedBy {
      itemType
      weaknessCode
      text
      mention { text line }
      agencies { role agency { name } }
    }
    coCited { count reference { label } }
    conflicts { field values }
  }
}`,
    variables: { reference: '08/NQ-TU' },
  },
  {
    title: 'Who shares duties',
    query: `# Agencies sharing weaknesses or tasks with Thanh Hóa's Department of Construction, heaviest first.
query CoResponsibility($agency: String!, $province: String, $limit: Int) {
  coResponsibility(agency: $agency, province: $province, limit: $limit) {
    resolved
    agencies { id name }
    partners {
      agency { id name nameEn level kind province aliases }
      weight
      shared { itemType itemId code role partnerRole planId }
    }
  }
}`,
    variables: { agency: 'Sở Xây dựng', province: 'Thanh Hóa', limit: 10 },
  },
  {
    title: 'Paths between two entities',
    query: `# The shortest accountability paths between two agencies (ids, names or document symbols).
query Paths {
  paths(from: "Sở Tài nguyên và Môi trường", to: "Sở Kế hoạch và Đầu tư", maxLength: 4) {
    from { label }
    to { label }
    paths { length nodes { type label } edges { type } }
  }
}`,
  },
  {
    title: 'Neighbourhood',
    query: `# Everything within two hops of weakness VII.1, shaped for Cytoscape, cut at 100 nodes.
query Neighbourhood {
  neighborhood(ids: ["thanh-hoa/83-KH-UBND/2022#VII.1"], depth: 2, limit: 100) {
    truncated
    nodes { id type label }
    edges { source target type }
  }
}`,
  },
  {
    title: 'Search',
    query: `# Full-text search over every node type; diacritics and case do not matter.
query Search {
  search(text: "giai phong mat bang", limit: 10) {
    score
    snippet
    node { id type label }
  }
}`,
  },
  {
    title: 'Overview',
    query: `# The loaded plans at a glance.
query Overview {
  overview(limit: 10) {
    plans { symbol province date }
    nodes { label count }
    agencyLoad { agency { name } leads coordinates assigned involved total }
    mostCited { reference { label } citations }
    weaknessesBySection { section { numeral } weaknesses }
    weaknessesByDeadline { deadline weaknesses }
  }
}`,
  },
  {
    title: 'Follow-through on a day',
    query: `# Each duty of Thanh Hóa's plan as it stood on 30 June 2023: open, due, overdue, or overdue and
# recurring (a later plan of the province states the weakness again), with counts per agency.
# With the demo series loaded (npm run demo), try province "Nghệ An" and asOf "2024-12-31".
query FollowThrough($province: String, $asOf: Date) {
  followThrough(province: $province, asOf: $asOf, status: [OVERDUE, OVERDUE_RECURRING], limit: 20) {
    asOf
    totals { open due overdue overdueRecurring total }
    byAgency { agency { name nameEn } counts { overdue overdueRecurring total } }
    duties {
      status
      role
      agency { name }
      weaknessCode
      text
      deadlineText
      dueBy
      recurredIn { symbol date }
    }
  }
}`,
    variables: { province: 'Thanh Hóa', asOf: '2023-06-30' },
  },
  {
    title: 'Recurring weaknesses',
    needs: 'demo series',
    query: `# Needs plans of one province over several years: load the synthetic demo series with npm run demo.
# Weaknesses of Nghệ An that came back: each link with its score and the terms that explain it,
# whether the lead unit changed, the tasks repeated word for word, and each weakness's chain of years.
query Recurrences($province: String) {
  recurrences(province: $province, limit: 50) {
    links {
      earlier { code statement plan { symbol date synthetic } leads { name } }
      later { code plan { symbol date } leads { name } }
      score
      method
      terms
      lead { changed }
      repeatedTasks
    }
    chains { plans weaknesses { code plan { symbol } } }
  }
}`,
    variables: { province: 'Nghệ An' },
  },
  {
    title: 'Compare two plans',
    needs: 'demo series',
    query: `# Needs two plans: load the synthetic demo series with npm run demo (or compare any two plan ids).
# What changed from Nghệ An's 2022 plan to its 2023 plan: weaknesses added, removed and recurring,
# lead and coordinating units that moved, and documents cited by one plan only.
query ComparePlans($a: ID!, $b: ID!) {
  comparePlans(a: $a, b: $b) {
    sameProvince
    recurring { a { code } b { code } score terms lead { changed } repeatedTasks }
    added { code statement }
    removed { code statement }
    movedResponsibilities { a { code } role from { name } to { name } }
    documentsOnlyInA { label }
    documentsOnlyInB { label }
  }
}`,
    variables: { a: 'nghe-an/61-KH-UBND/2022', b: 'nghe-an/45-KH-UBND/2023' },
  },
  {
    title: 'Ad hoc: filter, sort, page',
    query: `# Generated API: weaknesses whose deadline runs on and which the districts' people's committees
# lead, sorted by code, ten at a time with a cursor (pass pageInfo.endCursor as $after for the next page).
query OngoingWeaknessesLedByDistricts($after: String) {
  weaknessesConnection(
    first: 10
    after: $after
    where: { ongoing: { eq: true }, leadAgencies: { some: { key: { eq: "ubnd-cac-huyen" } } } }
    sort: [{ code: ASC }, { id: ASC }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        code
        deadlineText
        planId
        leadAgencies { name }
      }
    }
  }
}`,
  },
  {
    title: 'Ad hoc: aggregation',
    query: `# Generated API: how many tasks each province's Department of Natural Resources and Environment
# is assigned, with the longest and shortest task text, and how many weaknesses have a deadline
# that runs on. Asked from the agency (an index finds it by key), not as
# tasksConnection(where: { assignedTo: { some: … } }), which reads every task to test each one.
# The aggregate counts all of an agency's tasks whatever first says; first: 1 keeps the query's
# cost estimate small.
query DutyAggregates {
  agencies(where: { key: { eq: "so-tai-nguyen-va-moi-truong" } }, limit: 100) {
    province
    assignedTasksConnection(first: 1) {
      aggregate {
        count { nodes }
        node { text { longest shortest } }
      }
    }
  }
  weaknessesConnection(where: { ongoing: { eq: true } }) {
    aggregate { count { nodes } }
  }
}`,
  },
];

/** An example by its title (the bench runs some of them as written). */
export function exampleQuery(title: string): ExampleQuery {
  const example = exampleQueries.find((candidate) => candidate.title === title);
  if (!example) throw new Error(`no example query titled "${title}"`);
  return example;
}
