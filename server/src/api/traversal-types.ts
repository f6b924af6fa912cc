/**
 * The types of a traversal, taken from the resolver types `npm run codegen` generates from the
 * SDL: what it receives (arguments with an SDL default are never null, see traversal-arguments.ts)
 * and what it must answer.
 */
import type { QueryResolvers } from './generated/resolver-types.ts';

export type TraversalName = keyof QueryResolvers;

/** The resolver function of a Query field (the generated type also allows a `{ resolve }` object). */
type TraversalResolver<Name extends TraversalName> = Extract<NonNullable<QueryResolvers[Name]>, (...args: never[]) => unknown>;

/** Arguments of the traversal `Name`, as the SDL declares them. */
export type TraversalArgs<Name extends TraversalName> = Parameters<TraversalResolver<Name>>[1];

/** The answer the traversal `Name` must give. */
export type TraversalAnswer<Name extends TraversalName> = Awaited<ReturnType<TraversalResolver<Name>>>;
