/** The bench's import: plan files through the real parser and importer, timed; and the size of the graph they make. */
import neo4j, { type Driver } from 'neo4j-driver';
import { importPlan } from '../server/src/graph/import-plan.ts';
import { readPlanFile } from '../server/src/graph/plan-source.ts';
import { summarizeParse } from '../server/src/ingest/parse-plan.ts';
import type { Glossary, ParsedPlan } from '../server/src/ingest/types.ts';
import type { ImportFigures, ScaleFigures } from './report.ts';

/** Parses and imports plan files one by one, timing each step apart. */
export async function importFiles(driver: Driver, paths: string[], glossary: Glossary, onImported?: (done: number) => void): Promise<ImportFigures> {
  let parseMs = 0;
  let importMs = 0;
  let nodes = 0;
  let relationships = 0;
  for (const [index, path] of paths.entries()) {
    const t0 = performance.now();
    const parsed: ParsedPlan = await readPlanFile(path, glossary);
    const t1 = performance.now();
    await importPlan(driver, parsed);
    const t2 = performance.now();
    parseMs += t1 - t0;
    importMs += t2 - t1;
    const summary = summarizeParse(parsed);
    nodes += Object.values(summary.nodes).reduce((a, b) => a + b, 0);
    relationships += Object.values(summary.relationships).reduce((a, b) => a + b, 0);
    onImported?.(index + 1);
  }
  const seconds = (parseMs + importMs) / 1000;
  return {
    plans: paths.length,
    parseMs,
    importMs,
    nodes,
    relationships,
    plansPerSecond: paths.length / seconds,
    elementsPerSecond: (nodes + relationships) / (importMs / 1000),
  };
}

/** Plans, nodes and relationships in the database. */
export async function graphSize(driver: Driver): Promise<ScaleFigures['graph']> {
  const count = async (cypher: string) => neo4j.integer.toNumber((await driver.executeQuery(cypher)).records[0]!.get('n'));
  return {
    plans: await count('MATCH (p:Plan) RETURN count(p) AS n'),
    nodes: await count('MATCH (x) RETURN count(x) AS n'),
    relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
  };
}
