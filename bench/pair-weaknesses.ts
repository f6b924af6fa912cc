/**
 * `npx tsx bench/pair-weaknesses.ts` — the recurrence method's own cost, without Neo4j: pairing
 * the seed plan's weaknesses with those of a plan of another province (the demo series' first,
 * made from the seed), as comparePlans does for plans of two provinces. Times matchWeaknesses from
 * the texts (an older import) and from the words the importer stores (weaknessWords), and the
 * storing itself; medians of RUNS runs after a warm-up. Prints ms.
 */
import { readFileSync } from 'node:fs';
import { loadGlossary, seedPlanPath } from '../server/src/graph/plan-source.ts';
import { matchWeaknesses, weaknessWords, type WeaknessText } from '../server/src/graph/similarity.ts';
import { parsePlan } from '../server/src/ingest/parse-plan.ts';
import type { ParsedPlan } from '../server/src/ingest/types.ts';
import { demoSeries } from '../server/src/synthetic/demo-series.ts';

const RUNS = 200;

const glossary = await loadGlossary();
const seedText = readFileSync(seedPlanPath, 'utf8');
const other = demoSeries(seedText, glossary)[0]!;
const texts = (plan: ParsedPlan): WeaknessText[] =>
  plan.plan.sections
    .flatMap((section) => section.weaknesses)
    .map((w) => ({ id: w.id, statement: w.statement, causes: w.causes.map((c) => c.text), tasks: w.tasks.map((t) => t.text) }));
const a = texts(parsePlan(seedText, { sourceFile: 'seed', glossary }));
const b = texts(parsePlan(other.text, { sourceFile: other.fileName, glossary }));
const [aWords, bWords] = [a.map(weaknessWords), b.map(weaknessWords)];

function median(work: () => unknown): number {
  for (let i = 0; i < 20; i++) work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((x, y) => x - y)[Math.floor(RUNS / 2)]!;
}

const pairs = matchWeaknesses(a, b).length;
console.log(`${a.length} × ${b.length} weaknesses (${pairs} pairs), median of ${RUNS} runs:`);
console.log(`  from texts        ${median(() => matchWeaknesses(a, b)).toFixed(2)} ms`);
console.log(`  from stored words ${median(() => matchWeaknesses(aWords, bWords)).toFixed(2)} ms`);
console.log(`  storing the words of both plans (weaknessWords) ${median(() => [...a, ...b].map(weaknessWords)).toFixed(2)} ms`);
