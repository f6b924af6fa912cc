import type { GraphReader } from '../../graph/query-runner.ts';
import { matchWeaknesses } from '../../graph/similarity.ts';
import { badInput, boundedText, ErrorCode, notFound } from '../errors.ts';
import { leadChange, onlyIn, repeatedTasks, type WeaknessRow } from './over-time-shapes.ts';

/**
 * Two plans side by side. Weaknesses are paired by the importer's recurrence method (the same
 * scores as RECURS_IN links, which join only one province's plans), so plans of two provinces can be
 * compared too; responsibilities are compared as kinds of body.
 */
export async function comparePlans(runner: GraphReader, args: { a: string; b: string }) {
  const [aId, bId] = [boundedText(args.a, 'a'), boundedText(args.b, 'b')];
  if (aId === bId) throw badInput('a and b are the same plan', 'b');
  const [a, b] = await Promise.all([planWeaknesses(runner, aId, 'a'), planWeaknesses(runner, bId, 'b')]);
  const [aDocs, bDocs] = await Promise.all([runner.read('plan-cited-documents', { planId: aId }), runner.read('plan-cited-documents', { planId: bId })]);

  const text = (w: WeaknessRow) => ({ id: w.id, statement: w.statement, causes: w.causes ?? [], tasks: w.tasks });
  const matches = matchWeaknesses(a.weaknesses.map(text), b.weaknesses.map(text));
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
    sameProvince: aId.split('/')[0] === bId.split('/')[0],
    recurring,
    added: b.weaknesses.filter((w) => !matchedB.has(w.id)),
    removed: a.weaknesses.filter((w) => !matchedA.has(w.id)),
    movedResponsibilities,
    documentsOnlyInA: aDocs.filter((row) => !bDocIds.has(docId(row))).map((row) => row.reference),
    documentsOnlyInB: bDocs.filter((row) => !aDocIds.has(docId(row))).map((row) => row.reference),
    documentsInBoth: aDocs.filter((row) => bDocIds.has(docId(row))).map((row) => row.reference),
  };
}

async function planWeaknesses(runner: GraphReader, planId: string, argument: string) {
  const rows = await runner.read('plan-weaknesses', { planId });
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
  const plan = rows[0]!.plan as WeaknessRow['plan'];
  return { plan, weaknesses: rows.map((row) => ({ ...(row.weakness as Omit<WeaknessRow, 'plan'>), plan })) };
}
