import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { validateGlossary } from '../ingest/glossary.ts';
import { parseDocument, type ParsedDocument } from '../ingest/documents/parse-document.ts';
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
 * Reads and parses one plan file of any supported format (see ingest/documents), deciding the
 * format by content. Refuses what cannot be read, naming the file and the reason.
 */
export async function readPlanDocument(path: string, glossary: Glossary, options: { allowPartial?: boolean } = {}): Promise<ParsedDocument> {
  const fileName = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new PlanParseError(fileName, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { fileName, glossary, ...options });
}

/** {@link readPlanDocument}, for callers that need only the plan. */
export async function readPlanFile(path: string, glossary: Glossary, options: { allowPartial?: boolean } = {}): Promise<ParsedPlan> {
  return (await readPlanDocument(path, glossary, options)).parsed;
}

/**
 * Parses a plan from a file's bytes (an upload): any type readDocument reads, decided by content,
 * with page and paragraph provenance; an incomplete plan is refused as the CLI refuses it.
 * Returns the plan and the text it was read from (for showing source lines beside what was read).
 */
export async function parsePlanBytes(bytes: Uint8Array, fileName: string, glossary: Glossary): Promise<{ plan: ParsedPlan; text: string }> {
  const { parsed, document } = await parseDocument(bytes, { fileName: basename(fileName), glossary });
  return { plan: parsed, text: document.text };
}
