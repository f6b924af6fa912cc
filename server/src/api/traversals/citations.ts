import type { QueryRunner } from '../../graph/query-runner.ts';
import { roleOfRelationship } from '../answer-types.ts';
import { resolveReference } from '../resolve-reference.ts';

interface Mention {
  text: string;
  date: string | null;
  issuer: string | null;
  line: number | null;
  sourceFile: string | null;
  itemId: string;
}

const CO_CITED_LIMIT = 50;

/** Where a document is cited, what is cited with it, and which of its mentions disagree. */
export async function citations(runner: QueryRunner, args: { reference: string }) {
  const resolution = await resolveReference(runner, args.reference);
  if (!resolution.reference) return { ...resolution, citedBy: [], coCited: [], conflicts: [] };

  const referenceId = resolution.reference.id;
  const [citing, coCited] = await Promise.all([
    runner.read('reference-citations', { referenceId }),
    runner.read('co-cited-references', { referenceId, limit: CO_CITED_LIMIT }),
  ]);
  const citedBy = citing.map((row) => ({
    ...row,
    agencies: (row.agencies as { agency: unknown; role: string }[]).map(({ agency, role }) => ({
      agency,
      role: roleOfRelationship[role] ?? role,
    })),
  }));
  const mentions = citing.map((row) => row.mention as Mention);
  return { ...resolution, citedBy, coCited, conflicts: mentionConflicts(mentions) };
}

/** Groups mentions by the date and by the issuer they state; more than one value is a conflict. */
export function mentionConflicts(mentions: Mention[]) {
  const conflicts = [];
  for (const field of ['date', 'issuer'] as const) {
    const byValue = new Map<string, Mention[]>();
    for (const mention of mentions) {
      const value = mention[field];
      if (value) byValue.set(value, [...(byValue.get(value) ?? []), mention]);
    }
    if (byValue.size > 1) {
      conflicts.push({ field, values: [...byValue.keys()], mentions: [...byValue.values()].flat() });
    }
  }
  return conflicts;
}
