import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as documents from '../../../client/src/api/documents.ts';
import { exampleQueries } from '../../../client/src/api/example-queries.ts';
import { costModel, requestLimits, traversalCosts } from '../../../server/src/api/limits.ts';
import { queryCost } from '../../../server/src/api/query-cost.ts';
import { neo4jGraphQL } from '../../../server/src/api/schema.ts';
import { traversalNames } from '../../../server/src/api/sdl.ts';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await neo4jGraphQL({}).getSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(costModel(), { schema, query: parse(query), variables });

/** Values for the required variables an explorer document declares (their defaults cover the rest). */
function requiredVariables(query: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const match of query.matchAll(/\$(\w+):\s*(\[?)(\w+)!?\]?!/g)) {
    const scalar =
      (
        { Int: 1, Boolean: true, NodeType: 'Agency', RelationshipType: 'LEADS', DutyStatus: 'DUE', DutyRole: 'LEADS', Date: '2024-06-30' } as Record<
          string,
          unknown
        >
      )[match[3]!] ?? 'x';
    values[match[1]!] = match[2] ? [scalar] : scalar;
  }
  return values;
}

describe('the cost model (worst-case nodes, GitHub style)', () => {
  it('multiplies page sizes down nested lists and sums over lists and aliases', () => {
    // 200 × (1 + 200 × (1 + 5)) = 240,200
    expect(cost('{ weaknesses(limit: 200) { tasks(limit: 200) { assignedTo(limit: 5) { id } } } }').nodes).toBe(240_200);
    expect(cost('{ weaknesses(limit: 10) { tasks(limit: 5) { id } } a: plans(limit: 3) { id } }').nodes).toBe(10 * 6 + 3);
  });

  it('applies the @limit default where no limit is given, and variable defaults as coerced', () => {
    expect(cost('{ plans { sections { id } } }').nodes).toBe(requestLimits.defaultPage * (1 + requestLimits.defaultPage));
    expect(cost('query($n: Int = 7) { tasks(limit: $n) { id } }').nodes).toBe(7);
    expect(cost('query($n: Int = 7) { tasks(limit: $n) { id } }', { n: 9 }).nodes).toBe(9);
  });

  it('counts connections by first, and traversals by their own budgets', () => {
    expect(cost('{ tasksConnection(first: 20) { edges { node { id assignedTo(limit: 2) { id } } } } }').nodes).toBe(20 * 3);
    expect(cost('{ search(text: "x", limit: 30) { score } }').nodes).toBe(30);
    expect(cost('{ network { nodes { id } } }').nodes).toBe(3000);
    // An argument passed as null takes its SDL default, in the resolver and in the cost alike.
    expect(cost('query($l: Int) { neighborhood(ids: ["x"], limit: $l) { limit } }', { l: null }).nodes).toBe(300);
  });

  it('refuses the probe of issue 9: nine nested lists of 200', () => {
    let inner = 'id';
    for (const field of ['leadAgencies', 'leads', 'leadAgencies', 'leads', 'leadAgencies', 'leads', 'leadAgencies', 'leads'])
      inner = `${field}(limit: 200) { ${inner} }`;
    expect(cost(`{ agencies(limit: 200) { ${inner} } }`).nodes).toBeGreaterThan(requestLimits.maxNodes);
  });

  it('has a budget for every traversal in the SDL', () => {
    expect(Object.keys(traversalCosts).sort()).toEqual([...traversalNames].sort());
  });

  it('keeps every explorer document and Query-tab example well inside the limit', () => {
    const costs: string[] = [];
    for (const [name, document] of Object.entries(documents)) {
      if (typeof document !== 'object' || !String(document).includes('query')) continue;
      const { nodes, problems } = cost(String(document), requiredVariables(String(document)));
      expect(problems).toEqual([]);
      expect(nodes).toBeLessThanOrEqual(requestLimits.maxNodes / 10);
      costs.push(`${name} ${nodes}`);
    }
    for (const example of exampleQueries) {
      const { nodes, problems } = cost(example.query, { ...requiredVariables(example.query), ...example.variables });
      expect(problems).toEqual([]);
      expect(nodes).toBeLessThanOrEqual(requestLimits.maxNodes / 10);
      costs.push(`"${example.title}" ${nodes}`);
    }
    console.log(`worst-case nodes: ${costs.join(', ')}`);
  });
});

describe('list arguments, checked on coerced values', () => {
  const problem = (query: string, variables: Record<string, unknown> = {}) =>
    cost(query, variables).problems.map((p) => `${String(p.extensions.code)} ${p.message}`);

  it.each([
    ['{ plans(limit: -1) { id } }', /BAD_USER_INPUT plans\(limit: -1\)/],
    ['{ plans(limit: 0) { id } }', /BAD_USER_INPUT plans\(limit: 0\)/],
    ['{ plans(offset: -1) { id } }', /BAD_USER_INPUT .*offset must be 0 or more/],
    ['{ agenciesConnection(first: 0) { totalCount } }', /BAD_USER_INPUT .*first must be from 1/],
    ['query($n: Int = 500) { tasks(limit: $n) { id } }', /PAGE_SIZE_LIMIT page size limit exceeded: tasks\(limit: 500\)/],
    [`{ plansConnection(first: 1, after: "${Buffer.from('arrayconnection:-5').toString('base64')}") { totalCount } }`, /BAD_USER_INPUT .*not a cursor/],
  ])('%s', (query, expected) => {
    expect(problem(query).join('\n')).toMatch(expected);
  });

  it('bounds relationship-filter nesting, filter depth and operator count', () => {
    const hops = (n: number) => {
      let where: Record<string, unknown> = n % 2 === 0 ? { id: { eq: 'x' } } : { code: { eq: 'x' } };
      for (let i = n - 1; i >= 0; i--) where = { [i % 2 === 0 ? 'leads' : 'leadAgencies']: { some: where } };
      return where;
    };
    const query = 'query($w: AgencyWhere) { agencies(where: $w) { id } }';
    expect(problem(query, { w: hops(4) })).toEqual([]);
    expect(problem(query, { w: hops(5) }).join()).toMatch(/BAD_USER_INPUT .*nest more than 4 deep/);
    let and: Record<string, unknown> = { id: { eq: 'x' } };
    for (let i = 0; i < 20; i++) and = { AND: [and] };
    expect(problem(query, { w: and }).join()).toMatch(/BAD_USER_INPUT .*deeper than 16 levels/);
    const wide = { OR: Array.from({ length: 60 }, (_, i) => ({ id: { eq: `a${i}` } })) };
    expect(problem(query, { w: wide }).join()).toMatch(/more than 50 filter operators/);
  });
});
