/**
 * Recurrence links written at import: each weakness of the plan being written is compared with the
 * weaknesses of the same province's other plans, and the pairs that are the same weakness get
 * `(earlier)-[:RECURS_IN {score, method, terms}]->(later)`, ordered by the plans' dates.
 *
 * Same province only: a weakness "recurs" when the body that was told to fix it faces it again;
 * a similar weakness in another province is another province's problem (comparePlans still pairs
 * them on demand). Scores depend on the two plans alone (see similarity.ts), so re-importing a
 * plan replaces exactly its own links (its weaknesses are deleted with them and written again),
 * removing a plan removes its links with its weaknesses, and no other link ever needs recomputing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from './schema.ts';
import { matchWeaknesses, RECURRENCE_METHOD, weaknessWords, type WeaknessText, type WeaknessWords } from './similarity.ts';

const statements = {
  candidates: loadCypher('import/recurrence-candidates'),
  link: loadCypher('import/link-recurrences'),
  storeWords: loadCypher('import/store-comparison-words'),
  lockProvince: loadCypher('import/lock-province'),
};

/** The province part of a plan id ("thanh-hoa/83-KH-UBND/2022" → "thanh-hoa"). */
const provinceOf = (planId: string) => planId.split('/')[0]!;

/**
 * Waits for, then holds to the commit, the write lock of the plan's province: imports and removals
 * of one province's plans then run one after another, and each links against the others' committed
 * plans (see cypher/import/lock-province.cypher). Call it first in the transaction, before any
 * other write, so that no two transactions wait on each other.
 */
export async function lockProvince(tx: ManagedTransaction, planId: string): Promise<void> {
  await tx.run(statements.lockProvince, { province: provinceOf(planId), planId });
}

/** The plan being written, as the comparison needs it. */
export interface PlanWeaknesses {
  id: string;
  /** ISO date of issue: it decides which plan is the earlier. */
  date: string;
  weaknesses: WeaknessText[];
}

/** True when plan `a` comes before plan `b`: by date, then by id so that same-day plans still have an order. */
export function isEarlier(a: { id: string; date: string }, b: { id: string; date: string }): boolean {
  return a.date < b.date || (a.date === b.date && a.id < b.id);
}

/**
 * Compares the plan with the province's other stored plans and writes the links, and stores what
 * the method read of the plan (its weaknesses' words, the method's name); returns how many links.
 */
export async function linkRecurrences(tx: ManagedTransaction, plan: PlanWeaknesses): Promise<number> {
  const provincePrefix = `${provinceOf(plan.id)}/`;
  const result = await tx.run(statements.candidates, { provincePrefix, planId: plan.id, method: RECURRENCE_METHOD });
  const others = new Map<string, { id: string; date: string; weaknesses: (WeaknessText | WeaknessWords)[] }>();
  for (const record of result.records) {
    const planId = record.get('planId') as string;
    const other = others.get(planId) ?? { id: planId, date: record.get('date') as string, weaknesses: [] };
    const id = record.get('id') as string;
    other.weaknesses.push(
      record.get('stored') === true
        ? { id, statementWords: record.get('statementWords') as string, contextWords: record.get('contextWords') as string }
        : { id, statement: record.get('statement') as string, causes: record.get('causes') as string[], tasks: record.get('tasks') as string[] },
    );
    others.set(planId, other);
  }
  const words = plan.weaknesses.map(weaknessWords);
  const rows = [...others.values()].flatMap((other) =>
    isEarlier(other, plan) ? matchWeaknesses(other.weaknesses, words) : matchWeaknesses(words, other.weaknesses),
  );
  if (rows.length > 0) await tx.run(statements.link, { rows, method: RECURRENCE_METHOD });
  await tx.run(statements.storeWords, { planId: plan.id, words, method: RECURRENCE_METHOD });
  return rows.length;
}
