/**
 * `npx tsx bench/parse-seed.ts` — the seed plan's parse time as `npm run bench` measures it (the
 * seed row's "parse" column: readPlanFile, the first parse in a fresh process), without starting
 * Neo4j, the server or the corpus. Runs PARSE_RUNS fresh processes (default 7); each times its
 * first parse (wall and CPU time; CPU time suffers less from a busy machine) and then the median
 * of 10 more. Prints the medians over the processes.
 * Issue 10's budget: the first parse no worse than 1.2 × the 121 ms of bench/results/2026-11-26.
 * Machines here are shared and noisy: for a fair ratio, run this script on the old parser too, in
 * the same minutes (`git archive 65c53dd | tar -x -C /tmp/old`, link node_modules, copy this file).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadGlossary, readPlanFile, seedPlanPath } from '../server/src/graph/plan-source.ts';

/** One process's figures (ms): the first parse's wall and CPU time, and the median warm parse. */
interface Measure {
  first: number;
  firstCpu: number;
  warm: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

if (process.argv.includes('--one')) {
  const glossary = await loadGlossary();
  const started = performance.now();
  const cpu = process.cpuUsage();
  await readPlanFile(seedPlanPath, glossary);
  const first = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await readPlanFile(seedPlanPath, glossary);
    warm.push(performance.now() - t);
  }
  console.log(JSON.stringify({ first, firstCpu: (user + system) / 1000, warm: median(warm) }));
} else {
  const runs = Number(process.env.PARSE_RUNS ?? 7);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`PARSE_RUNS must be a whole number above 0 (got "${process.env.PARSE_RUNS}")`);
  const results: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    // The same Node flags (tsx's loader), a fresh process: the first parse pays for compiling the parser, as in the bench.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one'], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`the measuring process failed:\n${child.stderr}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measure);
  }
  const [first, firstCpu, warm] = (['first', 'firstCpu', 'warm'] as const).map((field) => median(results.map((r) => r[field])));
  console.log(
    `seed parse (readPlanFile), median of ${runs} fresh processes: first ${first!.toFixed(0)} ms (CPU ${firstCpu!.toFixed(0)} ms), warm ${warm!.toFixed(1)} ms`,
  );
  console.log(`first parse / 121 ms (bench/results/2026-11-26): ${(first! / 121).toFixed(2)}× (budget 1.2×)`);
}
