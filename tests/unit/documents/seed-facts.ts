/**
 * The facts of the seed plan that every rendering of it must keep: what the parser finds in
 * seeds/83-KH-UBND-2022.page.txt (itself pinned by tests/unit/ingest/seed-plan.test.ts).
 */
import { expect } from 'vitest';
import { readDocument } from '../../../server/src/ingest/documents/read-document.ts';
import type { DocumentText } from '../../../server/src/ingest/documents/document-text.ts';
import type { ParsedPlan } from '../../../server/src/ingest/types.ts';
import { parse, seedText, TH, tasks, weaknesses } from '../ingest/helpers.ts';

const seed = parse(seedText);

/** Per weakness: code, statement, lead and coordinating bodies, and each task's owners. */
function responsibilities(parsed: ParsedPlan) {
  return weaknesses(parsed).map((w) => ({
    code: w.code,
    statement: w.statement,
    lead: w.leadAgencyIds,
    coordinating: w.coordinatingAgencyIds,
    tasks: w.tasks.map((t) => [t.assignedAgencyIds, t.involvedAgencyIds]),
    causes: w.causes.length,
  }));
}

/** Asserts that a parse of a rendering of the seed holds the seed's facts. */
export function expectSeedFacts(parsed: ParsedPlan): void {
  expect(parsed.plan.id).toBe('thanh-hoa/83-KH-UBND/2022');
  expect(parsed.plan.date).toBe('2022-03-24');
  expect(parsed.plan.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH THANH HÓA');
  expect(parsed.plan.signer).toBe('Đỗ Minh Tuấn');
  expect(weaknesses(parsed)).toHaveLength(30);
  // The count itself (164) is pinned by the seed plan's own test.
  expect(tasks(parsed)).toHaveLength(tasks(seed).length);
  const donre = TH('so-tai-nguyen-va-moi-truong');
  expect(tasks(parsed).filter((t) => t.assignedAgencyIds.includes(donre))).toHaveLength(13);
  expect(parsed.references.filter((r) => r.symbol)).toHaveLength(66);
  expect(parsed.references.map((r) => r.key)).toEqual(seed.references.map((r) => r.key));
  expect(responsibilities(parsed)).toEqual(responsibilities(seed));
}

/** Asserts that a parse holds the same weaknesses, units, tasks and references as `expected` (another rendering of the same text). */
export function expectSameFacts(parsed: ParsedPlan, expected: ParsedPlan): void {
  expect(responsibilities(parsed)).toEqual(responsibilities(expected));
  expect(tasks(parsed)).toHaveLength(tasks(expected).length);
  const donre = TH('so-tai-nguyen-va-moi-truong');
  expect(tasks(parsed).filter((t) => t.assignedAgencyIds.includes(donre))).toHaveLength(13);
  expect(parsed.references.map((r) => r.key)).toEqual(expected.references.map((r) => r.key));
}

/** Reads bytes as a document and parses it as a plan. */
export async function readAndParse(bytes: Uint8Array, fileName: string): Promise<{ document: DocumentText; parsed: ParsedPlan }> {
  const document = await readDocument(bytes, fileName);
  return { document, parsed: parse(document.text, fileName) };
}
