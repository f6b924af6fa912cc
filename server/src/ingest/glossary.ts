/**
 * The agency glossary (`seeds/agencies.json`) and the matcher built from it.
 *
 * Unit names in plans are free text: lists like "Sở Xây dựng, UBND các huyện, thị xã, thành phố"
 * mix commas that separate bodies with commas inside names. Splitting on commas first would break
 * names, so the matcher instead walks the folded text and takes, at each position, the longest
 * glossary name or alias that starts there.
 */
import { fold, foldWithMap, type FoldedText } from '../../../shared/fold.ts';
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
    if (typeof nameEn !== 'string' || !nameEn.trim()) throw new GlossaryError(`${where}: "nameEn" must be a non-empty string`);
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

/** One glossary body found in a text; offsets are in the original string. */
export interface AgencyMatch {
  entry: GlossaryEntry;
  start: number;
  end: number;
  /** The matched text verbatim. */
  text: string;
}

interface Form {
  folded: string;
  entry: GlossaryEntry;
}

const WORD = /[a-z0-9]/;
/** Folded separators between the members of a unit list. */
const SEPARATOR = /^(?:[\s,;]+|\s*\bva\b\s*)+/;

/**
 * Finds glossary bodies in text by longest folded name/alias. Aliases may contain `{province}`,
 * filled with the plan's province ("Kho bạc Nhà nước {province}" → "Kho bạc Nhà nước Thanh Hóa"),
 * so the glossary stays free of any one province's name.
 */
export class AgencyMatcher {
  private readonly byFirstWord = new Map<string, Form[]>();

  constructor(
    readonly glossary: Glossary,
    readonly province: string | null,
  ) {
    for (const entry of glossary.agencies) {
      for (const form of [entry.name, ...entry.aliases]) {
        if (form.includes('{province}') && !province) continue;
        for (const variant of variants(fold(form.replaceAll('{province}', province ?? '')))) this.add(variant, entry);
      }
    }
    for (const forms of this.byFirstWord.values()) forms.sort((a, b) => b.folded.length - a.folded.length);
  }

  private add(folded: string, entry: GlossaryEntry): void {
    const first = folded.split(' ')[0]!;
    const forms = this.byFirstWord.get(first) ?? [];
    if (!forms.some((f) => f.folded === folded)) forms.push({ folded, entry });
    this.byFirstWord.set(first, forms);
  }

  /** The longest body whose name starts exactly at folded index `at`, or null. */
  matchFolded(ft: FoldedText, at: number): AgencyMatch | null {
    const { folded } = ft;
    if (at > 0 && WORD.test(folded[at - 1]!)) return null;
    const firstWord = /^[^\s]+/.exec(folded.slice(at, at + 40))?.[0];
    if (!firstWord) return null;
    // The first word may carry trailing punctuation ("sở," in "Các sở, ban"), so try its prefixes.
    const candidates = new Set<string>([firstWord, firstWord.replace(/[^a-z0-9&]+$/, '')]);
    let best: Form | null = null;
    for (const word of candidates) {
      for (const form of this.byFirstWord.get(word) ?? []) {
        if (best && form.folded.length <= best.folded.length) break;
        const end = at + form.folded.length;
        if (folded.startsWith(form.folded, at) && !WORD.test(folded[end] ?? ' ')) {
          best = form;
          break;
        }
      }
    }
    if (!best) return null;
    const start = ft.map[at]!;
    const endOriginal = ft.map[at + best.folded.length - 1]! + 1;
    return { entry: best.entry, start, end: endOriginal, text: ft.original.slice(start, endOriginal) };
  }

  /** The longest body starting at original index `start` (after optional spaces), or null. */
  matchAt(text: string, start = 0): AgencyMatch | null {
    const ft = foldWithMap(text);
    return this.matchFolded(ft, foldedIndex(ft, start, true));
  }

  /**
   * Bodies listed one after another from original index `start` ("Sở X, Sở Y và UBND ..."), stopping
   * at the first text that is not a body; `end` is where the list stops (original index).
   */
  leadingList(text: string, start = 0): { matches: AgencyMatch[]; end: number } {
    const ft = foldWithMap(text);
    let at = foldedIndex(ft, start, true);
    const matches: AgencyMatch[] = [];
    let end = start;
    for (;;) {
      const match = this.matchFolded(ft, at);
      if (!match) break;
      matches.push(match);
      end = match.end;
      const after = foldedIndex(ft, match.end, false);
      const sep = SEPARATOR.exec(ft.folded.slice(after));
      if (!sep) break;
      at = after + sep[0].length;
    }
    return { matches, end };
  }

  /**
   * Splits a whole unit list ("Sở Xây dựng, các sở, ban, ngành cấp tỉnh, UBND ... có liên quan")
   * into bodies, returning the fragments it could not match instead of dropping them.
   */
  splitList(text: string): { matches: AgencyMatch[]; unmatched: string[] } {
    const ft = foldWithMap(text);
    const { folded } = ft;
    const matches: AgencyMatch[] = [];
    const unmatched: string[] = [];
    let at = 0;
    while (at < folded.length) {
      const skip = /^[\s,;.:()]+|^va\b/.exec(folded.slice(at));
      if (skip) {
        at += skip[0].length;
        continue;
      }
      const match = this.matchFolded(ft, at);
      if (match) {
        matches.push(match);
        at = foldedIndex(ft, match.end, false);
        continue;
      }
      const rest = folded.slice(at);
      const next = /[,;]|\sva\s/.exec(rest);
      const stop = next ? at + next.index : folded.length;
      const fragment = ft.original
        .slice(ft.map[at], ft.map[stop])
        .trim()
        .replace(/[.\s]+$/, '');
      if (fragment && !isFiller(fold(fragment))) unmatched.push(fragment);
      at = stop === at ? at + 1 : stop;
    }
    return { matches, unmatched };
  }
}

/** Words that may sit between or after the units of a list without naming one. */
export function isFiller(folded: string): boolean {
  return /^(?:cac|va|co lien quan|lien quan|thuc hien|theo chuc nang,? nhiem vu(?: duoc giao)?)$/.test(folded.trim());
}

/** Folded index of original index `index` (the first folded char at or after it). */
function foldedIndex(ft: FoldedText, index: number, skipSpaces: boolean): number {
  let at = ft.map.findIndex((orig) => orig >= index);
  if (at < 0) at = ft.folded.length;
  if (skipSpaces) while (ft.folded[at] === ' ') at++;
  return at;
}

/**
 * Spelling variants every name answers to, so the glossary need not list them: "UBND" and
 * "Ủy ban nhân dân", "HĐND" and "Hội đồng nhân dân", with or without a leading "các".
 */
function variants(folded: string): string[] {
  const out = new Set<string>([folded]);
  const swaps: [RegExp, string][] = [
    [/\bubnd\b/g, 'uy ban nhan dan'],
    [/\buy ban nhan dan\b/g, 'ubnd'],
    [/\bhdnd\b/g, 'hoi dong nhan dan'],
    [/\bhoi dong nhan dan\b/g, 'hdnd'],
  ];
  for (const [pattern, replacement] of swaps) {
    for (const form of [...out]) out.add(form.replace(pattern, replacement));
  }
  for (const form of [...out]) {
    // A bare "ngành" or "bộ" would match far too much, so only multi-word names lose their "các".
    if (form.startsWith('cac ') && form.slice(4).includes(' ')) out.add(form.slice(4));
  }
  return [...out].filter((form) => form.length > 0);
}
