import { Neo4jGraphQL } from '@neo4j/graphql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { Neo4jCompatError } from '../graph/neo4j-compat.ts';
import type { QueryRunner } from '../graph/query-runner.ts';
import { classifyDatabaseError } from './errors.ts';
import { subgraphResolvers } from './network-layout/positions-resolver.ts';
import { NetworkLayouts } from './network-layout/network-layouts.ts';
import { typeDefs } from './sdl.ts';
import { traversalResolvers } from './traversal-resolvers.ts';

/**
 * @neo4j/graphql over our type definitions, with the features the API uses. The features shape
 * the generated read API, so `npm run codegen` builds the schema through here too (without a driver).
 */
export function neo4jGraphQL(options: { driver?: Driver; resolvers?: { Query: object; Subgraph?: object } }): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs,
    driver: options.driver,
    resolvers: options.resolvers,
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
      filters: { String: { CASE_INSENSITIVE: true } },
    },
  });
}

/**
 * The GraphQL schema: @neo4j/graphql's generated read API over the node types, plus the
 * traversals, each a thin resolver over its Cypher file.
 */
export async function buildSchema(driver: Driver, runner: QueryRunner, layouts = new NetworkLayouts()): Promise<GraphQLSchema> {
  const neoSchema = neo4jGraphQL({ driver, resolvers: { Query: traversalResolvers(runner, asClientError), Subgraph: subgraphResolvers(layouts) } });
  // @neo4j/graphql's own list of what it needs (its minimum Neo4j, the APOC functions its
  // generated Cypher calls), checked once here; our Cypher's needs are checked by checkNeo4jCompat.
  try {
    await neoSchema.checkNeo4jCompat();
  } catch (error) {
    throw new Neo4jCompatError(`the generated API cannot run on this Neo4j: ${(error as Error).message}`, { cause: error });
  }
  return neoSchema.getSchema();
}

/** Database failures become short errors with stable codes; anything else passes through. */
export function asClientError(error: unknown): unknown {
  const known = classifyDatabaseError(error);
  return known ? new GraphQLError(known.message, { extensions: { code: known.code } }) : error;
}
