/**
 * The SDL files, read once, and the facts the code takes from them rather than repeating: which
 * root fields are traversals (ours, not @neo4j/graphql's), the bounds and defaults of their
 * arguments, and the page maximum of the generated read API.
 */
import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** Node types, relationships and their @limit pages: what @neo4j/graphql generates its read API from. */
export const nodeTypeDefs = read('type-defs.graphql');
/**
 * The traversals: answer types and their root fields, each resolved over Cypher files of ours
 * (the questions about plans over time have a file of their own, extending Query).
 */
export const traversalTypeDefs = ['traversals.graphql', 'over-time.graphql'].map(read).join('\n');
/** Both, as @neo4j/graphql takes them. */
export const typeDefs = `${nodeTypeDefs}\n${traversalTypeDefs}`;

/** What the SDL says of one traversal argument beyond its type: its default (`= value`), its bounds (`@range`). */
export interface ArgumentRule {
  default?: unknown;
  min?: number;
  max?: number;
}

/** Traversal name → argument name → its rule (arguments with neither a default nor a range are left out). */
export type TraversalArgumentRules = Record<string, Record<string, ArgumentRule>>;

/** Root fields of `traversals.graphql`, each with the rules of its arguments. */
export function traversalArgumentRules(sdl: DocumentNode = parse(traversalTypeDefs)): TraversalArgumentRules {
  const rules: TraversalArgumentRules = {};
  for (const field of queryFields(sdl)) {
    const fieldRules: Record<string, ArgumentRule> = {};
    for (const argument of field.arguments ?? []) {
      const rule: ArgumentRule = {};
      if (argument.defaultValue) rule.default = valueFromASTUntyped(argument.defaultValue);
      const range = directiveArguments(argument.directives, 'range');
      if (range) Object.assign(rule, { min: Number(range.min), max: Number(range.max) });
      if (Object.keys(rule).length > 0) fieldRules[argument.name.value] = rule;
    }
    rules[field.name.value] = fieldRules;
  }
  return rules;
}

/** Names of the traversals: the Query fields our own resolvers answer. */
export const traversalNames: readonly string[] = Object.keys(traversalArgumentRules());

/**
 * The page maximum of the generated read API: the `max` of every node type's `@limit`. The
 * page-size guard applies one number to every root and nested list, so the types must agree.
 */
export function pageMaximum(sdl: DocumentNode = parse(nodeTypeDefs)): number {
  const maxima = new Map<string, number>();
  for (const definition of sdl.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !definition.directives?.some((d) => d.name.value === 'node')) continue;
    const max = directiveArguments(definition.directives, 'limit')?.max;
    if (typeof max !== 'number') throw new Error(`type-defs.graphql: node type ${definition.name.value} has no @limit(max: …)`);
    maxima.set(definition.name.value, max);
  }
  const distinct = new Set(maxima.values());
  if (distinct.size !== 1) {
    throw new Error(`type-defs.graphql: every node type must have the same @limit max (found ${[...maxima].map(([t, m]) => `${t} ${m}`).join(', ')})`);
  }
  return [...distinct][0]!;
}

/** The fields of `type Query` and of every `extend type Query`, in the order the SDL gives them. */
export function queryFields(sdl: DocumentNode): readonly FieldDefinitionNode[] {
  const parts = sdl.definitions.filter(
    (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
      (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Query',
  );
  if (!parts.some((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)) throw new Error('traversals.graphql defines no Query type');
  return parts.flatMap((d) => d.fields ?? []);
}

function directiveArguments(directives: readonly ConstDirectiveNode[] | undefined, name: string): Record<string, unknown> | null {
  const directive = directives?.find((d) => d.name.value === name);
  if (!directive) return null;
  return Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
}

/** The page @neo4j/graphql applies to a list given no limit: the `default` of the node types' `@limit` (they agree). */
export function pageDefault(sdl: DocumentNode = parse(nodeTypeDefs)): number {
  const defaults = new Set<number>();
  for (const definition of sdl.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !definition.directives?.some((d) => d.name.value === 'node')) continue;
    const value = directiveArguments(definition.directives, 'limit')?.default;
    if (typeof value === 'number') defaults.add(value);
  }
  if (defaults.size !== 1) throw new Error(`type-defs.graphql: every node type must have the same @limit default (found ${[...defaults].join(', ')})`);
  return [...defaults][0]!;
}
