/**
 * `npm run import -- <file...> [--dry-run] [--json out.json] [--glossary path]`
 * `npm run import -- --remove <plan-id>`
 *
 * Parses each plan, prints what it found (counts per label and relationship type, then every
 * warning with its source line), and loads each plan in one transaction of its own. Every file is
 * parsed before anything is written, so one bad file leaves the database untouched.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../graph/config.ts';
import { connectNeo4j } from '../graph/connection.ts';
import { importPlan, removePlan } from '../graph/import-plan.ts';
import { loadGlossary, readPlanFile } from '../graph/plan-source.ts';
import { applySchema, loadCypher } from '../graph/schema.ts';
import { summarizeParse } from '../ingest/parse-plan.ts';
import type { ParsedPlan } from '../ingest/types.ts';

const usage = `usage: npm run import -- <plan-file...> [--dry-run] [--json <out.json>] [--glossary <agencies.json>]
       npm run import -- --remove <plan-id>     (e.g. thanh-hoa/83-KH-UBND/2022)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'string' },
      glossary: { type: 'string' },
      remove: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.remove) return remove(values.remove);
  if (positionals.length === 0) {
    console.error(usage);
    return 2;
  }

  const glossary = await loadGlossary(values.glossary);
  const parsed: ParsedPlan[] = [];
  for (const file of positionals) {
    const started = performance.now();
    const plan = await readPlanFile(file, glossary);
    parsed.push(plan);
    console.log(`\n${file}: plan ${plan.plan.symbol} (${plan.plan.province}, ${plan.plan.date}) parsed in ${ms(started)}`);
    printReport(plan);
  }

  if (values.json) {
    await writeFile(values.json, JSON.stringify(parsed.length === 1 ? parsed[0] : parsed, null, 2));
    console.log(`\nparsed records written to ${values.json}`);
  }
  if (values['dry-run']) {
    console.log('\n--dry-run: nothing written to Neo4j.');
    return 0;
  }

  const connection = await connectNeo4j(loadConfig(), (line) => console.log(line));
  try {
    await applySchema(connection.driver, loadCypher('schema'));
    for (const plan of parsed) {
      const started = performance.now();
      const result = await importPlan(connection.driver, plan);
      console.log(
        `${result.replaced ? 'replaced' : 'imported'} ${plan.plan.symbol} as ${result.planId} in ${ms(started)}` +
          (result.orphansRemoved ? ` (${result.orphansRemoved} shared nodes no longer cited removed)` : ''),
      );
    }
  } finally {
    await connection.close();
  }
  return 0;
}

async function remove(planId: string): Promise<number> {
  const connection = await connectNeo4j(loadConfig(), (line) => console.log(line));
  try {
    if (!(await removePlan(connection.driver, planId))) {
      console.error(`no plan with id "${planId}" is stored (ids look like thanh-hoa/83-KH-UBND/2022)`);
      return 1;
    }
    console.log(`removed plan ${planId} and the agencies and documents no other plan uses`);
    return 0;
  } finally {
    await connection.close();
  }
}

function printReport(plan: ParsedPlan): void {
  const summary = summarizeParse(plan);
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, count]) => `  ${name.padEnd(16)} ${String(count).padStart(6)}`)
      .join('\n');
  console.log(`nodes:\n${table(summary.nodes)}\nrelationships:\n${table(summary.relationships)}`);
  if (plan.warnings.length === 0) {
    console.log('warnings: none');
    return;
  }
  console.log(`warnings (${plan.warnings.length}):`);
  for (const warning of plan.warnings) {
    console.log(`  ${plan.plan.provenance.sourceFile}:${warning.line} [${warning.kind}] ${warning.message}`);
  }
}

function ms(started: number): string {
  return `${Math.round(performance.now() - started)} ms`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error('nothing was written for the plan that failed.');
    process.exit(1);
  },
);
