import type { GraphReader } from '../../graph/query-runner.ts';
import { byPair, matchWeaknesses, RECURRENCE_METHOD, type WeaknessMatch, type WeaknessText, type WeaknessWords } from '../../graph/similarity.ts';
import { badInput, boundedText, ErrorCode, notFound } from '../errors.ts';
import { leadChange, onlyIn, repeatedTasks, type WeaknessRow } from './over-time-shapes.ts';

/**
 * Two plans side by side. Weaknesses are paired by the importer's recurrence method, so plans of
 * two provinces can be compared too; responsibilities are compared as kinds of body.
 *
 * Two plans of one province were already paired at import (RECURS_IN links, made by the same
 * function with the same scores, which depend on the two plans alone): those links are read rather
 * than scored again. Plans of two provinces, or a plan linked by an older method, are scored here,
 * from the words the importer stored with each weakness (or its texts, for an older import).
 */
export async function comparePlans(runner: GraphReader, args: { a: string; b: string }) {
  const [aId, bId] = [boundedText(args.a, 'a'), boundedText(args.b, 'b')];
  if (aId === bId) throw badInput('a and b are the same plan', 'b');
  const sameProvince = aId.split('/')[0] === bId.split('/')[0];
  const [a, b, aDocs, bDocs, stored] = await Promise.all([
    planWeaknesses(runner, aId, 'a'),
    planWeaknesses(runner, bId, 'b'),
    runner.read('plan-cited-documents', { planId: aId }),
    runner.read('plan-cited-documents', { planId: bId }),
    sameProvince ? storedMatches(runner, aId, bId) : null,
  ]);
  const matches = stored ?? matchWeaknesses(a.compared, b.compared);
  const aById = new Map(a.weaknesses.map((w) => [w.id, w]));
  const bById = new Map(b.weaknesses.map((w) => [w.id, w]));
  const recurring = matches.map((match) => {
    const [x, y] = [aById.get(match.earlier)!, bById.get(match.later)!];
    return { a: x, b: y, score: match.score, terms: match.terms, lead: leadChange(x, y), repeatedTasks: repeatedTasks(x, y) };
  });
  const movedResponsibilities = recurring.flatMap(({ a: x, b: y }) =>
    (
      [
        ['LEADS', x.leads, y.leads],
        ['COORDINATES', x.coordinators ?? [], y.coordinators ?? []],
      ] as const
    ).flatMap(([role, before, after]) => {
      const [from, to] = [onlyIn(before, after), onlyIn(after, before)];
      return from.length > 0 || to.length > 0 ? [{ a: x, b: y, role, from, to }] : [];
    }),
  );
  const matchedA = new Set(matches.map((m) => m.earlier));
  const matchedB = new Set(matches.map((m) => m.later));
  const docId = (row: Record<string, unknown>) => (row.reference as { id: string }).id;
  const aDocIds = new Set(aDocs.map(docId));
  const bDocIds = new Set(bDocs.map(docId));
  return {
    a: a.plan,
    b: b.plan,
    sameProvince,
    recurring,
    added: b.weaknesses.filter((w) => !matchedB.has(w.id)),
    removed: a.weaknesses.filter((w) => !matchedA.has(w.id)),
    movedResponsibilities,
    documentsOnlyInA: aDocs.filter((row) => !bDocIds.has(docId(row))).map((row) => row.reference),
    documentsOnlyInB: bDocs.filter((row) => !aDocIds.has(docId(row))).map((row) => row.reference),
    documentsInBoth: aDocs.filter((row) => bDocIds.has(docId(row))).map((row) => row.reference),
  };
}

/** A weakness as plan-weaknesses.cypher returns it: with the words stored for its plan's recurrence method. */
type StoredWeakness = Omit<WeaknessRow, 'plan'> & { statementWords: string | null; contextWords: string | null };

/**
 * A plan's weaknesses for the answer, and what the recurrence method reads of them: the words
 * stored at import, or the texts of a plan linked by an older method.
 */
async function planWeaknesses(runner: GraphReader, planId: string, argument: string) {
  const rows = await runner.read<{ plan: WeaknessRow['plan'] & { recurrenceMethod: string | null }; weakness: StoredWeakness }>('plan-weaknesses', {
    planId,
  });
  if (rows.length === 0) {
    const plans = await runner.read('overview-plans', { planId: null });
    const ids = plans.map((row) => (row.plan as { id: string }).id);
    const known = ids.includes(planId);
    throw notFound(
      ErrorCode.planNotFound,
      known ? `${argument}: plan "${planId}" has no weaknesses to compare` : `${argument}: no plan has the id "${planId}"; loaded plans: ${ids.join(', ')}`,
      ids,
    );
  }
  const { recurrenceMethod, ...plan } = rows[0]!.plan;
  const weaknesses: WeaknessRow[] = [];
  const compared: (WeaknessText | WeaknessWords)[] = [];
  for (const { weakness } of rows) {
    const { statementWords, contextWords, ...shown } = weakness;
    weaknesses.push({ ...shown, plan });
    compared.push(
      recurrenceMethod === RECURRENCE_METHOD && statementWords !== null && contextWords !== null
        ? { id: shown.id, statementWords, contextWords }
        : { id: shown.id, statement: shown.statement, causes: shown.causes ?? [], tasks: shown.tasks },
    );
  }
  return { plan, weaknesses, compared };
}

/**
 * The pairs the importer stored between two plans of one province, in the order matchWeaknesses
 * gives them; null when the plans were not both linked by the current method.
 */
async function storedMatches(runner: GraphReader, aId: string, bId: string): Promise<WeaknessMatch[] | null> {
  const [row] = await runner.read<{ stored: boolean | null; matches: WeaknessMatch[] }>('recurrences-between-plans', {
    a: aId,
    b: bId,
    method: RECURRENCE_METHOD,
  });
  if (row?.stored !== true) return null;
  return row.matches.sort(byPair);
}
