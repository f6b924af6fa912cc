import { badInput } from './errors.ts';
import { traversalArgumentRules } from './sdl.ts';

const rules = traversalArgumentRules();

/**
 * The SDL's rules for a traversal's arguments, applied before it runs: an explicit null takes the
 * argument's default (graphql-js fills in defaults only for arguments left out), and a number
 * outside its `@range` is refused, naming the argument. The traversals then trust their
 * arguments, as their generated types say, and repeat no number of the schema.
 */
export function applyArgumentRules<Args extends Record<string, unknown>>(traversal: string, args: Args): Args {
  const checked: Record<string, unknown> = { ...args };
  for (const [name, rule] of Object.entries(rules[traversal] ?? {})) {
    const value = checked[name] ?? rule.default ?? null;
    checked[name] = value;
    if (rule.min === undefined || rule.max === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || value > rule.max) {
      throw badInput(`${name} must be an integer from ${rule.min} to ${rule.max} (got ${JSON.stringify(value)})`, name);
    }
  }
  return checked as Args;
}
