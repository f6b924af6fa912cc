import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateGlossary } from '../../../server/src/ingest/glossary.ts';
import { parsePlan } from '../../../server/src/ingest/parse-plan.ts';
import type { Glossary, ParsedPlan, TaskRecord, WeaknessRecord } from '../../../server/src/ingest/types.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export const SEED_FILE = '83-KH-UBND-2022.page.txt';
export const seedText = readFileSync(`${root}seeds/${SEED_FILE}`, 'utf8');
export const glossary: Glossary = validateGlossary(JSON.parse(readFileSync(`${root}seeds/agencies.json`, 'utf8')));

export function fixture(name: string): string {
  return readFileSync(`${root}tests/fixtures/${name}`, 'utf8');
}

export function parse(text: string, sourceFile = SEED_FILE): ParsedPlan {
  return parsePlan(text, { sourceFile, glossary });
}

export const PLAN = 'thanh-hoa/83-KH-UBND/2022';
export const TH = (key: string) => `thanh-hoa/${key}`;

export function weaknesses(parsed: ParsedPlan): WeaknessRecord[] {
  return parsed.plan.sections.flatMap((s) => s.weaknesses);
}

export function weakness(parsed: ParsedPlan, code: string): WeaknessRecord {
  const found = weaknesses(parsed).find((w) => w.code === code);
  if (!found) throw new Error(`no weakness ${code}`);
  return found;
}

export function tasks(parsed: ParsedPlan): TaskRecord[] {
  return weaknesses(parsed).flatMap((w) => w.tasks);
}

/** The 1-based line of the first line of `text` starting with `start`. */
export function lineOf(text: string, start: string): number {
  const index = text.split('\n').findIndex((l) => l.trim().startsWith(start));
  if (index < 0) throw new Error(`no line starting with ${start}`);
  return index + 1;
}
