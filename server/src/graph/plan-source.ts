import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { validateGlossary } from '../ingest/glossary.ts';
import { parsePlan } from '../ingest/parse-plan.ts';
import { PlanParseError, type Glossary, type ParsedPlan } from '../ingest/types.ts';
import { repoRoot } from './config.ts';

/** The agency glossary shipped with the project: reviewable data in `seeds/`. */
export const defaultGlossaryPath = join(repoRoot, 'seeds', 'agencies.json');

/** The seed plan imported by `npm start` into an empty database. */
export const seedPlanPath = join(repoRoot, 'seeds', '83-KH-UBND-2022.page.txt');

export async function loadGlossary(path = defaultGlossaryPath): Promise<Glossary> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the agency glossary ${path}: ${(error as Error).message}`, { cause: error });
  }
  return validateGlossary(json);
}

/**
 * Reads and parses one plan file. Refuses files that are not UTF-8 text before the parser sees
 * them, naming the file and the reason.
 */
export async function readPlanFile(path: string, glossary: Glossary): Promise<ParsedPlan> {
  const sourceFile = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new PlanParseError(sourceFile, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (bytes.length === 0) throw new PlanParseError(sourceFile, 'the file is empty');
  if (bytes.includes(0)) throw new PlanParseError(sourceFile, 'the file is binary (it contains NUL bytes), not a plan text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PlanParseError(sourceFile, 'the file is not valid UTF-8 text');
  }
  return parsePlan(text, { sourceFile, glossary });
}
