import type { GraphReader, QueryRunner } from '../graph/query-runner.ts';
import type { AnswerContext } from './answer-cache.ts';
import type { QueryResolvers } from './generated/resolver-types.ts';
import { traversalNames } from './sdl.ts';
import { applyArgumentRules } from './traversal-arguments.ts';
import type { TraversalAnswer, TraversalArgs, TraversalName } from './traversal-types.ts';
import { agencyDuties } from './traversals/agency-duties.ts';
import { citations } from './traversals/citations.ts';
import { coResponsibility } from './traversals/co-responsibility.ts';
import { comparePlans } from './traversals/compare-plans.ts';
import { followThrough } from './traversals/follow-through.ts';
import { overview } from './traversals/overview.ts';
import { recurrences } from './traversals/recurrences.ts';
import { search } from './traversals/search.ts';
import { neighborhood, network, paths } from './traversals/subgraphs.ts';

/** Every Query field of traversals.graphql, each with its function (the type check holds each to its SDL). */
const traversals = {
  agencyDuties,
  citations,
  coResponsibility,
  paths,
  network,
  neighborhood,
  search,
  overview,
  recurrences,
  followThrough,
  comparePlans,
} satisfies Record<TraversalName, unknown>;

/** Arguments before the SDL's rules: any may be left out or null (a missing required one fails in the traversal). */
type SentArgs<Name extends TraversalName> = { [Key in keyof TraversalArgs<Name>]?: TraversalArgs<Name>[Key] | null };

/**
 * Runs a traversal: the SDL's argument rules first (defaults, ranges), then the traversal, over
 * any reader (the bench records and replays its statements through here).
 */
export function runTraversal<Name extends TraversalName>(reader: GraphReader, name: Name, args: SentArgs<Name>): Promise<TraversalAnswer<Name>> {
  const traversal = traversals[name] as (reader: GraphReader, args: unknown) => Promise<TraversalAnswer<Name>>;
  return traversal(reader, applyArgumentRules(name, args));
}

/**
 * Runs a traversal as the API does: all its statements in one read transaction (one session and
 * one round of BEGIN/COMMIT instead of one per statement; measured on agencyDuties: 28.4 → 16.8 ms),
 * with name resolution remembered for the data version the transaction reads. That version goes
 * to `observer`, so the answer cache can tell an answer that raced an import.
 */
export function runTraversalInTransaction<Name extends TraversalName>(
  runner: QueryRunner,
  name: Name,
  args: SentArgs<Name>,
  observer?: AnswerContext['answerTicket'],
): Promise<TraversalAnswer<Name>> {
  return runner.readTransaction((reader) => {
    observer?.observe(reader.dataVersion);
    return runTraversal(reader, name, args);
  });
}

/**
 * The Query resolvers of the traversals over one QueryRunner; `onError` turns what a traversal
 * throws into what the client sees.
 */
export function traversalResolvers(runner: QueryRunner, onError: (error: unknown) => unknown): QueryResolvers {
  const missing = traversalNames.filter((name) => !(name in traversals));
  if (missing.length > 0) throw new Error(`traversals.graphql declares traversals without a resolver: ${missing.join(', ')}`);
  return Object.fromEntries(
    Object.keys(traversals).map((name) => [
      name,
      async (_source: unknown, args: Record<string, unknown>, context: AnswerContext | undefined) => {
        try {
          return await runTraversalInTransaction(runner, name as TraversalName, args, context?.answerTicket);
        } catch (error) {
          throw onError(error);
        }
      },
    ]),
  );
}
