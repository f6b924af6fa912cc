import type { GraphReader } from '../../graph/query-runner.ts';
import { badInput, boundedText, ErrorCode, notFound } from '../errors.ts';
import { resolveAgency } from '../resolve-agency.ts';
import { resolveProvince } from '../resolve-province.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';
import { chainsOf, leadChange, repeatedTasks, type AgencyRef, type WeaknessRow } from './over-time-shapes.ts';

/** A RECURS_IN link as the question files name it. */
interface Pair {
  earlier: string;
  later: string;
}

/** A link as recurrence-links.cypher details it. */
interface LinkRow {
  earlier: WeaknessRow;
  later: WeaknessRow;
  score: number;
  method: string;
  terms: string[];
}

/** Recurrence links around a weakness, of an agency's weaknesses, or in a province; with lead changes and repeated tasks. */
export async function recurrences(runner: GraphReader, args: TraversalArgs<'recurrences'>): Promise<TraversalAnswer<'recurrences'>> {
  const { limit } = args;
  let query: string;
  let agencies: AgencyRef[] = [];
  let candidates: AgencyRef[] = [];
  let pairs: Pair[];
  if (args.weakness) {
    if (args.agency || args.province) throw badInput('give a weakness alone, or an agency and/or a province', 'weakness');
    query = boundedText(args.weakness, 'weakness');
    pairs = await runner.read<Pair>('recurrences-of-weakness', { weaknessId: query, limit: limit + 1 });
    if (pairs.length === 0 && (await runner.read('entity-by-id', { id: query })).length === 0) {
      throw notFound(ErrorCode.weaknessNotFound, `no weakness has the id "${query}"`);
    }
  } else if (args.agency) {
    const resolution = await resolveAgency(runner, args.agency, args.province);
    ({ query, agencies, candidates } = resolution);
    pairs = resolution.resolved
      ? await runner.read<Pair>('recurrences-of-agencies', { agencyIds: resolution.agencies.map((a) => a.id), limit: limit + 1 })
      : [];
  } else if (args.province) {
    const province = await resolveProvince(runner, args.province);
    query = province.query;
    pairs = await runner.read<Pair>('recurrences-in-province', { provincePrefix: province.prefix, limit: limit + 1 });
  } else {
    throw badInput('give a weakness id, an agency or a province', 'weakness');
  }

  const truncated = pairs.length > limit;
  const rows = pairs.length === 0 ? [] : await runner.read<LinkRow>('recurrence-links', { pairs: pairs.slice(0, limit).map((p) => [p.earlier, p.later]) });
  const links = rows.map((row) => ({ ...row, lead: leadChange(row.earlier, row.later), repeatedTasks: repeatedTasks(row.earlier, row.later) }));
  return { query, agencies, candidates, links, chains: chainsOf(links), truncated };
}
