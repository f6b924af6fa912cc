import { Neo4jGraphQL } from '@neo4j/graphql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { QueryRunner } from '../graph/query-runner.ts';
import { classifyDatabaseError } from './errors.ts';
import { typeDefs } from './sdl.ts';
import { traversalResolvers } from './traversal-resolvers.ts';

/**
 * @neo4j/graphql over our type definitions, with the features the API uses. The features shape
 * the generated read API, so `npm run codegen` builds the schema through here too (without a driver).
 */
export function neo4jGraphQL(options: { driver?: Driver; resolvers?: { Query: object } }): Neo4jGraphQL {
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
export async function buildSchema(driver: Driver, runner: QueryRunner): Promise<GraphQLSchema> {
  return neo4jGraphQL({ driver, resolvers: { Query: traversalResolvers(runner, asClientError) } }).getSchema();
}

/** Database failures become short errors with stable codes; anything else passes through. */
export function asClientError(error: unknown): unknown {
  const known = classifyDatabaseError(error);
  return known ? new GraphQLError(known.message, { extensions: { code: known.code } }) : error;
}
