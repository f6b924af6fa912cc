import { readFileSync } from 'node:fs';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const files = ['type-defs.graphql', 'traversals.graphql'];

/** Every type, field and enum value the project defines, without a description. */
function undocumented(definitions: readonly DefinitionNode[]): string[] {
  const missing: string[] = [];
  for (const definition of definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      const name = definition.name.value;
      if (name !== 'Query' && !definition.description) missing.push(name);
      const members = definition.kind === Kind.OBJECT_TYPE_DEFINITION ? (definition.fields ?? []) : (definition.values ?? []);
      for (const member of members) if (!member.description) missing.push(`${name}.${member.name.value}`);
    }
  }
  return missing;
}

describe('the GraphQL type definitions', () => {
  it.each(files)('%s documents every type, field and enum value', (file) => {
    const sdl = readFileSync(new URL(`../../../server/src/api/${file}`, import.meta.url), 'utf8');
    expect(undocumented(parse(sdl).definitions)).toEqual([]);
  });
});
