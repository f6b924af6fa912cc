/**
 * The over-time traversals through the real API and Neo4j, on synthetic series whose answers are
 * known by construction: recurrences (lead changes, tasks repeated word for word), follow-through
 * (open, due, overdue, overdue and recurring on given days) and plan comparison.
 */
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQuery } from '../../client/src/api/example-queries.ts';
import { runTraversal } from '../../server/src/api/traversal-resolvers.ts';
import { importPlan, removePlan } from '../../server/src/graph/import-plan.ts';
import { QueryRunner, type GraphReader } from '../../server/src/graph/query-runner.ts';
import { RECURRENCE_METHOD } from '../../server/src/graph/similarity.ts';
import { loadGlossary, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { parsePlan, summarizeParse } from '../../server/src/ingest/parse-plan.ts';
import type { Glossary, ParsedPlan, WeaknessRecord } from '../../server/src/ingest/types.ts';
import { demoSeries } from '../../server/src/synthetic/demo-series.ts';
import { makeSeedVariant, readSeed, type PlanSpec, type SeedVariant } from '../../server/src/synthetic/seed-variant.ts';
import { seedFacts } from '../../server/src/synthetic/text-rewrites.ts';
import { runQuery, startApiServer, type TestApiServer } from './api-server.ts';
import { testDriver } from './helpers.ts';

const SEED_ID = 'thanh-hoa/83-KH-UBND/2022';

/** A hand-made pair for follow-through: known deadlines, one weakness resolved, the rest repeated. */
const FOLLOW_THROUGH: PlanSpec[] = [
  {
    province: 'Bắc Ninh',
    year: 2022,
    number: 70,
    day: 25,
    month: 3,
    signer: 'Ngô Hữu Khoa',
    deadline: { 'IV.1': 'Năm 2023.', 'VI.5': 'Trước ngày 30/6/2023.' },
  },
  { province: 'Bắc Ninh', year: 2023, number: 31, day: 20, month: 3, signer: 'Ngô Hữu Khoa', drop: ['I.1'] },
];

let driver: Driver;
let server: TestApiServer;
let glossary: Glossary;
let demo: { variant: SeedVariant; plan: ParsedPlan }[];
let bacNinh: { variant: SeedVariant; plan: ParsedPlan }[];
const ids = () => [...demo, ...bacNinh].map(({ plan }) => plan.plan.id);

const query = (text: string, variables: Record<string, unknown> = {}) => runQuery(server, text, variables);

async function errorCode(text: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await server.apollo.executeOperation({ query: text, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult.errors?.[0]?.extensions?.code;
}

/** The weakness of a series plan made from a seed weakness. */
function from(entry: { variant: SeedVariant; plan: ParsedPlan }, seedCode: string): WeaknessRecord {
  const code = entry.variant.lineage.find((l) => l.from.includes(seedCode))?.code;
  const found = entry.plan.plan.sections.flatMap((s) => s.weaknesses).find((w) => w.code === code);
  if (!found) throw new Error(`${entry.plan.plan.id} has no weakness from ${seedCode}`);
  return found;
}

beforeAll(async () => {
  driver = testDriver();
  server = await startApiServer(driver);
  glossary = await loadGlossary();
  const seedText = await readFile(seedPlanPath, 'utf8');
  const seed = readSeed(seedText, glossary);
  const facts = seedFacts(seedText, glossary);
  const parse = (variant: SeedVariant) => ({ variant, plan: parsePlan(variant.text, { sourceFile: variant.fileName, glossary }) });
  demo = demoSeries(seedText, glossary).map(parse);
  bacNinh = FOLLOW_THROUGH.map((spec) => parse(makeSeedVariant(seedText, seed, facts, spec)));
  for (const { plan } of [...demo, ...bacNinh]) await importPlan(driver, plan);
});

afterAll(async () => {
  await server.close();
  for (const id of [...ids(), SEED_ID]) await removePlan(driver, id);
  await driver.close();
});

const WEAKNESS = 'id code statement plan { id date synthetic } leads { id name }';
const RECURRENCES = `query Recurrences($weakness: ID, $agency: String, $province: String) {
  recurrences(weakness: $weakness, agency: $agency, province: $province) {
    query agencies { id } truncated
    links { earlier { ${WEAKNESS} } later { ${WEAKNESS} } score method terms lead { changed from { id } to { id } } repeatedTasks }
    chains { plans weaknesses { id plan { id } } }
  }
}`;

describe('recurrences', () => {
  it('follows land encroachment through three years of a province, with its lead moving each year', async () => {
    const data = await query(RECURRENCES, { province: 'nghe an' });
    const [y2022, y2023, y2024] = demo.map((entry) => from(entry, 'VII.2'));
    const link = (a: WeaknessRecord, b: WeaknessRecord) => data.recurrences.links.find((l: any) => l.earlier.id === a.id && l.later.id === b.id);
    const first = link(y2022!, y2023!);
    expect(first).toBeDefined();
    expect(first.earlier.plan.synthetic).toBe(true);
    expect(first.lead.changed).toBe(true);
    expect(first.lead.from.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(['nghe-an/so-tai-nguyen-va-moi-truong']));
    expect(first.lead.to.map((a: { id: string }) => a.id).sort()).toEqual(['nghe-an/so-xay-dung', 'nghe-an/ubnd-cac-huyen']);
    expect(link(y2023!, y2024!).lead.to.map((a: { id: string }) => a.id)).toEqual(['nghe-an/ubnd-cac-huyen']);
    expect(first.score).toBeGreaterThanOrEqual(0.4);
    expect(first.terms.length).toBeGreaterThan(0);
    const chain = data.recurrences.chains.find((c: any) => c.weaknesses.some((w: any) => w.id === y2022!.id));
    expect(chain.plans).toBe(3);
    expect(chain.weaknesses.map((w: any) => w.plan.id)).toEqual(demo.map(({ plan }) => plan.plan.id));
  });

  it('lists the tasks repeated word for word, and only those', async () => {
    const data = await query(RECURRENCES, { province: 'Nghệ An' });
    const [a, b] = [from(demo[0]!, 'VII.2'), from(demo[1]!, 'VII.2')];
    const repeated = b.tasks.map((t) => t.text).filter((text) => a.tasks.some((t) => t.text === text));
    expect(repeated.length).toBeGreaterThan(0);
    expect(data.recurrences.links.find((l: any) => l.earlier.id === a.id && l.later.id === b.id).repeatedTasks).toEqual(repeated);
    // The 2024 plan dropped two of border security's tasks: those are not repeated.
    const [x, y] = [from(demo[1]!, 'IX.1'), from(demo[2]!, 'IX.1')];
    const border = data.recurrences.links.find((l: any) => l.earlier.id === x.id && l.later.id === y.id);
    expect(border.repeatedTasks).toHaveLength(y.tasks.length);
    expect(y.tasks.length).toBe(x.tasks.length - 2);
  });

  it('answers for one weakness with its whole chain, and for an agency with the weaknesses it led', async () => {
    const latest = from(demo[2]!, 'VII.2');
    const byWeakness = await query(RECURRENCES, { weakness: latest.id });
    expect(byWeakness.recurrences.chains).toHaveLength(1);
    expect(byWeakness.recurrences.chains[0].plans).toBe(3);

    const byAgency = await query(RECURRENCES, { agency: 'Sở Xây dựng', province: 'Nghệ An' });
    expect(byAgency.recurrences.agencies).toEqual([{ id: 'nghe-an/so-xay-dung' }]);
    const pairs = byAgency.recurrences.links.map((l: any) => [l.earlier.id, l.later.id]);
    expect(pairs).toContainEqual([from(demo[0]!, 'VII.2').id, from(demo[1]!, 'VII.2').id]);
    expect(pairs).toContainEqual([from(demo[1]!, 'VII.2').id, latest.id]);
    for (const l of byAgency.recurrences.links) {
      expect([...l.earlier.leads, ...l.later.leads].map((a: { id: string }) => a.id)).toContain('nghe-an/so-xay-dung');
    }
  });

  it('names what is wrong with a question it cannot answer', async () => {
    expect(await errorCode(RECURRENCES, {})).toBe('BAD_USER_INPUT');
    expect(await errorCode(RECURRENCES, { province: 'Atlantis' })).toBe('PROVINCE_NOT_FOUND');
    expect(await errorCode(RECURRENCES, { weakness: 'no-such/weakness#I.1' })).toBe('WEAKNESS_NOT_FOUND');
  });
});

const FOLLOW = `query FollowThrough($agency: String, $province: String, $asOf: Date, $roles: [DutyRole!], $status: [DutyStatus!]) {
  followThrough(agency: $agency, province: $province, asOf: $asOf, roles: $roles, status: $status, limit: 5000) {
    asOf province truncated agencies { id }
    duties { role agency { id } itemId weaknessId plan { id } deadlineText dueFrom dueBy status recurredIn { id } }
    totals { open due overdue overdueRecurring total }
    byAgency { agency { id } counts { open due overdue overdueRecurring total } }
    bySection { section { id } counts { total } }
  }
}`;

describe('followThrough', () => {
  const lead = (data: any, weakness: WeaknessRecord) => data.followThrough.duties.find((d: any) => d.itemId === weakness.id && d.role === 'LEADS');

  it('classifies duties on a day after the first deadlines: overdue, overdue and recurring, due, open', async () => {
    const data = await query(FOLLOW, { province: 'Bắc Ninh', asOf: '2023-06-30' });
    const [y2022, y2023] = bacNinh;
    expect(data.followThrough.province).toBe('Bắc Ninh');
    // Due in 2022 and gone from the 2023 plan: overdue; whether it was fixed, the plans do not say.
    expect(lead(data, from(y2022!, 'I.1'))).toMatchObject({ deadlineText: 'Năm 2022.', dueBy: '2022-12-31', status: 'OVERDUE', recurredIn: [] });
    // Due in 2022 and stated again in 2023: overdue and recurring.
    expect(lead(data, from(y2022!, 'I.2'))).toMatchObject({ status: 'OVERDUE_RECURRING', recurredIn: [{ id: y2023!.plan.plan.id }] });
    // Runs on, or names no time: open.
    expect(lead(data, from(y2022!, 'I.3'))).toMatchObject({ deadlineText: 'Năm 2022 và các năm tiếp theo.', dueBy: null, status: 'OPEN' });
    expect(lead(data, from(y2022!, 'IX.1')).status).toBe('OPEN');
    // Due in 2023, or by 30 June 2023 (its last day): due.
    expect(lead(data, from(y2022!, 'IV.1'))).toMatchObject({ dueFrom: '2023-01-01', dueBy: '2023-12-31', status: 'DUE' });
    expect(lead(data, from(y2022!, 'VI.5'))).toMatchObject({ dueBy: '2023-06-30', status: 'DUE' });
    expect(lead(data, from(y2023!, 'I.2'))).toMatchObject({ deadlineText: 'Năm 2023', status: 'DUE' });
  });

  it('counts a later plan only if it was issued after the deadline passed and by the day asked', async () => {
    const [y2022] = bacNinh;
    // The 2023 plan (20 March) restates labour accidents before their 30 June deadline: no evidence of failure.
    const july = await query(FOLLOW, { province: 'Bắc Ninh', asOf: '2023-07-01' });
    expect(lead(july, from(y2022!, 'VI.5'))).toMatchObject({ status: 'OVERDUE', recurredIn: [] });
    // On 15 January 2023 the 2023 plan does not exist yet: its duties are not counted, and nothing recurs.
    const january = await query(FOLLOW, { province: 'Bắc Ninh', asOf: '2023-01-15' });
    expect(new Set(january.followThrough.duties.map((d: any) => d.plan.id))).toEqual(new Set([y2022!.plan.plan.id]));
    expect(lead(january, from(y2022!, 'I.2')).status).toBe('OVERDUE');
    // In mid-2022 the year's deadlines are due and IV.1's (2023) is still open.
    const june2022 = await query(FOLLOW, { province: 'Bắc Ninh', asOf: '2022-06-30' });
    expect(lead(june2022, from(y2022!, 'I.1')).status).toBe('DUE');
    expect(lead(june2022, from(y2022!, 'IV.1')).status).toBe('OPEN');
  });

  it('counts every duty of the plans issued by the day, per agency and per section, consistently with the list', async () => {
    const data = await query(FOLLOW, { province: 'Bắc Ninh', asOf: '2023-06-30' });
    const expected = bacNinh
      .map(({ plan }) => summarizeParse(plan).relationships)
      .reduce((sum, r) => sum + r.LEADS + r.COORDINATES + r.ASSIGNED_TO + r.INVOLVES, 0);
    const { totals, byAgency, bySection, duties } = data.followThrough;
    expect(totals.total).toBe(expected);
    expect(duties).toHaveLength(expected);
    expect(totals.open + totals.due + totals.overdue + totals.overdueRecurring).toBe(totals.total);
    expect(byAgency.reduce((sum: number, a: any) => sum + a.counts.total, 0)).toBe(totals.total);
    expect(bySection.reduce((sum: number, s: any) => sum + s.counts.total, 0)).toBe(totals.total);
    for (const { agency, counts } of byAgency) {
      const own = duties.filter((d: any) => d.agency.id === agency.id);
      expect(counts.overdueRecurring, agency.id).toBe(own.filter((d: any) => d.status === 'OVERDUE_RECURRING').length);
      expect(counts.due, agency.id).toBe(own.filter((d: any) => d.status === 'DUE').length);
    }
    // Most overdue and recurring first.
    expect(byAgency[0].counts.overdueRecurring).toBe(Math.max(...byAgency.map((a: any) => a.counts.overdueRecurring)));
  });

  it("narrows to one agency's duties, roles and statuses (counts stay complete)", async () => {
    const data = await query(FOLLOW, { agency: 'DOLISA', province: 'Bắc Ninh', asOf: '2023-06-30', roles: ['LEADS'], status: ['DUE'] });
    const { agencies, duties, totals } = data.followThrough;
    expect(agencies).toEqual([{ id: 'bac-ninh/so-lao-dong-thuong-binh-va-xa-hoi' }]);
    expect(duties.length).toBeGreaterThan(0);
    expect(duties.every((d: any) => d.role === 'LEADS' && d.status === 'DUE' && d.agency.id === agencies[0].id)).toBe(true);
    expect(duties).toContainEqual(expect.objectContaining({ itemId: from(bacNinh[0]!, 'VI.5').id }));
    expect(totals.total).toBeGreaterThan(duties.length);
  });

  it('refuses a day that is not a date', async () => {
    expect(await errorCode(FOLLOW, { asOf: '30/06/2023' })).toBe('BAD_USER_INPUT');
  });
});

const COMPARE = `query Compare($a: ID!, $b: ID!) {
  comparePlans(a: $a, b: $b) {
    a { id } b { id } sameProvince
    recurring { a { code } b { code } score lead { changed } repeatedTasks }
    added { code } removed { code }
    movedResponsibilities { a { code } b { code } role from { id } to { id } }
    documentsOnlyInA { id } documentsOnlyInB { id } documentsInBoth { id }
  }
}`;

describe('comparePlans', () => {
  it('lists what the demo series changed from 2022 to 2023: resolved, new, merged, split and moved', async () => {
    const [a, b] = demo;
    const data = (await query(COMPARE, { a: a!.plan.plan.id, b: b!.plan.plan.id })).comparePlans;
    expect(data.sameProvince).toBe(true);
    expect(data.removed.map((w: any) => w.code)).toEqual([from(a!, 'I.1').code, from(a!, 'VI.2').code]);
    expect(data.added.map((w: any) => w.code)).toEqual([from(b!, 'VI.6').code, from(b!, 'VII.3').code]);
    const pairs = data.recurring.map((m: any) => [m.a.code, m.b.code]);
    // Merged: insurance debts and labour accidents both continue in one weakness; split: site clearance continues in two.
    expect(pairs).toContainEqual([from(a!, 'VI.4').code, from(b!, 'VI.4').code]);
    expect(pairs).toContainEqual([from(a!, 'VI.5').code, from(b!, 'VI.5').code]);
    expect(pairs.filter(([x]: string[]) => x === from(a!, 'VII.1').code)).toHaveLength(2);
    const moved = data.movedResponsibilities.filter((m: any) => m.role === 'LEADS');
    const land = moved.find((m: any) => m.a.code === from(a!, 'VII.2').code);
    expect(land.to.map((x: { id: string }) => x.id)).toEqual(['nghe-an/so-xay-dung']);
    expect(land.from.map((x: { id: string }) => x.id)).toContain('nghe-an/so-tai-nguyen-va-moi-truong');
    const index = moved.find((m: any) => m.a.code === from(a!, 'VIII.1').code);
    expect(index.from.map((x: { id: string }) => x.id)).toContain('nghe-an/so-noi-vu');
    expect(index.to).toEqual([]);
  });

  it('lists the documents only one plan cites, as the parser found them', async () => {
    const [a, b] = demo;
    const data = (await query(COMPARE, { a: a!.plan.plan.id, b: b!.plan.plan.id })).comparePlans;
    const cited = (plan: ParsedPlan) => new Set(plan.citations.map((c) => c.referenceKey));
    const [inA, inB] = [cited(a!.plan), cited(b!.plan)];
    const sorted = (list: { id: string }[]) => list.map((r) => r.id).sort();
    expect(sorted(data.documentsOnlyInA)).toEqual([...inA].filter((k) => !inB.has(k)).sort());
    expect(sorted(data.documentsOnlyInB)).toEqual([...inB].filter((k) => !inA.has(k)).sort());
    expect(sorted(data.documentsInBoth)).toEqual([...inA].filter((k) => inB.has(k)).sort());
    expect(data.documentsOnlyInA.length).toBeGreaterThan(0);
  });

  it('compares plans of two provinces: weaknesses matched, bodies compared by kind, national documents shared', async () => {
    const data = (await query(COMPARE, { a: SEED_ID, b: demo[0]!.plan.plan.id })).comparePlans;
    expect(data.sameProvince).toBe(false);
    expect(data.recurring.length).toBe(demo[0]!.plan.plan.sections.flatMap((s) => s.weaknesses).length);
    expect(data.movedResponsibilities).toEqual([]);
    expect(data.documentsInBoth.map((r: { id: string }) => r.id)).toContain('11/NQ-CP');
    expect(data.documentsOnlyInA.every((r: { id: string }) => !r.id.startsWith('nghe-an:'))).toBe(true);
  });

  it('reads the pairs stored at import for two plans of one province; a plan linked by an older method is scored again, to the same answer', async () => {
    const [a, b] = demo;
    const args = { a: a!.plan.plan.id, b: b!.plan.plan.id };
    const runner = new QueryRunner(driver, { timeoutMs: 30_000 });
    const ran: string[] = [];
    const noting: GraphReader = {
      read: (name, params) => (ran.push(name), runner.read(name, params)),
      remember: (key, compute) => runner.remember(key, compute),
    };
    const stored = await runTraversal(noting, 'comparePlans', args);
    expect(ran).toContain('recurrences-between-plans');
    const between = async () =>
      (await runner.read<{ stored: boolean; matches: unknown[] }>('recurrences-between-plans', { ...args, method: RECURRENCE_METHOD }))[0]!;
    expect((await between()).stored).toBe(true);
    expect((await between()).matches).toHaveLength(stored.recurring.length);
    // Asked the other way round, the same links read backwards.
    const reversed = await runTraversal(runner, 'comparePlans', { a: args.b, b: args.a });
    const pairs = (answer: typeof stored, flip: boolean) => answer.recurring.map((m) => (flip ? [m.b.id, m.a.id, m.score] : [m.a.id, m.b.id, m.score])).sort();
    expect(pairs(reversed, true)).toEqual(pairs(stored, false));

    await driver.executeQuery('MATCH (p:Plan {id: $id}) SET p.recurrenceMethod = $older', { id: args.a, older: 'an-older-method' });
    try {
      expect((await between()).stored).toBe(false);
      expect(await runTraversal(runner, 'comparePlans', args)).toEqual(stored);
    } finally {
      await driver.executeQuery('MATCH (p:Plan {id: $id}) SET p.recurrenceMethod = $method', { id: args.a, method: RECURRENCE_METHOD });
    }
  });

  it('names an unknown plan', async () => {
    expect(await errorCode(COMPARE, { a: SEED_ID, b: 'nowhere/1-KH-UBND/2020' })).toBe('PLAN_NOT_FOUND');
    expect(await errorCode(COMPARE, { a: SEED_ID, b: SEED_ID })).toBe('BAD_USER_INPUT');
  });
});

describe('the Query tab examples for plans over time', () => {
  it('"Recurring weaknesses" finds the demo series\' recurrences, a lead that changed and explained scores', async () => {
    const example = exampleQuery('Recurring weaknesses');
    expect(example.needs).toBe('demo series');
    const { links, chains } = (await query(example.query, example.variables)).recurrences;
    expect(links.length).toBeGreaterThan(10);
    expect(links.some((link: any) => link.lead.changed)).toBe(true);
    expect(links.every((link: any) => link.terms.length > 0 && link.earlier.plan.synthetic === true)).toBe(true);
    expect(chains.some((chain: any) => chain.plans === 3)).toBe(true);
  });

  it('"Compare two plans" lists the demo series\' changes from 2022 to 2023', async () => {
    const example = exampleQuery('Compare two plans');
    const data = (await query(example.query, example.variables)).comparePlans;
    expect(data.sameProvince).toBe(true);
    expect(data.recurring.length).toBeGreaterThan(20);
    expect(data.added.map((w: any) => w.code)).toEqual([from(demo[1]!, 'VI.6').code, from(demo[1]!, 'VII.3').code]);
    expect(data.movedResponsibilities.length).toBeGreaterThan(0);
  });

  it('"Follow-through on a day" finds overdue duties of the seed plan, and overdue recurring ones of the demo series', async () => {
    const example = exampleQuery('Follow-through on a day');
    expect(example.needs).toBeUndefined();
    const seed = (await query(example.query, example.variables)).followThrough;
    expect(seed.totals.overdue).toBeGreaterThan(0);
    expect(seed.duties.length).toBeGreaterThan(0);
    const series = (await query(example.query, { province: 'Nghệ An', asOf: '2024-12-31' })).followThrough;
    expect(series.totals.overdueRecurring).toBeGreaterThan(0);
  });
});
