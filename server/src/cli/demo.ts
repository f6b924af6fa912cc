/**
 * `npm run demo [-- --remove | --write <dir>]`
 *
 * Loads the demo series into the database `npm start` uses: three synthetic plans of one province
 * over consecutive years, made from the seed by named edits (server/src/synthetic/demo-series.ts),
 * so the explorer's views over time have something to show. Every plan is marked synthetic, in the
 * data and in the explorer. The seed plan is imported too when the database holds no plan.
 * `npm start` never loads the series; run this with the server stopped (the embedded Neo4j's
 * store is locked while it runs), or point NEO4J_URI at a running Neo4j.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isExpectedError } from '../../../shared/errors.ts';
import { loadConfig } from '../graph/config.ts';
import { connectNeo4j } from '../graph/connection.ts';
import { importPlan, removePlan } from '../graph/import-plan.ts';
import { loadGlossary, seedPlanPath } from '../graph/plan-source.ts';
import { applySchema, loadCypher } from '../graph/schema.ts';
import { importSeedIfEmpty } from '../graph/seed.ts';
import { parsePlan } from '../ingest/parse-plan.ts';
import { DEMO_PROVINCE, demoSeries } from '../synthetic/demo-series.ts';

const usage = `usage: npm run demo                  load the synthetic demo series (${DEMO_PROVINCE}, three years)
       npm run demo -- --remove      remove it again
       npm run demo -- --write <dir> only write its texts to <dir> (to try the explorer's Import panel)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { remove: { type: 'boolean', default: false }, write: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const glossary = await loadGlossary();
  const series = demoSeries(await readFile(seedPlanPath, 'utf8'), glossary);
  const parsed = series.map((plan) => parsePlan(plan.text, { sourceFile: plan.fileName, glossary }));

  if (values.write) {
    const dir = resolve(values.write);
    await mkdir(dir, { recursive: true });
    for (const plan of series) await writeFile(join(dir, plan.fileName), plan.text);
    console.log(`wrote ${series.length} synthetic plans to ${dir}: ${series.map((plan) => plan.fileName).join(', ')}`);
    return 0;
  }

  const connection = await connectNeo4j(loadConfig(), (line) => console.log(line));
  try {
    await applySchema(connection.driver, loadCypher('schema'));
    if (values.remove) {
      for (const { plan } of parsed) console.log(`${(await removePlan(connection.driver, plan.id)) ? 'removed' : 'not stored:'} ${plan.id}`);
      return 0;
    }
    await importSeedIfEmpty(connection.driver, (line) => console.log(line));
    for (const plan of parsed) {
      const started = performance.now();
      const result = await importPlan(connection.driver, plan);
      console.log(
        `${result.replaced ? 'replaced' : 'imported'} ${result.planId} (synthetic) in ${Math.round(performance.now() - started)} ms, ` +
          `${result.recurrences} recurrence link${result.recurrences === 1 ? '' : 's'} to earlier or later plans`,
      );
    }
    console.log(`\ndemo series loaded. npm start, then open the explorer: the plans of ${DEMO_PROVINCE} are marked synthetic.`);
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (isExpectedError(error)) console.error(`demo failed: ${error.message}`);
    else console.error('demo failed with an unexpected error:', error);
    process.exit(1);
  },
);
