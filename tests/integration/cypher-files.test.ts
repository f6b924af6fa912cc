import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/graph/config.ts';
import { applySchema, loadCypher } from '../../server/src/graph/schema.ts';
import { testDriver } from './helpers.ts';

const cypherDir = join(repoRoot, 'cypher');

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

/** Overviews, the plan network and re-import bookkeeping read every node of a label by design. */
const scansAllowed = new Set([
  'data-loaded',
  'plan-network',
  'overview-agency-load',
  'overview-most-cited',
  'overview-node-counts',
  'overview-plans',
  'overview-relationship-counts',
  'overview-weaknesses-by-deadline',
  'overview-weaknesses-by-section',
]);

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver, loadCypher('schema'));
});

afterAll(async () => {
  await driver.close();
});

describe('every Cypher file in cypher/', () => {
  it('is found', () => {
    expect(statements).toContain('agency-duties');
    expect(statements).toContain('import/create-tasks');
  });

  it.each(statements)('%s compiles (EXPLAIN) and starts from an index, not a label scan', async (name) => {
    const cypher = loadCypher(name);
    // EXPLAIN plans without running; every parameter is given, as null, so none is reported missing.
    const params = Object.fromEntries([...cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => [match[1], null]));
    const result = await driver.executeQuery(`EXPLAIN ${cypher}`, params);
    const plan = result.summary.plan as unknown as PlanNode;
    expect(plan).toBeTruthy();
    const used = operators(plan).map((operator) => operator.replace(/@.*$/, ''));
    expect(used.length).toBeGreaterThan(0);
    if (!scansAllowed.has(name)) {
      expect(
        used.filter((operator) => /AllNodesScan|NodeByLabelScan/.test(operator)),
        name,
      ).toEqual([]);
    }
  });
});
