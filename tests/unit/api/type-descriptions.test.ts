import { readFileSync } from 'node:fs';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pageMaximum, queryFields, traversalArgumentRules, traversalNames, traversalTypeDefs } from '../../../server/src/api/sdl.ts';

const files = ['type-defs.graphql', 'traversals.graphql', 'over-time.graphql'];

/** Every type, field and enum value the project defines, without a description. */
function undocumented(definitions: readonly DefinitionNode[]): string[] {
  const missing: string[] = [];
  for (const definition of definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
      for (const field of definition.fields ?? []) if (!field.description) missing.push(`${definition.name.value}.${field.name.value}`);
    } else if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION) {
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

describe('what the code takes from the SDL', () => {
  const rules = traversalArgumentRules();

  it('knows every traversal and the bounds of its arguments', () => {
    expect(traversalNames).toEqual([
      'agencyDuties',
      'citations',
      'coResponsibility',
      'paths',
      'network',
      'neighborhood',
      'search',
      'overview',
      'recurrences',
      'followThrough',
      'comparePlans',
    ]);
    expect(rules.neighborhood).toEqual({ depth: { default: 1, min: 1, max: 3 }, limit: { default: 300, min: 1, max: 5000 } });
    expect(rules.agencyDuties).toEqual({
      includeCollective: { default: true },
      collectiveLimit: { default: 100, min: 0, max: 500 },
      collectiveOffset: { default: 0, min: 0, max: 100000 },
    });
    expect(pageMaximum()).toBe(200);
  });

  it('states each bounded argument’s range in its description, as @range has it', () => {
    const stated: string[] = [];
    const expected: string[] = [];
    for (const field of queryFields(parse(traversalTypeDefs))) {
      for (const argument of field.arguments ?? []) {
        const rule = rules[field.name.value]?.[argument.name.value];
        if (rule?.min === undefined) continue;
        expected.push(`${field.name.value}.${argument.name.value} (${rule.min}–${rule.max})`);
        stated.push(`${field.name.value}.${argument.name.value} ${/\(\d+–\d+\)/.exec(argument.description?.value ?? '')?.[0] ?? 'no range stated'}`);
      }
    }
    expect(stated).toEqual(expected);
  });

  it('refuses node types whose page maxima differ, since one guard applies one maximum', () => {
    const sdl = parse(`type A @node @limit(default: 5, max: 200) { id: ID } type B @node @limit(default: 5, max: 100) { id: ID }`);
    expect(() => pageMaximum(sdl)).toThrow('every node type must have the same @limit max (found A 200, B 100)');
  });
});
