/**
 * The cost model: before a query reaches Neo4j, its worst-case node count is computed the way
 * GitHub's GraphQL API does it (the product of the page sizes along each nested list, summed over
 * every list), from the coerced arguments: literal, variable, variable default and schema default
 * alike, as @neo4j/graphql will apply them (`limit ?? first ?? @limit default`, clamped to the
 * @limit max). A traversal counts what its own budget allows (TraversalCosts). The same pass
 * checks every list argument (page sizes, offsets, cursors) and every `where` filter's shape.
 * The cost is reported in the answer's `extensions.cost`, as Shopify does, so analysts learn
 * what their queries cost. graphql-query-complexity walks the document (fragments, @skip and
 * @include, variables); this file only says what each field costs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLField } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { ErrorCode } from './errors.ts';
import { checkListArguments, type FilterBudget, type ListArgumentLimits } from './request-guards.ts';

export interface CostLimits extends ListArgumentLimits {
  /** Most nodes a request may make the database produce in the worst case. */
  maxNodes: number;
  /** Page size @neo4j/graphql applies when a list gives none (the node types' @limit default). */
  defaultPage: number;
}

/** Worst-case nodes of each traversal from its coerced arguments: ours, not @neo4j/graphql's. */
export type TraversalCosts = Record<string, (args: TraversalArguments) => number>;

/** A traversal's coerced arguments: its page and path sizes are integers (SDL defaults filled in). */
export type TraversalArguments = Record<string, unknown> & { limit?: number; maxLength?: number };

export interface CostModel {
  limits: CostLimits;
  traversalCosts: TraversalCosts;
  /** Names of the @node types (generated lists of them multiply). */
  nodeTypes: ReadonlySet<string>;
}

/** The nodes a request asks for in the worst case, with the argument problems met on the way. */
export function queryCost(model: CostModel, input: Omit<Parameters<typeof getComplexity>[0], 'estimators'>): { nodes: number; problems: GraphQLError[] } {
  const problems: GraphQLError[] = [];
  const budget: FilterBudget = { operators: 0, relationshipFilters: 0 };
  const estimator = ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (type.name === 'Query' && field.name in model.traversalCosts) return model.traversalCosts[field.name]!(args);
    const { list, named } = typeShape(field);
    const generatedList = (list && model.nodeTypes.has(named)) || isConnection(field);
    if (!generatedList) return childComplexity;
    problems.push(...checkListArguments(field.name, args, model.limits, budget));
    const page = Math.min(pageSize(args) ?? model.limits.defaultPage, model.limits.maxPage);
    return Math.max(page, 0) * (1 + childComplexity);
  };
  const nodes = getComplexity({ ...input, estimators: [estimator] });
  return { nodes, problems };
}

function pageSize(args: Record<string, unknown>): number | undefined {
  const value = args.limit ?? args.first;
  return typeof value === 'number' ? value : undefined;
}

/**
 * Whether a field returns a list, and the name of its type. Read from the printed type rather
 * than with graphql-js's isListType: @neo4j/graphql builds the schema with graphql's CommonJS
 * build, and under Vite's resolution (the tests) this module may get the ESM one, whose
 * instanceof checks refuse the other's types.
 */
function typeShape(field: GraphQLField<unknown, unknown>): { list: boolean; named: string } {
  const printed = String(field.type);
  return { list: printed.replace(/!$/, '').startsWith('['), named: printed.replace(/[[\]!]/g, '') };
}

/** A generated connection field: its type has `edges` whose `node` is the listed type. */
function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  let type = field.type as { ofType?: unknown; name?: string; getFields?: () => Record<string, unknown> };
  while (type.ofType) type = type.ofType;
  return Boolean(type.name?.endsWith('Connection') && type.getFields && 'edges' in type.getFields());
}

/**
 * The Apollo plugin: refuses a request whose worst case is over the limit or whose arguments
 * are wrong, before any resolver runs, and reports the cost of the others.
 */
export function costPlugin(model: CostModel): ApolloServerPlugin {
  const costs = new WeakMap<object, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, contextValue }) {
          let result: ReturnType<typeof queryCost>;
          try {
            result = queryCost(model, { schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined });
          } catch (error) {
            // Variables that do not coerce: execution refuses them with graphql-js's own message.
            // (By name, not instanceof: a custom scalar of @neo4j/graphql may throw another
            // realm's GraphQLError, see typeShape.)
            if (error instanceof Error && error.name === 'GraphQLError' && !(error as GraphQLError).extensions?.code) return;
            // Input nested thousands deep overflows graphql-js's recursive coercion: the client's doing.
            if (error instanceof RangeError) {
              throw new GraphQLError(`input nested too deep (more than ${model.limits.maxFilterDepth} levels are never needed)`, {
                extensions: { code: ErrorCode.badUserInput, http: { status: 400 } },
              });
            }
            throw error;
          }
          if (result.problems.length > 0) throw result.problems[0]!;
          if (result.nodes > model.limits.maxNodes) {
            throw new GraphQLError(
              `query cost limit exceeded: in the worst case this query reads ${result.nodes.toLocaleString('en')} nodes, more than ${model.limits.maxNodes.toLocaleString('en')}. ` +
                `Each nested list multiplies: give the inner lists small limits (limit:/first:), or split the query`,
              { extensions: { code: ErrorCode.costLimit, cost: { nodes: result.nodes, limit: model.limits.maxNodes }, http: { status: 400 } } },
            );
          }
          costs.set(contextValue, result.nodes);
        },
        async willSendResponse({ response, contextValue }) {
          const nodes = costs.get(contextValue);
          if (nodes === undefined || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { nodes, limit: model.limits.maxNodes } };
        },
      };
    },
  };
}
