import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, removePlan, toImportRows, writePlan } from '../../server/src/graph/import-plan.ts';
import { loadGlossary, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { applySchema, loadCypher } from '../../server/src/graph/schema.ts';
import { parsePlan, summarizeParse } from '../../server/src/ingest/parse-plan.ts';
import type { Glossary, ParsedPlan } from '../../server/src/ingest/types.ts';
import { testDriver } from './helpers.ts';

const SEED_ID = 'thanh-hoa/83-KH-UBND/2022';
const VARIANT_ID = 'nghe-an/83-KH-UBND/2022';
const DONRE = 'thanh-hoa/so-tai-nguyen-va-moi-truong';

let driver: Driver;
let glossary: Glossary;
let seedText: string;
let seed: ParsedPlan;

/** Counts per label and relationship type over the whole database. */
async function graphCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const label of ['Plan', 'Section', 'Weakness', 'Cause', 'Task', 'Agency', 'PolicyReference']) {
    const result = await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS c`);
    counts[label] = result.records[0]!.get('c').toNumber();
  }
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS c');
  for (const record of rels.records) counts[record.get('type') as string] = record.get('c').toNumber();
  return counts;
}

/** The same plan as if another province had issued it: real text, other names. */
function provinceVariant(text: string): string {
  return text.replaceAll('THANH HÓA', 'NGHỆ AN').replaceAll('Thanh Hóa', 'Nghệ An');
}

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, loadCypher('schema'));
  glossary = await loadGlossary();
  seedText = await readFile(seedPlanPath, 'utf8');
  seed = parsePlan(seedText, { sourceFile: '83-KH-UBND-2022.page.txt', glossary });
  await removePlan(driver, SEED_ID);
  await removePlan(driver, VARIANT_ID);
});

afterAll(async () => {
  await removePlan(driver, SEED_ID);
  await removePlan(driver, VARIANT_ID);
  await driver.close();
});

describe('importing the seed plan', () => {
  it('writes every parsed node and relationship', async () => {
    await importPlan(driver, seed);
    const counts = await graphCounts();
    const summary = summarizeParse(seed);
    for (const [label, count] of Object.entries(summary.nodes)) expect(counts[label], label).toBe(count);
    for (const [type, count] of Object.entries(summary.relationships)) expect(counts[type] ?? 0, type).toBe(count);
    expect(counts.Weakness).toBe(30);
    expect(counts.Section).toBe(9);
  });

  it('is idempotent: a second import gives the same counts', async () => {
    const before = await graphCounts();
    const result = await importPlan(driver, seed);
    expect(result.replaced).toBe(true);
    expect(await graphCounts()).toEqual(before);
  });

  it('links the Department of Natural Resources and Environment to the weaknesses and tasks the plan gives it', async () => {
    const led = await driver.executeQuery('MATCH (:Agency {id: $id})-[:LEADS]->(w:Weakness) RETURN w.code AS code ORDER BY code', { id: DONRE });
    expect(led.records.map((r) => r.get('code'))).toEqual(['V.1', 'VII.1', 'VII.2', 'VII.3']);
    const tasks = await driver.executeQuery('MATCH (t:Task)-[:ASSIGNED_TO]->(:Agency {id: $id}) RETURN t.lineStart AS line ORDER BY line', { id: DONRE });
    expect(tasks.records.map((r) => r.get('line').toNumber())).toEqual([517, 553, 589, 847, 849, 851, 885, 915, 917, 919, 921, 923, 967]);
  });

  it('keeps provenance on every node: source file, line range and verbatim text', async () => {
    const missing = await driver.executeQuery(
      `MATCH (n) WHERE (n:Section OR n:Weakness OR n:Cause OR n:Task OR n:PolicyReference OR n:Plan)
       AND (n.sourceFile IS NULL OR n.lineStart IS NULL OR n.lineEnd IS NULL OR n.sourceText IS NULL)
       RETURN count(n) AS c`,
    );
    expect(missing.records[0]!.get('c').toNumber()).toBe(0);
    const task = await driver.executeQuery('MATCH (t:Task)-[:ASSIGNED_TO]->(:Agency {id: $id}) WHERE t.lineStart = 885 RETURN t.sourceText AS text', {
      id: DONRE,
    });
    expect(task.records[0]!.get('text')).toContain('Sở Tài nguyên và Môi trường chủ trì, phối hợp với các đơn vị liên quan');
  });

  it('keeps both dates of a document whose mentions disagree', async () => {
    const result = await driver.executeQuery(
      `MATCH (:PolicyReference {symbol: '191/QĐ-UBND'})<-[c:CITES]-() RETURN DISTINCT toString(c.date) AS date ORDER BY date`,
    );
    expect(result.records.map((r) => r.get('date'))).toEqual(['2022-01-11', '2022-01-12']);
  });
});

describe('plans side by side', () => {
  it('shares national documents between provinces and keeps provincial ones apart', async () => {
    const variant = parsePlan(provinceVariant(seedText), { sourceFile: 'variant.txt', glossary });
    await importPlan(driver, variant);
    const national = await driver.executeQuery(
      `MATCH (r:PolicyReference {symbol: '43/2022/QH15'})<-[:CITES]-(x) RETURN count(DISTINCT r) AS refs, collect(DISTINCT x.planId) AS plans`,
    );
    expect(national.records[0]!.get('refs').toNumber()).toBe(1);
    expect([...(national.records[0]!.get('plans') as string[])].sort()).toEqual([VARIANT_ID, SEED_ID].sort());
    const provincial = await driver.executeQuery(`MATCH (r:PolicyReference {symbol: '79/KH-UBND'}) RETURN r.id AS id ORDER BY id`);
    expect(provincial.records.map((r) => r.get('id'))).toEqual(['nghe-an:79/KH-UBND', 'thanh-hoa:79/KH-UBND']);
  });

  it('re-importing a changed plan replaces only its own nodes', async () => {
    const variantCounts = async () =>
      (await driver.executeQuery('MATCH (n {planId: $id}) RETURN count(n) AS c', { id: VARIANT_ID })).records[0]!.get('c').toNumber();
    const before = await variantCounts();
    // The seed without its section IX: the changed plan loses IX's weaknesses, the other plan keeps its own.
    const cut = seedText.slice(0, seedText.indexOf('IX. VỀ QUỐC PHÒNG')) + seedText.slice(seedText.indexOf('C. TỔ CHỨC THỰC HIỆN'));
    const changed = parsePlan(cut, { sourceFile: '83-KH-UBND-2022.page.txt', glossary });
    await importPlan(driver, changed);
    const sections = await driver.executeQuery('MATCH (:Plan {id: $id})-[:HAS_SECTION]->(s) RETURN count(s) AS c', { id: SEED_ID });
    expect(sections.records[0]!.get('c').toNumber()).toBe(8);
    expect(await variantCounts()).toBe(before);
    await importPlan(driver, seed);
  });
});

describe('all or nothing', () => {
  it('leaves the database untouched when the import fails mid-way', async () => {
    const before = await graphCounts();
    const changed = parsePlan(seedText.replace('Sở Tài nguyên và Môi trường chủ trì, phối hợp', 'Sở Tư pháp chủ trì, phối hợp'), {
      sourceFile: '83-KH-UBND-2022.page.txt',
      glossary,
    });
    const session = driver.session();
    await expect(
      session.executeWrite((tx) =>
        writePlan(tx, toImportRows(changed), (step) => {
          if (step === 'tasks') throw new Error('injected failure after the tasks were written');
        }),
      ),
    ).rejects.toThrow('injected failure');
    await session.close();
    expect(await graphCounts()).toEqual(before);
    const tasks = await driver.executeQuery('MATCH (t:Task)-[:ASSIGNED_TO]->(:Agency {id: $id}) RETURN count(t) AS c', { id: DONRE });
    expect(tasks.records[0]!.get('c').toNumber()).toBe(13);
  });
});
