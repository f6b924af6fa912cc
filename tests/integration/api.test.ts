import { describe, expect, it } from 'vitest';
import { exampleQueries } from '../../client/src/api/example-queries.ts';
import { postGraphQL, runNeo4j, seededApiServer, SEED_ID, startApiServer } from './api-server.ts';

const DONRE = 'thanh-hoa/so-tai-nguyen-va-moi-truong';

const seeded = seededApiServer();

/** Runs an operation in-process and fails the test on any GraphQL error. */
async function query<T = any>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await seeded.server.apollo.executeOperation({ query: text, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors) throw new Error(errors.map((error) => error.message).join('; '));
  return data as T;
}

async function queryErrors(text: string, variables: Record<string, unknown> = {}) {
  const response = await seeded.server.apollo.executeOperation({ query: text, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult.errors ?? [];
}

const dutiesQuery = `query Duties($agency: String!, $collective: Boolean) {
  agencyDuties(agency: $agency, includeCollective: $collective) {
    resolved
    agencies { id name nameEn }
    candidates { id name }
    counts { leads coordinates assigned involved viaGroups }
    duties { role itemType itemId weaknessCode deadlineText ongoing plan { id } section { numeral } sourceFile lineStart references { label } }
    collectiveDuties { role via { name kind } weaknessCode }
  }
}`;

describe('agencyDuties', () => {
  it.each([
    'Sở Tài nguyên và Môi trường',
    'Department of Natural Resources and Environment',
    'so tai nguyen va moi truong',
    'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
    'Sở TN&MT',
    'DONRE',
    DONRE,
  ])('resolves "%s" to the Department and lists the duties the plan gives it', async (name) => {
    const { agencyDuties } = await query(dutiesQuery, { agency: name });
    expect(agencyDuties.resolved).toBe(true);
    expect(agencyDuties.agencies.map((a: { id: string }) => a.id)).toEqual([DONRE]);
    const led = agencyDuties.duties.filter((d: { role: string }) => d.role === 'LEADS').map((d: { weaknessCode: string }) => d.weaknessCode);
    expect(led).toEqual(['V.1', 'VII.1', 'VII.2', 'VII.3']);
    const assigned = agencyDuties.duties.filter((d: { role: string }) => d.role === 'ASSIGNED');
    expect(assigned.map((d: { lineStart: number }) => d.lineStart)).toEqual([517, 553, 589, 847, 849, 851, 885, 915, 917, 919, 921, 923, 967]);
    expect(agencyDuties.counts).toMatchObject({ leads: 4, coordinates: 0, assigned: 13 });
  });

  it('gives each duty its plan, section, deadline and cited documents', async () => {
    const { agencyDuties } = await query(dutiesQuery, { agency: 'DONRE' });
    const vii1 = agencyDuties.duties.find((d: { role: string; weaknessCode: string }) => d.role === 'LEADS' && d.weaknessCode === 'VII.1');
    expect(vii1).toMatchObject({ section: { numeral: 'VII' }, plan: { id: SEED_ID }, deadlineText: 'Năm 2022 và các năm tiếp theo.', ongoing: true });
    const task847 = agencyDuties.duties.find((d: { lineStart: number }) => d.lineStart === 847);
    expect(task847.references.map((r: { label: string }) => r.label)).toContain('Kế hoạch 29/KH-UBND');
  });

  it('lists duties held through collective groups apart, marked with the group', async () => {
    const { agencyDuties } = await query(dutiesQuery, { agency: 'DONRE' });
    expect(agencyDuties.collectiveDuties.length).toBeGreaterThan(0);
    expect(agencyDuties.collectiveDuties.every((d: { via: { kind: string } }) => d.via.kind === 'collective')).toBe(true);
    expect(agencyDuties.collectiveDuties.map((d: { via: { name: string } }) => d.via.name)).toContain('Các sở, ban, ngành, đơn vị cấp tỉnh');
    const without = await query(dutiesQuery, { agency: 'DONRE', collective: false });
    expect(without.agencyDuties.collectiveDuties).toEqual([]);
  });

  it('pages the duties held through collective groups, counting them all', async () => {
    const page = `query($offset: Int, $limit: Int) { agencyDuties(agency: "DONRE", collectiveOffset: $offset, collectiveLimit: $limit) {
      duties { itemId } collectiveDuties { itemId via { id } role } counts { viaGroups } } }`;
    const all = (await query(page, {})).agencyDuties;
    const total = all.counts.viaGroups as number;
    expect(total).toBe(all.collectiveDuties.length);
    expect(total).toBeGreaterThan(4);
    const key = (d: { itemId: string; via: { id: string }; role: string }) => `${d.itemId} ${d.via.id} ${d.role}`;
    const pages = [];
    for (let offset = 0; offset < total; offset += 3) {
      const answer = (await query(page, { offset, limit: 3 })).agencyDuties;
      expect(answer.counts.viaGroups).toBe(total);
      expect(answer.duties).toEqual(all.duties);
      pages.push(...answer.collectiveDuties.map(key));
    }
    expect(pages).toEqual(all.collectiveDuties.map(key));
    const past = (await query(page, { offset: total, limit: 3 })).agencyDuties;
    expect(past.collectiveDuties).toEqual([]);
    expect(past.counts.viaGroups).toBe(total);
  });

  it('returns candidates for an ambiguous name', async () => {
    const { agencyDuties } = await query(dutiesQuery, { agency: 'tài nguyên và môi trường' });
    expect(agencyDuties.resolved).toBe(false);
    expect(agencyDuties.candidates.map((a: { name: string }) => a.name).sort()).toEqual(['Bộ Tài nguyên và Môi trường', 'Sở Tài nguyên và Môi trường']);
    expect(agencyDuties.duties).toEqual([]);
  });

  it('answers an unknown name with a clear error and the nearest names', async () => {
    const [error] = await queryErrors(dutiesQuery, { agency: 'Sở Tài nguyen va Moi truogn' });
    expect(error?.extensions?.code).toBe('AGENCY_NOT_FOUND');
    expect(error?.message).toContain('no agency is called');
    expect(error?.extensions?.suggestions).toContain('Sở Tài nguyên và Môi trường');
  });
});

describe('citations', () => {
  const citationsQuery = `query Citations($reference: String!) {
    citations(reference: $reference) {
      resolved reference { id label date issuer } candidates { id }
      citedBy { itemType itemId weaknessCode mention { text line } agencies { role agency { name } } }
      coCited { count reference { label } }
      conflicts { field values mentions { line } }
    }
  }`;

  it.each(['08-NQ/TU', '08/NQ-TU', 'nq 08-NQ/TU', 'Nghị quyết 08', 'thanh-hoa:08-NQ/TU'])(
    'resolves "%s" and lists the plan preamble and the task that cite it',
    async (reference) => {
      const { citations } = await query(citationsQuery, { reference });
      expect(citations.resolved).toBe(true);
      expect(citations.reference).toMatchObject({ id: 'thanh-hoa:08-NQ/TU', date: '2021-12-06', issuer: 'Ban Chấp hành Đảng bộ tỉnh' });
      const items = citations.citedBy.map((c: { itemType: string; itemId: string }) => `${c.itemType} ${c.itemId}`);
      expect(items).toEqual([`Task ${SEED_ID}#I.1/task-1`, `Plan ${SEED_ID}`]);
      expect(citations.coCited.map((c: { reference: { label: string } }) => c.reference.label)).toContain('Nghị quyết 173/NQ-HĐND');
    },
  );

  it('reports mentions that disagree on the date', async () => {
    const { citations } = await query(citationsQuery, { reference: '191/QĐ-UBND' });
    expect(citations.conflicts).toEqual([{ field: 'date', values: ['2022-01-11', '2022-01-12'], mentions: [{ line: 61 }, { line: 515 }, { line: 103 }] }]);
  });

  it('names the agencies responsible for the citing items', async () => {
    const { citations } = await query(citationsQuery, { reference: '29/KH-UBND' });
    const task847 = citations.citedBy.find((c: { mention: { line: number } }) => c.mention.line === 847);
    expect(task847.agencies).toContainEqual({ role: 'ASSIGNED', agency: { name: 'Sở Tài nguyên và Môi trường' } });
  });

  it('answers an unknown document with a clear error', async () => {
    const [error] = await queryErrors(citationsQuery, { reference: '9999/QĐ-XYZ' });
    expect(error?.extensions?.code).toBe('REFERENCE_NOT_FOUND');
  });
});

describe('coResponsibility, paths, neighborhood, network', () => {
  it('ranks the partners of the Department by shared items', async () => {
    const { coResponsibility } = await query(`{ coResponsibility(agency: "DONRE") {
      partners { agency { id name } weight shared { itemType code role partnerRole } } } }`);
    const partners = coResponsibility.partners as { agency: { name: string }; weight: number; shared: unknown[] }[];
    const weights = partners.map((p) => p.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    for (const partner of partners) expect(partner.shared).toHaveLength(partner.weight);
    const construction = partners.find((p) => p.agency.name === 'Sở Xây dựng');
    expect(construction?.shared).toContainEqual({ itemType: 'Task', code: 'V.1', role: 'ASSIGNED', partnerRole: 'ASSIGNED' });
  });

  it('finds the shortest paths between two agencies', async () => {
    const { paths } = await query(`{ paths(from: "Sở TN&MT", to: "Sở Xây dựng") {
      from { id } to { id } paths { length nodes { id type } edges { source target type } } } }`);
    expect(paths.from.id).toBe(DONRE);
    expect(paths.paths.length).toBeGreaterThan(0);
    for (const path of paths.paths) {
      expect(path.length).toBe(2);
      expect(path.nodes[0].id).toBe(DONRE);
      expect(path.nodes.at(-1).id).toBe('thanh-hoa/so-xay-dung');
      expect(path.nodes[1].type).toBe('Task');
    }
  });

  it('returns a bounded neighbourhood and says when it was cut', async () => {
    const full = await query(`{ neighborhood(ids: ["${DONRE}"], depth: 1) { nodes { id type } edges { type } truncated } }`);
    expect(full.neighborhood.truncated).toBe(false);
    expect(full.neighborhood.nodes.map((n: { id: string }) => n.id)).toContain(`${SEED_ID}#VII.1`);
    const cut = await query(`{ neighborhood(ids: ["${DONRE}"], depth: 2, limit: 5) { nodes { id } truncated limit } }`);
    expect(cut.neighborhood).toMatchObject({ truncated: true, limit: 5 });
    expect(cut.neighborhood.nodes).toHaveLength(5);
    const leadsOnly = await query(`{ neighborhood(ids: ["${DONRE}"], types: [LEADS]) { nodes { id } edges { type } } }`);
    expect(new Set(leadsOnly.neighborhood.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['LEADS']));
    expect(leadsOnly.neighborhood.nodes).toHaveLength(5);
  });

  it('gives an argument passed as null its SDL default, as if it were left out', async () => {
    const sent = `query($depth: Int, $limit: Int) { neighborhood(ids: ["${DONRE}"], depth: $depth, limit: $limit) { limit nodes { id } } }`;
    const asNull = await query(sent, { depth: null, limit: null });
    const leftOut = await query(sent);
    expect(asNull.neighborhood.limit).toBe(300);
    expect(asNull.neighborhood.nodes).toEqual(leftOut.neighborhood.nodes);
    const duties = `query($c: Boolean) { agencyDuties(agency: "${DONRE}", includeCollective: $c) { collectiveDuties { itemId } } }`;
    expect((await query(duties, { c: null })).agencyDuties.collectiveDuties.length).toBeGreaterThan(0);
    expect((await query(duties, { c: false })).agencyDuties.collectiveDuties).toEqual([]);
  });

  it('returns the plan network with edges only between returned nodes', async () => {
    const { network } = await query(`{ network { nodes { id type } edges { source target type } truncated } }`);
    const ids = new Set(network.nodes.map((n: { id: string }) => n.id));
    expect(network.truncated).toBe(false);
    expect(network.nodes.filter((n: { type: string }) => n.type === 'Weakness')).toHaveLength(30);
    for (const edge of network.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });
});

describe('search and overview', () => {
  const searchQuery = `query Search($text: String!, $types: [NodeType!]) { search(text: $text, types: $types) { node { id type label } score snippet } }`;

  it.each(['tài nguyên và môi trường', 'TAI NGUYEN VA MOI TRUONG', 'natural resources', 'DONRE'])('finds the Department for "%s"', async (text) => {
    const { search } = await query(searchQuery, { text, types: ['Agency'] });
    expect(search.map((hit: { node: { id: string } }) => hit.node.id)).toContain(DONRE);
  });

  it('folds đ to d and returns the matching passage verbatim', async () => {
    const { search } = await query(searchQuery, { text: 'lan chiem dat dai', types: ['Weakness'] });
    expect(search[0].node.id).toBe(`${SEED_ID}#VII.2`);
    expect(search[0].snippet).toContain('lấn, chiếm đất đai');
  });

  it('ranks hits by score', async () => {
    const { search } = await query(searchQuery, { text: 'giải phóng mặt bằng' });
    const scores = search.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives counts, agency load, most cited documents and weaknesses by section and deadline', async () => {
    const { overview } = await query(`{ overview(limit: 5) {
      plans { id } nodes { label count } relationships { label count }
      agencyLoad { agency { name } leads coordinates assigned involved total }
      mostCited { reference { label } citations }
      weaknessesBySection { section { numeral } weaknesses }
      weaknessesByDeadline { deadline weaknesses } } }`);
    expect(overview.plans).toEqual([{ id: SEED_ID }]);
    expect(overview.nodes).toContainEqual({ label: 'Weakness', count: 30 });
    expect(overview.weaknessesBySection.map((s: { weaknesses: number }) => s.weaknesses)).toEqual([3, 1, 7, 2, 4, 6, 3, 2, 2]);
    expect(overview.agencyLoad).toHaveLength(5);
    for (const row of overview.agencyLoad) expect(row.total).toBe(row.leads + row.coordinates + row.assigned + row.involved);
    expect(overview.mostCited[0].citations).toBeGreaterThanOrEqual(overview.mostCited[4].citations);
    expect(overview.weaknessesByDeadline.map((d: { deadline: string }) => d.deadline)).toContain('2022');
  });

  it('answers for one plan as for all plans when it is the only one (two sets of statements)', async () => {
    // All plans: count store and stored degrees; one plan: its planId indexes (cypher/overview-plan-*.cypher).
    const fields = `plans { id } nodes { label count } relationships { label count }
      agencyLoad { agency { id } leads coordinates assigned involved total } mostCited { reference { id } citations }
      weaknessesBySection { plan { id } section { numeral } weaknesses } weaknessesByDeadline { deadline weaknesses }`;
    const all = (await query(`{ overview(limit: 100) { ${fields} } }`)).overview;
    const one = (await query(`{ overview(limit: 100, plan: "${SEED_ID}") { ${fields} } }`)).overview;
    const byLabel = (rows: { label: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.label, r.count]));
    // A plan's agencies are those with duties in it; all plans' are every agency (issuers and
    // groups without duties of their own included).
    const { Agency: planAgencies, ...planNodes } = byLabel(one.nodes);
    const { Agency: allAgencies, ...allNodes } = byLabel(all.nodes);
    expect(planNodes).toEqual(allNodes);
    expect(planAgencies).toBeGreaterThan(40);
    expect(planAgencies).toBeLessThanOrEqual(allAgencies!);
    // One plan's relationships are those touching its own nodes: each type as many as over all
    // plans here, but ISSUED_BY (the plan's own issuer, not the cited documents').
    const allRelationships = byLabel(all.relationships);
    const oneRelationships = byLabel(one.relationships);
    expect(Object.keys(oneRelationships)).toEqual(expect.arrayContaining(['ASSIGNED_TO', 'CITES', 'HAS_SECTION', 'HAS_TASK', 'HAS_WEAKNESS', 'LEADS']));
    for (const [label, count] of Object.entries(oneRelationships)) if (label !== 'ISSUED_BY') expect(count, label).toBe(allRelationships[label]);
    // The count-store statement names each relationship type: one the importer writes and the
    // statement forgets would be missing here.
    const stored = await seeded.driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS label, count(r) AS count');
    expect(allRelationships).toEqual(Object.fromEntries(stored.records.map((r) => [r.get('label'), r.get('count').toNumber()])));
    for (const key of ['plans', 'agencyLoad', 'mostCited', 'weaknessesBySection', 'weaknessesByDeadline'] as const) {
      const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
      expect(sorted(one[key]), key).toEqual(sorted(all[key]));
    }
  });
});

describe('generated queries for ad hoc use', () => {
  it('filters, sorts and pages', async () => {
    const { weaknesses } = await query(`{ weaknesses(where: {code: {startsWith: "VII"}}, sort: [{code: ASC}], limit: 2, offset: 1) {
      code leadAgencies(where: {kind: {eq: "body"}}) { name } } }`);
    expect(weaknesses).toEqual([
      { code: 'VII.2', leadAgencies: [{ name: 'Sở Tài nguyên và Môi trường' }] },
      { code: 'VII.3', leadAgencies: [{ name: 'Sở Tài nguyên và Môi trường' }] },
    ]);
  });

  it('pages a connection with cursors', async () => {
    const first = await query(
      `{ weaknessesConnection(first: 10, sort: [{code: ASC}]) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }`,
    );
    expect(first.weaknessesConnection.totalCount).toBe(30);
    expect(first.weaknessesConnection.pageInfo.hasNextPage).toBe(true);
    const next = await query(`query Next($after: String) { weaknessesConnection(first: 10, after: $after, sort: [{code: ASC}]) { edges { node { code } } } }`, {
      after: first.weaknessesConnection.pageInfo.endCursor,
    });
    const seen = first.weaknessesConnection.edges.map((e: { node: { code: string } }) => e.node.code);
    for (const edge of next.weaknessesConnection.edges) expect(seen).not.toContain(edge.node.code);
  });

  it('aggregates', async () => {
    const data = await query(`{ tasksConnection(where: {assignedTo: {some: {id: {eq: "${DONRE}"}}}}) { aggregate { count { nodes } } } }`);
    expect(data.tasksConnection.aggregate.count.nodes).toBe(13);
  });

  it('treats injection attempts in string arguments as plain data', async () => {
    const hostile = `x"}) MATCH (n) DETACH DELETE n //`;
    const before = await query(`{ weaknessesConnection { totalCount } }`);
    expect(await query(`query($t: String!) { weaknesses(where: {statement: {contains: $t}}) { id } }`, { t: hostile })).toEqual({ weaknesses: [] });
    expect((await queryErrors(dutiesQuery, { agency: hostile }))[0]?.extensions?.code).toBe('AGENCY_NOT_FOUND');
    expect((await queryErrors(`query($r: String!) { citations(reference: $r) { resolved } }`, { r: hostile }))[0]?.extensions?.code).toBe(
      'REFERENCE_NOT_FOUND',
    );
    // Lucene syntax is dropped: the words alone are searched, so `*:*` matches nothing extra.
    const search = `query($t: String!) { search(text: $t) { node { id } } }`;
    const plain = await query(search, { t: 'giải phóng mặt bằng' });
    expect(plain.search.length).toBeGreaterThan(0);
    expect(await query(search, { t: `giải phóng mặt bằng") *:* ("` })).toEqual(plain);
    expect(await query(search, { t: `${hostile} AND *:* OR "` })).toEqual({ search: [] });
    expect((await queryErrors(`query($a: String!) { paths(from: $a, to: $a) { maxLength } }`, { a: hostile }))[0]?.extensions?.code).toBe('ENTITY_NOT_FOUND');
    expect(await query(`query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }`, { ids: [hostile] })).toEqual({
      neighborhood: { nodes: [] },
    });
    expect(await query(`{ weaknessesConnection { totalCount } }`)).toEqual(before);
  });
});

describe('the Query tab examples', () => {
  // The examples that need the demo series run in over-time.test.ts, which loads it.
  const onSeed = exampleQueries.filter((example) => example.needs === undefined);
  it.each(onSeed.map((example) => [example.title, example] as const))('"%s" runs without errors and finds data', async (_title, example) => {
    const data = await query(example.query, example.variables);
    const [root] = Object.values(data as Record<string, unknown>);
    expect(JSON.stringify(root)).toMatch(/"(id|label|name|code|count|score)"/);
  });
});

describe('limits (the hostile cases: hostile.test.ts)', () => {
  it('rejects a query whose worst-case node count is over the cost limit, and reports the cost of the others', async () => {
    // 200 × (1 + 200 × (1 + 5)) = 240,200 nodes in the worst case: each nested list multiplies.
    const costly = await postGraphQL(seeded.server.url, `{ weaknesses(limit: 200) { tasks(limit: 200) { assignedTo(limit: 5) { id } } } }`);
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]).toMatchObject({ extensions: { code: 'COST_LIMIT', cost: { nodes: 240_200, limit: 100_000 } } });
    expect(costly.body.errors?.[0]?.message).toContain('query cost limit exceeded');
    const fine = await postGraphQL(seeded.server.url, `{ weaknesses(limit: 10) { tasks(limit: 5) { id } } }`);
    expect(fine.status).toBe(200);
    expect((fine.body as { extensions?: unknown }).extensions).toEqual({ cost: { nodes: 60, limit: 100_000 } });
  });

  it('rejects a page larger than the maximum', async () => {
    const { status, body } = await postGraphQL(seeded.server.url, `query($n: Int) { weaknesses(limit: $n) { id } }`, { n: 500 });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('page size limit exceeded');
    const traversal = await queryErrors(`{ search(text: "đất đai", limit: 1000) { score } }`);
    expect(traversal[0]?.message).toContain('limit must be an integer from 1 to 100');
  });

  it('stops a traversal that outlives the read timeout and answers QUERY_TIMEOUT over /graphql', async () => {
    // A knot of test-only nodes (removed below): two tasks owned by one agency, each naming 3,000
    // partners and belonging to 3,000 weaknesses, so that co-responsible-agencies.cypher walks 18
    // million rows for that agency (over 10 s here), far beyond a one-second read timeout.
    const knot = 'test-timeout-knot';
    await seeded.driver.executeQuery(
      `CREATE (a:Agency {id: $knot + '/agency', name: 'Knot agency', kind: 'body', aliases: []})
       WITH a UNWIND [1, 2] AS i CREATE (a)<-[:ASSIGNED_TO]-(t:Task {id: $knot + '/task-' + i, text: 'knot', planId: $knot})
       WITH collect(t) AS tasks
       UNWIND range(1, 3000) AS n
       CREATE (p:Agency {id: $knot + '/partner-' + n, name: 'Knot partner ' + n, kind: 'body', aliases: []})
       CREATE (w:Weakness {id: $knot + '/weakness-' + n, code: 'K.1', statement: 'knot', planId: $knot})
       WITH tasks, p, w UNWIND tasks AS t CREATE (t)-[:INVOLVES]->(p) CREATE (w)-[:HAS_TASK]->(t)`,
      { knot },
    );
    const impatient = await startApiServer(seeded.driver, runNeo4j(), { API_READ_TIMEOUT: '1s' });
    try {
      const started = Date.now();
      const { body } = await postGraphQL(impatient.url, `{ coResponsibility(agency: "${knot}/agency") { partners { weight } } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(body.errors?.[0]?.message).toContain('took longer than');
      // A hang guard only: Neo4j checks transaction timeouts every couple of seconds.
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await impatient.close();
      await seeded.driver.executeQuery(`MATCH (n:Agency|Task|Weakness) WHERE n.id STARTS WITH $knot DETACH DELETE n`, { knot });
    }
  });

  it('keeps introspection on', async () => {
    const data = await query(`{ __schema { queryType { name } } }`);
    expect(data.__schema.queryType.name).toBe('Query');
  });
});
