import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one request may ask. With `exposeLimits`, each rejection names its limit and
 * what the query reached ("Query depth limit of 10 exceeded, found 12."), so an analyst writing
 * an ad hoc query knows what to change.
 */
export const requestLimits = {
  /** Nesting depth of selections; the explorer's deepest query is 6. */
  maxDepth: 10,
  /** Aliases per operation: many aliases of one costly field multiply its cost. */
  maxAliases: 15,
  /** Lexical tokens per document. */
  maxTokens: 2000,
  /**
   * Estimated cost (graphql-armor's model: objects 2, scalars 1, each level deeper weighs 1.5×
   * more). The explorer's queries cost 40–100; a nine-level query over every type about 300.
   */
  maxCost: 1000,
  /** Request body, parsed by Express before GraphQL sees it. */
  maxBodyBytes: 100 * 1024,
};

export function armorProtection() {
  return new ApolloArmor({
    maxDepth: {
      n: requestLimits.maxDepth,
      ignoreIntrospection: true,
      exposeLimits: true,
    },
    maxAliases: {
      n: requestLimits.maxAliases,
      exposeLimits: true,
    },
    // graphql-js counts tokens itself while parsing (parseOptions.maxTokens), and a parse error
    // is a 400; armor's token count throws from a plugin hook, which reaches the client as a 500.
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: requestLimits.maxCost,
      ignoreIntrospection: true,
      exposeLimits: true,
    },
    // Analysts discover the schema through GraphiQL; suggestions help more than they leak here.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
