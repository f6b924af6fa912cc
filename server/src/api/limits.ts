import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import type { CostModel, TraversalArguments, TraversalCosts } from './query-cost.ts';
import { nodeTypeDefs, pageDefault, pageMaximum, traversalArgumentRules } from './sdl.ts';

/**
 * Limits on what one request may ask, each with the reason for its number. Every rejection
 * names its limit and what the query reached, so an analyst writing an ad hoc query knows what
 * to change. These are the API's own guards; Neo4j's (per-transaction memory, the read
 * timeout) hold even if one of these is wrong (graph/config.ts).
 */
export const requestLimits = {
  /** Nesting depth of selections; the explorer's deepest query is 6. */
  maxDepth: 10,
  /** Aliases per operation: many aliases of one costly field multiply its cost. */
  maxAliases: 15,
  /** Lexical tokens per document. */
  maxTokens: 2000,
  /** Request body, parsed by Express before GraphQL sees it. */
  maxBodyBytes: 100 * 1024,
  /**
   * Worst-case nodes per request (query-cost.ts). Measured before this limit: one 9-level query
   * produced ~1.2 million nodes (54.6 MB) in 27 s, about 45,000 nodes/s through API and Neo4j on
   * this 2-core machine. 100,000 worst-case nodes is then ~2 s even if every list were full, inside
   * the 5 s read timeout; real answers are far smaller. It admits two full levels at the page
   * maximum (200 + 200 × 200 = 40,200) or three at the defaults with one inner limit; the
   * explorer's largest query (network, 3,000) costs 3% of it.
   */
  maxNodes: 100_000,
  /** Largest page of a generated list (the SDL's @limit max) and the one applied when none is given. */
  maxPage: pageMaximum(),
  defaultPage: pageDefault(),
  /**
   * `where` filters. Measured on the seed: relationship filters nested 4 deep planned and ran in
   * 0.12 s, 6 in 0.28 s, 8 in 0.95 s, 10 in 15.5 s, 26 never ended (Neo4j's AST rewriter, which
   * the transaction timeout does not interrupt, kept a core busy until restart). 4 leaves room
   * for real questions (an agency's weaknesses' tasks' assignees is 3) at a tenth of a second.
   */
  maxFilterHops: 4,
  /** Object nesting of one filter (AND/OR/NOT included): a 1,000-level AND overflowed the stack. */
  maxFilterDepth: 16,
  /** Filter operators in one request: breadth costs planning time too, and no question needs 50. */
  maxFilterOperators: 50,
  /**
   * Answer size. The largest legitimate answer measured is agencyDuties for one body in every
   * province at 100× scale, 5.5 MB; 8 MiB leaves it room while a query that slipped through the
   * cost model cannot build a 50 MB answer in the server's memory.
   */
  maxAnswerBytes: 8 * 1024 * 1024,
};

/**
 * Worst-case nodes of each traversal from its coerced arguments. Their answers are bounded by
 * their own Cypher (limits, path lengths, one agency or document), not by @neo4j/graphql's pages;
 * agencyDuties and citations depend on the data, and are counted at the largest answer the
 * 100-plan bench corpus gives (about 1,000 items).
 */
export const traversalCosts: TraversalCosts = {
  agencyDuties: () => 1000,
  citations: () => 1000,
  coResponsibility: (args) => 20 * (args.limit ?? 0),
  // Up to 25 paths of maxLength + 1 nodes (cypher/shortest-paths.cypher).
  paths: (args) => 25 * ((args.maxLength ?? 0) + 1),
  network: (args) => args.limit ?? 0,
  neighborhood: (args) => args.limit ?? 0,
  search: (args) => args.limit ?? 0,
  // Seven rankings of `limit` rows.
  overview: (args) => 7 * (args.limit ?? 0),
  // Over time (over-time.graphql): `limit` links or duties; a comparison is two plans' weaknesses,
  // counted like one agency's duties.
  recurrences: (args) => args.limit ?? 0,
  followThrough: (args) => args.limit ?? 0,
  comparePlans: () => 1000,
};

/** The cost model as query-cost.ts takes it. */
export function costModel(): CostModel {
  const nodeTypes = new Set(
    parse(nodeTypeDefs)
      .definitions.filter(
        (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && Boolean(d.directives?.some((x) => x.name.value === 'node')),
      )
      .map((d) => d.name.value),
  );
  // An argument passed as null takes its SDL default (as the resolvers do), so it costs the same.
  const rules = traversalArgumentRules();
  const withDefaults = Object.fromEntries(
    Object.entries(traversalCosts).map(([name, cost]) => [
      name,
      (args: TraversalArguments) => {
        const filled: TraversalArguments = { ...args };
        for (const [argument, rule] of Object.entries(rules[name] ?? {})) filled[argument] ??= rule.default;
        return cost(filled);
      },
    ]),
  );
  return { limits: requestLimits, traversalCosts: withDefaults, nodeTypes };
}

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
    // Armor's cost counts a literal `first` only (not `limit`, variables or defaults): the cost
    // model in query-cost.ts replaces it.
    costLimit: { enabled: false },
    // Analysts discover the schema through GraphiQL; suggestions help more than they leak here.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
