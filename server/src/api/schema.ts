import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { QueryRunner } from '../graph/query-runner.ts';
import { classifyDatabaseError } from './errors.ts';
import { agencyDuties } from './traversals/agency-duties.ts';
import { citations } from './traversals/citations.ts';
import { coResponsibility } from './traversals/co-responsibility.ts';
import { overview } from './traversals/overview.ts';
import { search } from './traversals/search.ts';
import { neighborhood, network, paths } from './traversals/subgraphs.ts';

const typeDefs = ['type-defs.graphql', 'traversals.graphql'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n');

type Traversal = (runner: QueryRunner, args: never) => Promise<unknown>;

const traversals: Record<string, Traversal> = {
  agencyDuties,
  citations,
  coResponsibility,
  paths,
  network,
  neighborhood,
  search,
  overview,
};

/**
 * The GraphQL schema: @neo4j/graphql's generated read API over the node types, plus the
 * traversals, each a thin resolver over its Cypher file.
 */
export async function buildSchema(driver: Driver, runner: QueryRunner): Promise<GraphQLSchema> {
  const Query = Object.fromEntries(
    Object.entries(traversals).map(([name, traversal]) => [
      name,
      async (_source: unknown, args: Record<string, unknown>) => {
        try {
          return await traversal(runner, args as never);
        } catch (error) {
          throw asClientError(error);
        }
      },
    ]),
  );
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers: { Query },
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
  return neoSchema.getSchema();
}

/** Database failures become short errors with stable codes; anything else passes through. */
export function asClientError(error: unknown): unknown {
  const known = classifyDatabaseError(error);
  return known ? new GraphQLError(known.message, { extensions: { code: known.code } }) : error;
}
