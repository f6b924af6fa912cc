/**
 * The agency glossary (`seeds/agencies.json`): reviewable data naming and translating bodies. The
 * matcher built from it lives in `agency-matcher.ts`.
 */
import { fold } from '../../../shared/fold.ts';
import { ExpectedError } from '../../../shared/errors.ts';
import type { AgencyKind, AgencyLevel, Glossary, GlossaryEntry } from './types.ts';

const LEVELS: readonly AgencyLevel[] = ['central', 'province', 'district', 'commune'];
const KINDS: readonly AgencyKind[] = ['body', 'collective'];

/** Raised by {@link validateGlossary}; the message names the offending entry. */
export class GlossaryError extends ExpectedError {
  constructor(message: string) {
    super(`invalid agency glossary: ${message}`);
  }
}

/**
 * Checks that parsed JSON is a usable glossary and returns it typed.
 * Keys must be slugs, levels and kinds from the data model, and no folded name or alias may belong
 * to two entries (the matcher could not tell them apart).
 * @throws GlossaryError naming the entry (position and key) and the field at fault.
 */
export function validateGlossary(json: unknown): Glossary {
  if (!isObject(json)) throw new GlossaryError('expected an object with an "agencies" array');
  const list = json.agencies;
  if (!Array.isArray(list)) throw new GlossaryError('expected an "agencies" array');
  const keys = new Map<string, number>();
  const owners = new Map<string, string>();
  const entries: GlossaryEntry[] = [];
  list.forEach((raw: unknown, index) => {
    const where = `entry #${index + 1}${isObject(raw) && typeof raw.key === 'string' ? ` ("${raw.key}")` : ''}`;
    if (!isObject(raw)) throw new GlossaryError(`${where} is not an object`);
    const { key, name, nameEn, level, kind, aliases, memberLevels, collectiveMember } = raw;
    if (typeof key !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) {
      throw new GlossaryError(`${where}: "key" must be a lower-case slug like "so-tai-chinh"`);
    }
    if (keys.has(key)) throw new GlossaryError(`${where}: key "${key}" is already used by entry #${keys.get(key)! + 1}`);
    keys.set(key, index);
    if (typeof name !== 'string' || !name.trim()) throw new GlossaryError(`${where}: "name" must be a non-empty string`);
    // An empty English name is allowed: entries pasted from the import report start without one.
    if (typeof nameEn !== 'string') throw new GlossaryError(`${where}: "nameEn" must be a string (the English name, or "" until it is known)`);
    for (const slot of `${name} ${(Array.isArray(aliases) ? aliases : []).join(' ')}`.match(/\{[^}]*\}/g) ?? []) {
      if (slot !== '{province}' && slot !== '{place}') throw new GlossaryError(`${where}: unknown template slot "${slot}" (use {province} or {place})`);
    }
    if (!LEVELS.includes(level as AgencyLevel)) throw new GlossaryError(`${where}: "level" must be one of ${LEVELS.join(', ')}`);
    if (!KINDS.includes(kind as AgencyKind)) throw new GlossaryError(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
    if (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string' || !alias.trim())) {
      throw new GlossaryError(`${where}: "aliases" must be an array of non-empty strings`);
    }
    if (memberLevels !== undefined) {
      if (kind !== 'collective') throw new GlossaryError(`${where}: only collectives have "memberLevels"`);
      if (!Array.isArray(memberLevels) || memberLevels.some((l) => !LEVELS.includes(l as AgencyLevel))) {
        throw new GlossaryError(`${where}: "memberLevels" must be an array of ${LEVELS.join(', ')}`);
      }
    }
    if (collectiveMember !== undefined && typeof collectiveMember !== 'boolean') {
      throw new GlossaryError(`${where}: "collectiveMember" must be true or false`);
    }
    for (const form of [name, ...(aliases as string[])]) {
      const folded = fold(form);
      const owner = owners.get(folded);
      if (owner && owner !== key) throw new GlossaryError(`${where}: "${form}" is also a name or alias of "${owner}"`);
      owners.set(folded, key);
    }
    const entry: GlossaryEntry = {
      key,
      name,
      nameEn,
      level: level as AgencyLevel,
      kind: kind as AgencyKind,
      aliases: aliases as string[],
    };
    if (memberLevels !== undefined) entry.memberLevels = memberLevels as AgencyLevel[];
    if (collectiveMember !== undefined) entry.collectiveMember = collectiveMember;
    entries.push(entry);
  });
  return { agencies: entries };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
