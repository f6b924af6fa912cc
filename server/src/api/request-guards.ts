import { GraphQLError, OperationTypeNode, type ASTVisitor, type ValidationContext } from 'graphql';
import { ErrorCode, echo } from './errors.ts';

export interface ListArgumentLimits {
  /** Largest page of a generated list or connection (the node types' @limit max). */
  maxPage: number;
  /** Deepest nesting of objects in one `where` (AND/OR/NOT and relationship filters alike). */
  maxFilterDepth: number;
  /** Most relationship filters (some/all/none/single) nested inside one another in a `where`. */
  maxFilterHops: number;
  /** Most filter operators (leaf comparisons, AND/OR/NOT entries) in the whole request. */
  maxFilterOperators: number;
}

/** What the `where` filters of one request have used so far. */
export interface FilterBudget {
  operators: number;
  relationshipFilters: number;
}

const RELATIONSHIP_QUANTIFIERS = new Set(['some', 'all', 'none', 'single']);
/** @neo4j/graphql's connection cursors: base64 of "arrayconnection:<offset>". */
const CURSOR = /^arrayconnection:(\d{1,9})$/;

const badInput = (message: string, argument: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.badUserInput, argument, http: { status: 400 } } });

/**
 * Checks the coerced arguments of one generated list or connection field (variables and
 * defaults already applied): page sizes from 1 to the maximum (0 would mean "everything" to
 * @neo4j/graphql, a negative one a database error), offsets of 0 or more, cursors this API
 * gave, and `where` filters within their shape limits (planning time grows exponentially with
 * nested relationship filters, and Neo4j cannot interrupt that phase).
 */
export function checkListArguments(field: string, args: Record<string, unknown>, limits: ListArgumentLimits, budget: FilterBudget): GraphQLError[] {
  const problems: GraphQLError[] = [];
  for (const name of ['limit', 'first'] as const) {
    const value = args[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || value < 1) {
      problems.push(badInput(`${field}(${name}: ${JSON.stringify(value)}): ${name} must be from 1 to ${limits.maxPage}`, name));
    } else if (value > limits.maxPage) {
      problems.push(
        new GraphQLError(`page size limit exceeded: ${field}(${name}: ${value}) asks for more than ${limits.maxPage}; page with offset or after`, {
          extensions: { code: ErrorCode.pageSizeLimit, argument: name, http: { status: 400 } },
        }),
      );
    }
  }
  if (typeof args.offset === 'number' && args.offset < 0) problems.push(badInput(`${field}(offset: ${args.offset}): offset must be 0 or more`, 'offset'));
  if (typeof args.after === 'string' && !CURSOR.test(Buffer.from(args.after, 'base64').toString('latin1'))) {
    problems.push(badInput(`${field}(after: "${echo(args.after)}"): not a cursor this API gave (use pageInfo.endCursor)`, 'after'));
  }
  if (args.where && typeof args.where === 'object') {
    const problem = checkFilter(args.where, 1, 0, limits, budget);
    if (problem) problems.push(badInput(`${field}(where: …): ${problem}`, 'where'));
  }
  return problems;
}

/** Walks a coerced `where` value; returns what is wrong with it, or null. */
function checkFilter(value: unknown, depth: number, hops: number, limits: ListArgumentLimits, budget: FilterBudget): string | null {
  if (depth > limits.maxFilterDepth) return `filters nest deeper than ${limits.maxFilterDepth} levels; flatten AND/OR`;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const problem = checkFilter(entry, depth, hops, limits, budget);
      if (problem) return problem;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') {
    budget.operators++;
    return budget.operators > limits.maxFilterOperators ? `more than ${limits.maxFilterOperators} filter operators in one request` : null;
  }
  for (const [key, entry] of Object.entries(value)) {
    let nextHops = hops;
    if (RELATIONSHIP_QUANTIFIERS.has(key)) {
      nextHops++;
      if (nextHops > limits.maxFilterHops) return `relationship filters (some/all/none/single) nest more than ${limits.maxFilterHops} deep`;
    }
    const problem = checkFilter(entry, depth + 1, nextHops, limits, budget);
    if (problem) return problem;
  }
  return null;
}

/** Plans are imported through the CLI; the public API answers queries only. */
export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== OperationTypeNode.QUERY) {
        context.reportError(
          new GraphQLError(`this API is read-only: ${operation.operation}s are not served (plans are imported with \`npm run import\`)`, {
            nodes: [operation],
            extensions: { code: ErrorCode.readOnly },
          }),
        );
      }
    },
  };
}
