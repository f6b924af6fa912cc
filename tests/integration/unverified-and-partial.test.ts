/**
 * Unverified agencies and cut-off plans, end to end against the real Neo4j: what the parser marks
 * (Agency.verified and recognisedBy, Plan.complete and truncatedAt, Weakness.complete) is stored by
 * the importer, answered by the generated API and by the explorer's traversals, and migrated for
 * data stored before the marks existed.
 */
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, removePlan } from '../../server/src/graph/import-plan.ts';
import { loadGlossary, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { applySchema, loadCypher } from '../../server/src/graph/schema.ts';
import { parsePlan } from '../../server/src/ingest/parse-plan.ts';
import type { Glossary } from '../../server/src/ingest/types.ts';
import { otherProvince, truncateAt } from '../unit/ingest/seed-transforms.ts';
import { runQuery, startApiServer, type TestApiServer } from './api-server.ts';
import { testDriver } from './helpers.ts';

const OPEN_ID = 'nghe-an/83-KH-UBND/2023';
const CUT_ID = 'ha-tinh/83-KH-UBND/2023';
const DONRE = 'nghe-an/so-tai-nguyen-va-moi-truong';

let driver: Driver;
let server: TestApiServer;
let glossary: Glossary;
let seedText: string;

/** The glossary without the Department of Natural Resources and Environment: the plan's DONRE is then unverified. */
const withoutDonre = (): Glossary => ({ agencies: glossary.agencies.filter((entry) => entry.key !== 'so-tai-nguyen-va-moi-truong') });
const parse = (text: string, g: Glossary) => parsePlan(text, { sourceFile: 'variant.txt', glossary: g });
const query = <T = any>(text: string, variables: Record<string, unknown> = {}) => runQuery<T>(server, text, variables);

beforeAll(async () => {
  driver = testDriver();
  server = await startApiServer(driver);
  glossary = await loadGlossary();
  seedText = await readFile(seedPlanPath, 'utf8');
  await importPlan(driver, parse(otherProvince(seedText), withoutDonre()));
  // Cut inside weakness I.2 (its task list), in another province.
  const cut = otherProvince(seedText, 'Hà Tĩnh', 'Vũng Áng');
  await importPlan(driver, parse(truncateAt(cut, cut.indexOf('- Thực hiện có hiệu quả các kế hoạch, đề án')), glossary));
});

afterAll(async () => {
  await removePlan(driver, OPEN_ID);
  await removePlan(driver, CUT_ID);
  await server.close();
  await driver.close();
});

describe('an agency the glossary lacks', () => {
  it('is stored and answered as unverified, with the form that recognised it, keeping its duties', async () => {
    const data = await query(`{
      agencies(where: { id: { eq: "${DONRE}" } }) { name verified recognisedBy nameEn assignedTasksConnection { totalCount } leads { code } }
    }`);
    expect(data.agencies).toEqual([
      {
        name: 'Sở Tài nguyên và Môi trường',
        verified: false,
        recognisedBy: 'Sở …',
        nameEn: null,
        assignedTasksConnection: { totalCount: 13 },
        leads: expect.arrayContaining([{ code: 'V.1' }, { code: 'VII.1' }, { code: 'VII.2' }, { code: 'VII.3' }]),
      },
    ]);
    const unverified = await query(`{ agencies(where: { verified: { eq: false } }) { id } }`);
    expect(unverified.agencies.map((a: { id: string }) => a.id)).toEqual([DONRE]);
  });

  it('is marked in the explorer network, and glossary bodies are not', async () => {
    const data = await query(`{ network(plans: ["${OPEN_ID}"], types: [Agency]) { nodes { id verified complete } } }`);
    const marks = new Map(data.network.nodes.map((n: { id: string; verified: boolean; complete: boolean | null }) => [n.id, n]));
    expect(marks.get(DONRE)).toEqual({ id: DONRE, verified: false, complete: null });
    expect(marks.get('nghe-an/so-xay-dung')).toEqual({ id: 'nghe-an/so-xay-dung', verified: true, complete: null });
  });

  it('becomes verified when a plan parsed with the glossary entry names it, and stays so', async () => {
    await importPlan(driver, parse(otherProvince(seedText), glossary));
    const verified = await query(`{ agencies(where: { id: { eq: "${DONRE}" } }) { verified recognisedBy } }`);
    expect(verified.agencies).toEqual([{ verified: true, recognisedBy: null }]);
    // Re-imported from the old parse, the body the glossary now knows is not demoted.
    await importPlan(driver, parse(otherProvince(seedText), withoutDonre()));
    const again = await query(`{ agencies(where: { id: { eq: "${DONRE}" } }) { verified } }`);
    expect(again.agencies).toEqual([{ verified: true }]);
  });
});

describe('a cut-off plan', () => {
  it('is stored and answered as incomplete, with the line where its text ends and the weakness it stops in', async () => {
    const data = await query(`{
      plans(where: { id: { eq: "${CUT_ID}" } }, limit: 1) { complete truncatedAt sections(limit: 10) { weaknesses(limit: 10, sort: [{ order: ASC }]) { code complete } } }
    }`);
    const [plan] = data.plans;
    expect(plan.complete).toBe(false);
    expect(plan.truncatedAt).toBeGreaterThan(90);
    expect(plan.sections.flatMap((s: { weaknesses: { code: string; complete: boolean }[] }) => s.weaknesses)).toEqual([
      { code: 'I.1', complete: true },
      { code: 'I.2', complete: false },
    ]);
    const network = await query(`{ network(plans: ["${CUT_ID}"], types: [Plan, Weakness]) { nodes { id type complete } } }`);
    expect(network.network.nodes.filter((n: { complete: boolean }) => n.complete === false).map((n: { id: string }) => n.id)).toEqual([
      CUT_ID,
      `${CUT_ID}#I.2`,
    ]);
  });

  it('leaves whole plans complete', async () => {
    const data = await query(`{ plans(where: { id: { eq: "thanh-hoa/83-KH-UBND/2022" } }) { complete truncatedAt } }`);
    expect(data.plans).toEqual([{ complete: true, truncatedAt: null }]);
  });
});

describe('data stored before the marks existed', () => {
  it('reads as verified and complete after the schema is applied at start-up', async () => {
    await driver.executeQuery('MATCH (a:Agency {id: $id}) REMOVE a.verified', { id: 'nghe-an/so-xay-dung' });
    await driver.executeQuery('MATCH (p:Plan {id: $id}) REMOVE p.complete', { id: OPEN_ID });
    await applySchema(driver, loadCypher('schema'));
    const data = await query(`{
      agencies(where: { id: { eq: "nghe-an/so-xay-dung" } }) { verified }
      plans(where: { id: { eq: "${OPEN_ID}" } }) { complete }
    }`);
    expect(data).toEqual({ agencies: [{ verified: true }], plans: [{ complete: true }] });
  });
});
