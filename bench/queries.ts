/**
 * What the benchmark asks: each traversal of the API with the arguments an analyst would give,
 * two ad hoc queries over the generated API, and for each traversal the resolver itself (called
 * in-process with a QueryRunner) so that its Cypher can be recorded and replayed raw.
 *
 * The arguments name Thanh Hóa's bodies and documents, which the seed holds, so the answers stay
 * the same size from seed to 100× scale (the corpus adds other provinces): a traversal that slows
 * down anyway is scanning, not answering more. Two extra rows ask questions whose answers do grow
 * with the corpus (a body in every province, a national document every plan cites).
 */
import type { QueryRunner } from '../server/src/graph/query-runner.ts';
import { agencyDuties } from '../server/src/api/traversals/agency-duties.ts';
import { citations } from '../server/src/api/traversals/citations.ts';
import { coResponsibility } from '../server/src/api/traversals/co-responsibility.ts';
import { overview } from '../server/src/api/traversals/overview.ts';
import { search } from '../server/src/api/traversals/search.ts';
import { neighborhood, paths } from '../server/src/api/traversals/subgraphs.ts';

export interface BenchQuery {
  /** Row name in the report. */
  name: string;
  /** The arguments in short, for the report. */
  args: string;
  kind: 'traversal' | 'cross-plan' | 'ad hoc' | 'floor';
  query: string;
  variables: Record<string, unknown>;
  /** Null when the answer is what the query should give; otherwise what is wrong with it. */
  check: (data: Record<string, any>) => string | null;
  /** The resolver, called directly with the same arguments (traversals only). */
  resolver?: (runner: QueryRunner) => Promise<unknown>;
  /** Fewer requests than the run's counts, for answers that take seconds (the cross-plan rows). */
  requests?: { c1: number; c16: number };
}

// Selections as the explorer asks them (its Duties, Citations and graph views), within the API's cost limit.
const NODE = 'id type label labelEn kind planId section deadlineYears ongoing';
const EDGE = 'id source target type';
const AGENCY = 'id name nameEn level kind province aliases';
const REFERENCE = 'id symbol name label docType docTypeEn date issuer subject';
const DUTY = 'role via { id name nameEn } itemType itemId text weaknessCode deadlineText ongoing section { id numeral title } references { id label subject }';

const AGENCY_DUTIES = `query AgencyDuties($agency: String!, $province: String, $includeCollective: Boolean) {
  agencyDuties(agency: $agency, province: $province, includeCollective: $includeCollective) {
    query resolved agencies { id name nameEn province } candidates { id name nameEn }
    duties { ${DUTY} } collectiveDuties { ${DUTY} }
    counts { leads coordinates assigned involved viaGroups }
  }
}`;

const CITATIONS = `query Citations($reference: String!) {
  citations(reference: $reference) {
    query resolved reference { ${REFERENCE} } candidates { id label }
    citedBy {
      itemType itemId text plan { id symbol province date } section { id numeral title } weaknessCode
      mention { text date issuer sourceFile line itemId } agencies { agency { id name } role }
    }
    coCited { reference { id label } count }
    conflicts { field values }
  }
}`;

const CO_RESPONSIBILITY = `query CoResponsibility($agency: String!, $province: String, $limit: Int) {
  coResponsibility(agency: $agency, province: $province, limit: $limit) {
    resolved agencies { id name }
    partners { agency { ${AGENCY} } weight shared { itemType itemId code role partnerRole planId } }
  }
}`;

const PATHS = `query Paths($from: String!, $to: String!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength) {
    from { ${NODE} } to { ${NODE} } maxLength
    paths { length nodes { ${NODE} } edges { ${EDGE} } }
  }
}`;

const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) { nodes { ${NODE} } edges { ${EDGE} } truncated limit }
}`;

const SEARCH = `query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { node { ${NODE} } score snippet }
}`;

const OVERVIEW = `query Overview($limit: Int) {
  overview(limit: $limit) {
    plans { id symbol province date }
    nodes { label count } relationships { label count }
    agencyLoad { agency { id name province } leads coordinates assigned involved total }
    mostCited { reference { id label } citations }
    weaknessesBySection { plan { id } section { numeral } weaknesses }
    weaknessesByDeadline { deadline weaknesses }
  }
}`;

/** Generated API: filter on a property and a relationship, sort, and the second page by cursor. */
const ADHOC_PAGE = `query OngoingWeaknessesLedByDistricts($after: String) {
  weaknessesConnection(
    first: 10
    after: $after
    where: { ongoing: { eq: true }, leadAgencies: { some: { key: { eq: "ubnd-cac-huyen" } } } }
    sort: [{ code: ASC }, { id: ASC }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id code deadlineText planId leadAgencies { name } } }
  }
}`;

/** Generated API: aggregations over tasks and weaknesses. */
const ADHOC_AGGREGATE = `query DutyAggregates {
  tasksConnection(where: { assignedTo: { some: { key: { eq: "so-tai-nguyen-va-moi-truong" } } } }) {
    aggregate { count { nodes } node { text { longest shortest } } }
  }
  weaknessesConnection(where: { ongoing: { eq: true } }) { aggregate { count { nodes } } }
}`;

/** One round at concurrency 16 and a few sequential requests: these answers take up to seconds at 100× scale. */
const CROSS_PLAN_REQUESTS = { c1: 10, c16: 16 };

const SEED_PROVINCE = 'Thanh Hóa';
const SEED_PLAN = 'thanh-hoa/83-KH-UBND/2022';
const nonEmpty = (what: string, list: unknown) => (Array.isArray(list) && list.length > 0 ? null : `no ${what}`);

/** The queries of one run; `pageCursor` is the end cursor of the ad hoc query's first page. */
export function benchQueries(pageCursor: string | null): BenchQuery[] {
  const duties = { agency: 'Sở Tài nguyên và Môi trường', province: SEED_PROVINCE, includeCollective: true };
  const coResponsible = { agency: 'Sở Xây dựng', province: SEED_PROVINCE, limit: 10 };
  const path = { from: 'thanh-hoa/so-tai-nguyen-va-moi-truong', to: 'thanh-hoa/so-ke-hoach-va-dau-tu', maxLength: 4 };
  const around = { ids: [`${SEED_PLAN}#VII.1`], depth: 2, limit: 300 };
  const words = { text: 'giai phong mat bang', limit: 20 };
  const glance = { limit: 20 };
  const everywhere = { agency: 'Sở Tài nguyên và Môi trường', includeCollective: true };
  return [
    {
      name: 'agencyDuties',
      args: `"${duties.agency}", province "${duties.province}"`,
      kind: 'traversal',
      query: AGENCY_DUTIES,
      variables: duties,
      check: (d) => (d.agencyDuties?.resolved ? nonEmpty('duties', d.agencyDuties.duties) : 'not resolved'),
      resolver: (runner) => agencyDuties(runner, duties),
    },
    {
      name: 'citations',
      args: '"08-NQ/TU"',
      kind: 'traversal',
      query: CITATIONS,
      variables: { reference: '08-NQ/TU' },
      check: (d) => (d.citations?.resolved ? nonEmpty('citing items', d.citations.citedBy) : 'not resolved'),
      resolver: (runner) => citations(runner, { reference: '08-NQ/TU' }),
    },
    {
      name: 'coResponsibility',
      args: `"${coResponsible.agency}", province "${coResponsible.province}", limit ${coResponsible.limit}`,
      kind: 'traversal',
      query: CO_RESPONSIBILITY,
      variables: coResponsible,
      check: (d) => nonEmpty('partners', d.coResponsibility?.partners),
      resolver: (runner) => coResponsibility(runner, coResponsible),
    },
    {
      name: 'paths',
      args: 'DONRE → DPI (Thanh Hóa ids), maxLength 4',
      kind: 'traversal',
      query: PATHS,
      variables: path,
      check: (d) => nonEmpty('paths', d.paths?.paths),
      resolver: (runner) => paths(runner, path),
    },
    {
      name: 'neighborhood',
      args: 'weakness VII.1 of the seed, depth 2, limit 300',
      kind: 'traversal',
      query: NEIGHBORHOOD,
      variables: around,
      check: (d) => nonEmpty('nodes', d.neighborhood?.nodes),
      resolver: (runner) => neighborhood(runner, around),
    },
    {
      name: 'search',
      args: `"${words.text}", limit ${words.limit}`,
      kind: 'traversal',
      query: SEARCH,
      variables: words,
      check: (d) => nonEmpty('hits', d.search),
      resolver: (runner) => search(runner, words),
    },
    {
      name: 'overview',
      args: 'all plans, limit 20',
      kind: 'traversal',
      query: OVERVIEW,
      variables: glance,
      check: (d) => nonEmpty('plans', d.overview?.plans),
      resolver: (runner) => overview(runner, glance),
    },
    {
      name: 'floor: { __typename }',
      args: 'no resolver, no database: HTTP + Apollo + request guards only',
      kind: 'floor',
      query: '{ __typename }',
      variables: {},
      check: (d) => (d.__typename === 'Query' ? null : 'no __typename'),
    },
    {
      name: 'adhoc: filter+sort+page',
      args: "weaknessesConnection: ongoing, led by the districts' people's committees, sorted by code, page 2 (10 a page, by cursor)",
      kind: 'ad hoc',
      query: ADHOC_PAGE,
      variables: { after: pageCursor },
      check: (d) => nonEmpty('weaknesses', d.weaknessesConnection?.edges),
    },
    {
      name: 'adhoc: aggregation',
      args: 'tasksConnection + weaknessesConnection aggregates',
      kind: 'ad hoc',
      query: ADHOC_AGGREGATE,
      variables: {},
      check: (d) => (d.tasksConnection?.aggregate?.count?.nodes > 0 ? null : 'no tasks counted'),
    },
    {
      name: 'agencyDuties*',
      args: `"${everywhere.agency}" in every province`,
      kind: 'cross-plan',
      query: AGENCY_DUTIES,
      variables: everywhere,
      check: (d) => (d.agencyDuties?.resolved ? nonEmpty('duties', d.agencyDuties.duties) : 'not resolved'),
      resolver: (runner) => agencyDuties(runner, everywhere),
      requests: CROSS_PLAN_REQUESTS,
    },
    {
      name: 'citations*',
      args: '"11/NQ-CP" (national, cited by every plan)',
      kind: 'cross-plan',
      query: CITATIONS,
      variables: { reference: '11/NQ-CP' },
      check: (d) => (d.citations?.resolved ? nonEmpty('citing items', d.citations.citedBy) : 'not resolved'),
      resolver: (runner) => citations(runner, { reference: '11/NQ-CP' }),
      requests: CROSS_PLAN_REQUESTS,
    },
  ];
}

/** The first page of the ad hoc paging query, whose cursor the measured request continues from. */
export const ADHOC_FIRST_PAGE = { query: ADHOC_PAGE, variables: { after: null } };

/** The explorer's opening query (all plans' network, up to 3,000 nodes), sent before the render benchmark. */
export const NETWORK = {
  query: `query Network($limit: Int) { network(limit: $limit) { nodes { ${NODE} } edges { ${EDGE} } truncated limit } }`,
  variables: { limit: 3000 },
};
