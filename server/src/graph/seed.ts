import type { Driver } from 'neo4j-driver';
import { importPlan } from './import-plan.ts';
import { loadGlossary, readPlanFile, seedPlanPath } from './plan-source.ts';
import { loadCypher } from './schema.ts';

/**
 * Imports the seed plan when the database holds no plan, so that a newcomer's first start shows
 * something. A database that already has plans is left as it is.
 */
export async function importSeedIfEmpty(driver: Driver, log: (line: string) => void): Promise<boolean> {
  const result = await driver.executeQuery(loadCypher('data-loaded'), {}, { routing: 'READ' });
  const plans = Number(result.records[0]?.get('plans') ?? 0);
  if (plans > 0) {
    log(`database holds ${plans} plan(s); seed import skipped`);
    return false;
  }
  const started = performance.now();
  const parsed = await readPlanFile(seedPlanPath, await loadGlossary());
  await importPlan(driver, parsed);
  log(`seed plan ${parsed.plan.symbol} (${parsed.plan.province}) imported in ${Math.round(performance.now() - started)} ms`);
  return true;
}
