import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one request may ask. Each rejection names its limit in the error message,
 * so an analyst writing an ad hoc query knows what to change.
 */
export const requestLimits = {
  /** Nesting depth of selections; the explorer's deepest query is 6. */
  maxDepth: 10,
  /** Aliases per operation: many aliases of one costly field multiply its cost. */
  maxAliases: 15,
  /** Lexical tokens per document. */
  maxTokens: 2000,
  /** Estimated cost (graphql-armor's model: objects 2, scalars 1, deeper levels weigh more). */
  maxCost: 20000,
  /** Request body, parsed by Express before GraphQL sees it. */
  maxBodyBytes: 100 * 1024,
};

export function armorProtection() {
  return new ApolloArmor({
    maxDepth: {
      n: requestLimits.maxDepth,
      ignoreIntrospection: true,
      errorMessage: `query depth limit exceeded: at most ${requestLimits.maxDepth} levels`,
      exposeLimits: true,
    },
    maxAliases: {
      n: requestLimits.maxAliases,
      errorMessage: `alias limit exceeded: at most ${requestLimits.maxAliases} aliases`,
      exposeLimits: true,
    },
    maxTokens: {
      n: requestLimits.maxTokens,
      errorMessage: `token limit exceeded: at most ${requestLimits.maxTokens} tokens`,
      exposeLimits: true,
    },
    costLimit: {
      maxCost: requestLimits.maxCost,
      ignoreIntrospection: true,
      errorMessage: `query cost limit exceeded: at most ${requestLimits.maxCost}`,
      exposeLimits: true,
    },
    // Analysts discover the schema through GraphiQL; suggestions help more than they leak here.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
