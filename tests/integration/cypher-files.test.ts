import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/graph/config.ts';
import { importPlan, removePlan } from '../../server/src/graph/import-plan.ts';
import { loadGlossary, readPlanFile, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { applySchema, loadCypher } from '../../server/src/graph/schema.ts';
import { testDriver } from './helpers.ts';

const cypherDir = join(repoRoot, 'cypher');
const SEED_ID = 'thanh-hoa/83-KH-UBND/2022';

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cypherFiles(join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [join(dir, entry.name)] : [],
  );
}

/** Statement name as loadCypher takes it: path under cypher/ without the extension. */
const statements = cypherFiles(cypherDir)
  .map((file) => relative(cypherDir, file).replace(/\.cypher$/, ''))
  .filter((name) => name !== 'schema')
  .sort();

/**
 * Statements allowed to read every node of a label. None, now: the overview's counts come from
 * the count store and its rankings start from an index (reading every agency or document through
 * it); the plan network starts from the plan_id index. A statement that must scan is named here,
 * with why.
 */
const scansAllowed = new Set<string>([]);

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/** The plan's operators that read every node or relationship, or all of a label or type. */
function scans(plan: PlanNode): string[] {
  const operator = plan.operatorType.replace(/@.*$/, '');
  const scan = /AllNodesScan|NodeByLabelScan|AllRelationshipsScan|RelationshipTypeScan/.test(operator);
  return [...(scan ? [operator] : []), ...plan.children.flatMap(scans)];
}

/** EXPLAIN plans without running; every parameter is given, as null, so none is reported missing. */
async function explain(cypher: string): Promise<PlanNode> {
  const params = Object.fromEntries([...cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => [match[1], null]));
  const result = await driver.executeQuery(`EXPLAIN ${cypher}`, params);
  return result.summary.plan as unknown as PlanNode;
}

let driver: Driver;

// The planner chooses by the data's statistics: plan over a real plan's graph, not an empty database.
beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, loadCypher('schema'));
  await importPlan(driver, await readPlanFile(seedPlanPath, await loadGlossary()));
});

afterAll(async () => {
  await removePlan(driver, SEED_ID);
  await driver.close();
});

describe('the checks themselves', () => {
  it('see a label scan, and a scan of every node, where the plan has one', async () => {
    expect(scans(await explain('MATCH (t:Task) WHERE t.text = $text RETURN t'))).toEqual(['NodeByLabelScan']);
    expect(scans(await explain('MATCH (n) WHERE n.text = $text RETURN n'))).toEqual(['AllNodesScan']);
    expect(scans(await explain('MATCH (t:Task {id: $id}) RETURN t'))).toEqual([]);
  });

  it('refuse a statement that does not compile', async () => {
    await expect(explain('MATCH (n:Task RETURN n')).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
  });
});

describe('every Cypher file in cypher/', () => {
  it('is found', () => {
    expect(statements).toContain('agency-duties');
    expect(statements).toContain('import/create-tasks');
  });

  it.each(statements)('%s compiles (EXPLAIN) and starts from an index, not a label scan', async (name) => {
    const found = scans(await explain(loadCypher(name)));
    if (scansAllowed.has(name)) {
      // The allowance is for statements that do scan: one that no longer does leaves the list.
      expect(found, `${name} no longer scans: remove it from scansAllowed`).not.toEqual([]);
    } else {
      expect(found, name).toEqual([]);
    }
  });
});
