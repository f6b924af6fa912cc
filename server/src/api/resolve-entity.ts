import { GraphQLError } from 'graphql';
import type { GraphReader } from '../graph/query-runner.ts';
import type { GraphNode } from './generated/resolver-types.ts';
import { ErrorCode, badInput, echo, notFound } from './errors.ts';
import { resolveAgency } from './resolve-agency.ts';
import { resolveReference } from './resolve-reference.ts';
import { toGraphNode } from './traversals/graph-shapes.ts';

/** The error when `code` says "no such thing" (try the next kind of name); anything else is thrown on. */
function onlyNotFound(code: string) {
  return (error: unknown): null => {
    if (error instanceof GraphQLError && error.extensions?.code === code) return null;
    throw error; // a timeout, an outage or bad input must reach the client as what it is
  };
}

/**
 * Resolves an endpoint of a path: a node id of any type, else an agency name, else a document
 * symbol or name. An answer that could mean several nodes is an error listing them.
 */
export function resolveEntity(runner: GraphReader, input: string, argument: string): Promise<GraphNode> {
  // Resolved once per data version (the error names the argument, so it is part of the key).
  return runner.remember(`entity\u0000${argument}\u0000${input.trim()}`, () => resolveEntityNow(runner, input, argument));
}

async function resolveEntityNow(runner: GraphReader, input: string, argument: string): Promise<GraphNode> {
  const byId = await runner.read('entity-by-id', { id: input.trim() });
  if (byId.length > 0) return toGraphNode(byId[0]!.node as Record<string, unknown>);

  const agency = await resolveAgency(runner, input).catch(onlyNotFound(ErrorCode.agencyNotFound));
  if (agency !== null) {
    const options = agency.resolved ? agency.agencies : agency.candidates;
    if (options.length === 1) return nodeById(runner, options[0]!.id);
    throw badInput(
      `${argument} "${echo(input)}" could mean ${options.length} agencies: ${options.map((a) => `${a.name} (${a.id})`).join('; ')}; give one id`,
      argument,
    );
  }
  const reference = await resolveReference(runner, input).catch(onlyNotFound(ErrorCode.referenceNotFound));
  if (reference?.reference) return nodeById(runner, reference.reference.id);
  if (reference && reference.candidates.length > 0) {
    throw badInput(`${argument} "${echo(input)}" could mean: ${reference.candidates.map((r) => r.id).join('; ')}; give one id`, argument);
  }
  throw notFound(ErrorCode.entityNotFound, `${argument}: no node, agency or document matches "${echo(input)}"`);
}

async function nodeById(runner: GraphReader, id: string): Promise<GraphNode> {
  const rows = await runner.read('entity-by-id', { id });
  return toGraphNode(rows[0]!.node as Record<string, unknown>);
}
