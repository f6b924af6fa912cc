/**
 * `npm run import -- <file...> [--dry-run] [--json out.json] [--glossary path] [--allow-partial]`
 * `npm run import -- --remove <plan-id>`
 *
 * Reads each file by its content (plain text in any usual Vietnamese encoding, a saved web page,
 * .docx, .doc, a PDF with a text layer), parses the plan, prints what it found (how the file was
 * read, counts per label and relationship type, then every warning with its line, and page and
 * paragraph for Word and PDF files), and loads each plan in one transaction of its own. Every
 * file is parsed before anything is written, so one bad file leaves the database untouched. A
 * plan that stops before its end is refused, with where it ends, unless --allow-partial is given.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../graph/config.ts';
import { connectNeo4j } from '../graph/connection.ts';
import { importPlan, removePlan } from '../graph/import-plan.ts';
import { loadGlossary, readPlanDocument } from '../graph/plan-source.ts';
import { where, type ParsedDocument } from '../ingest/documents/parse-document.ts';
import { applySchema, loadCypher } from '../graph/schema.ts';
import { glossarySuggestionReport } from '../ingest/agencies.ts';
import { summarizeParse } from '../ingest/parse-plan.ts';

const usage = `usage: npm run import -- <plan-file...> [--dry-run] [--json <out.json>] [--glossary <agencies.json>] [--allow-partial]
       (files: .txt in UTF-8/UTF-16/Windows-1258/TCVN3/VNI, .html, .docx, .doc, .pdf with a text layer)
       npm run import -- --remove <plan-id>     (e.g. thanh-hoa/83-KH-UBND/2022)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'string' },
      glossary: { type: 'string' },
      remove: { type: 'string' },
      'allow-partial': { type: 'boolean', default: false },
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
  const documents: ParsedDocument[] = [];
  for (const file of positionals) {
    const started = performance.now();
    const read = await readPlanDocument(file, glossary, { allowPartial: values['allow-partial'] });
    documents.push(read);
    const { plan } = read.parsed;
    console.log(`\n${file}: ${describeSource(read)}; plan ${plan.symbol} (${plan.province}, ${plan.date}) read and parsed in ${ms(started)}`);
    printReport(read);
  }
  const parsed = documents.map((read) => read.parsed);

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

/** "read as pdf (32 pages)", "read as text (tcvn3)". */
function describeSource({ document }: ParsedDocument): string {
  const pages = document.locations ? Math.max(0, ...document.locations.map((location) => location?.page ?? 0)) : 0;
  const detail = [document.encoding, pages > 0 ? `${pages} pages` : null].filter(Boolean).join(', ');
  return `read as ${document.format}${detail ? ` (${detail})` : ''}`;
}

function printReport({ parsed: plan, document }: ParsedDocument): void {
  const summary = summarizeParse(plan);
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, count]) => `  ${name.padEnd(16)} ${String(count).padStart(6)}`)
      .join('\n');
  console.log(`nodes:\n${table(summary.nodes)}\nrelationships:\n${table(summary.relationships)}`);
  for (const line of glossarySuggestionReport(plan.agencies)) console.log(line);
  if (plan.warnings.length === 0) {
    console.log('warnings: none');
    return;
  }
  console.log(`warnings (${plan.warnings.length}):`);
  for (const warning of plan.warnings) {
    console.log(`  ${plan.plan.provenance.sourceFile}:${warning.line}${where(document, warning.line)} [${warning.kind}] ${warning.message}`);
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
