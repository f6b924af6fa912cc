import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, visit, type ASTVisitor, type ValidationContext } from 'graphql';
import { pageMaximum, traversalNames } from './sdl.ts';

/** Largest page a generated list or connection may return: the node types' `@limit(max)` in the SDL. */
export const MAX_PAGE_SIZE = pageMaximum();

/** Traversals bound their own `limit` arguments, each with its own `@range`. */
const traversalFields = new Set(traversalNames);
const pageArguments = new Set(['limit', 'first']);

/**
 * Refuses generated queries asking for pages above the maximum, instead of silently returning
 * fewer rows than asked (what @neo4j/graphql's @limit does on its own). Variables are only known
 * once the operation is resolved, hence a plugin rather than a validation rule.
 */
export function pageSizePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          visit(document, {
            Field(field) {
              if (traversalFields.has(field.name.value)) return;
              for (const argument of field.arguments ?? []) {
                if (!pageArguments.has(argument.name.value)) continue;
                const value =
                  argument.value.kind === Kind.INT
                    ? Number(argument.value.value)
                    : argument.value.kind === Kind.VARIABLE
                      ? Number(variables[argument.value.name.value])
                      : NaN;
                if (value > MAX_PAGE_SIZE) {
                  throw new GraphQLError(
                    `page size limit exceeded: ${field.name.value}(${argument.name.value}: ${value}) asks for more than ${MAX_PAGE_SIZE}; page with offset or after`,
                    { extensions: { code: 'PAGE_SIZE_LIMIT', http: { status: 400 } } },
                  );
                }
              }
            },
          });
        },
      };
    },
  };
}

/** Plans are imported through the CLI; the public API answers queries only. */
export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== OperationTypeNode.QUERY) {
        context.reportError(
          new GraphQLError(`this API is read-only: ${operation.operation}s are not served (plans are imported with \`npm run import\`)`, {
            nodes: [operation],
            extensions: { code: 'READ_ONLY' },
          }),
        );
      }
    },
  };
}
