import type { GraphReader } from '../../graph/query-runner.ts';
import type { AgencyRef, CitingItem, CoCitedReference, Mention, MentionConflict } from '../generated/resolver-types.ts';
import { resolveReference } from '../resolve-reference.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';
import { roleOfRelationship } from './graph-shapes.ts';

const CO_CITED_LIMIT = 50;

/** A citing item as reference-citations.cypher returns it: roles are relationship types. */
type CitingRow = Omit<CitingItem, 'agencies'> & { agencies: { agency: AgencyRef; role: string }[] };

/** Where a document is cited, what is cited with it, and which of its mentions disagree. */
export async function citations(runner: GraphReader, args: TraversalArgs<'citations'>): Promise<TraversalAnswer<'citations'>> {
  const resolution = await resolveReference(runner, args.reference);
  if (!resolution.reference) return { ...resolution, citedBy: [], coCited: [], conflicts: [] };

  const referenceId = resolution.reference.id;
  const [citing, coCited] = await Promise.all([
    runner.read<CitingRow>('reference-citations', { referenceId }),
    runner.read<CoCitedReference>('co-cited-references', { referenceId, limit: CO_CITED_LIMIT }),
  ]);
  const citedBy = citing.map((row) => ({
    ...row,
    agencies: row.agencies.map(({ agency, role }) => ({ agency, role: roleOfRelationship(role) })),
  }));
  return { ...resolution, citedBy, coCited, conflicts: mentionConflicts(citing.map((row) => row.mention)) };
}

/** Groups mentions by the date and by the issuer they state; more than one value is a conflict. */
export function mentionConflicts(mentions: Mention[]): MentionConflict[] {
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
