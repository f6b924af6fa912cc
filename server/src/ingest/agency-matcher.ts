/**
 * Finds the bodies a text names: glossary bodies by their longest folded name or alias, and, where
 * the glossary knows none, bodies recognised by the form of their name (`agency-forms.ts`).
 *
 * Unit names in plans are free text: lists like "Sở Xây dựng, UBND các huyện, thị xã, thành phố"
 * mix commas that separate bodies with commas inside names. Splitting on commas first would break
 * names, so the matcher walks the folded text and takes, at each position, the longest name that
 * starts there.
 */
import { LETTER, LOWER, UPPER } from './letters.ts';
import { fold, type FoldedText } from '../../../shared/fold.ts';
import { formKey, hasPredicate, recogniseForm } from './agency-forms.ts';
import { foldCached } from './fold-cache.ts';
import type { Glossary, GlossaryEntry } from './types.ts';

/** One body found in a text; offsets are in the original string. */
export interface AgencyMatch {
  /** The glossary entry, or for a body recognised by form an entry made from its name. */
  entry: GlossaryEntry;
  start: number;
  end: number;
  /** The matched text verbatim. */
  text: string;
  /** The form that recognised a body the glossary lacks ("Sở …"); null for glossary bodies. */
  recognisedBy: string | null;
}

interface Form {
  folded: string;
  entry: GlossaryEntry;
}

/** A glossary form with a "{place}" slot: the place is read from the text (capitalised words). */
interface PlaceForm {
  prefix: string;
  suffix: string;
  entry: GlossaryEntry;
}

const WORD = /[a-z0-9]/;
const LOWER_WORD = new RegExp(`^[${LOWER}]+$`);
/** Folded separators between the members of a unit list. */
const SEPARATOR = /^(?:[\s,;]+|\s*\bva\b\s*)+/;
/** Capitalised words naming a place after a "{place}" slot's prefix ("Nghi Sơn", "Đông Nam Nghệ An"). */
const PLACE_WORDS = new RegExp(`^\\s+([${UPPER}][${LETTER}\\d-]*(?:\\s+[${UPPER}][${LETTER}\\d-]*){0,4})`);
const PLACE_WORD = new RegExp(`[${UPPER}][${LETTER}\\d-]*`, 'g');

/** The glossary's names folded and indexed for one province: what every parse of a plan of that province starts from. */
interface CompiledForms {
  byFirstWord: ReadonlyMap<string, readonly Form[]>;
  placeForms: ReadonlyMap<string, readonly PlaceForm[]>;
  /** Lower-case syllables of the glossary's names, which unknown names may contain. */
  nameWords: ReadonlySet<string>;
}

/**
 * Compiled forms per glossary object and province. Folding a few hundred names and their variants
 * was a fifth of a small plan's parse; a glossary is read once and not changed afterwards (a
 * changed glossary is a new object, so it compiles afresh).
 */
const compiledCache = new WeakMap<Glossary, Map<string, CompiledForms>>();

function compiledForms(glossary: Glossary, province: string | null): CompiledForms {
  const byProvince = compiledCache.get(glossary) ?? new Map<string, CompiledForms>();
  compiledCache.set(glossary, byProvince);
  const compiled = byProvince.get(province ?? '') ?? compileForms(glossary, province);
  byProvince.set(province ?? '', compiled);
  return compiled;
}

function compileForms(glossary: Glossary, province: string | null): CompiledForms {
  const byFirstWord = new Map<string, Form[]>();
  const placeForms = new Map<string, PlaceForm[]>();
  const nameWords = new Set<string>();
  const add = (folded: string, entry: GlossaryEntry) => {
    const first = folded.split(' ')[0]!;
    const forms = byFirstWord.get(first) ?? [];
    if (!forms.some((f) => f.folded === folded)) forms.push({ folded, entry });
    byFirstWord.set(first, forms);
  };
  for (const entry of glossary.agencies) {
    for (const word of entry.name.replaceAll(/\{\w+\}/g, ' ').split(/[\s,]+/)) if (LOWER_WORD.test(word)) nameWords.add(word);
    for (const form of [entry.name, ...entry.aliases]) {
      if (form.includes('{province}') && !province) continue;
      const filled = fold(form.replaceAll('{province}', province ?? ''));
      if (filled.includes('{place}')) {
        for (const variant of variants(filled)) {
          const [prefix, suffix] = variant.split('{place}') as [string, string];
          const first = prefix.split(' ')[0]!;
          placeForms.set(first, [...(placeForms.get(first) ?? []), { prefix: prefix.trimEnd(), suffix, entry }]);
        }
        continue;
      }
      for (const variant of variants(filled)) add(variant, entry);
    }
  }
  for (const forms of byFirstWord.values()) forms.sort((a, b) => b.folded.length - a.folded.length);
  return { byFirstWord, placeForms, nameWords };
}

/**
 * Finds glossary bodies in text by longest folded name/alias, and other bodies by form. Names and
 * aliases may contain `{province}`, filled with the plan's province ("Kho bạc Nhà nước {province}"),
 * or `{place}`, any place name the text gives ("Ban Quản lý Khu kinh tế {place}"), so the glossary
 * stays free of any one province's names.
 */
export class AgencyMatcher {
  private readonly byFirstWord: CompiledForms['byFirstWord'];
  private readonly placeForms: CompiledForms['placeForms'];
  /** Lower-case syllables of the glossary's names, which unknown names may contain. */
  private readonly nameWords: CompiledForms['nameWords'];
  /** Per plan: "{place}" bodies filled with their places, and bodies recognised by form. */
  private readonly placed = new Map<string, GlossaryEntry>();
  private readonly recognised = new Map<string, GlossaryEntry>();
  private readonly foldedProvince: string | null;

  constructor(
    readonly glossary: Glossary,
    readonly province: string | null,
  ) {
    this.foldedProvince = province ? fold(province) : null;
    ({ byFirstWord: this.byFirstWord, placeForms: this.placeForms, nameWords: this.nameWords } = compiledForms(glossary, province));
  }

  /** The longest glossary body whose name starts exactly at folded index `at`, or null. */
  matchFolded(ft: FoldedText, at: number): AgencyMatch | null {
    const { folded } = ft;
    if (at > 0 && WORD.test(folded[at - 1]!)) return null;
    const firstWord = /^[^\s]+/.exec(folded.slice(at, at + 40))?.[0];
    if (!firstWord) return null;
    // The first word may carry trailing punctuation ("sở," in "Các sở, ban"), so try its prefixes.
    const candidates = new Set<string>([firstWord, firstWord.replace(/[^a-z0-9&]+$/, '')]);
    let best: { entry: GlossaryEntry; length: number } | null = null;
    for (const word of candidates) {
      for (const form of this.byFirstWord.get(word) ?? []) {
        if (best && form.folded.length <= best.length) break;
        const end = at + form.folded.length;
        if (folded.startsWith(form.folded, at) && !WORD.test(folded[end] ?? ' ')) {
          best = { entry: form.entry, length: form.folded.length };
          break;
        }
      }
    }
    const placed = this.placeForms.has(firstWord) ? this.matchPlace(ft, at, this.placeForms.get(firstWord)!) : null;
    if (placed && (!best || placed.length > best.length)) best = placed;
    if (!best) return null;
    let foldedEnd = at + best.length;
    if (best.entry.level !== 'central') foldedEnd += this.provinceSuffix(folded, foldedEnd);
    const start = ft.map[at]!;
    const endOriginal = ft.map[foldedEnd - 1]! + 1;
    return { entry: best.entry, start, end: endOriginal, text: ft.original.slice(start, endOriginal), recognisedBy: null };
  }

  /** Length of " (tỉnh) <province>" after a local body's name: "Sở Y tế tỉnh Nghệ An" is the province's Sở Y tế. */
  private provinceSuffix(folded: string, at: number): number {
    const p = this.foldedProvince;
    if (!p) return 0;
    for (const lead of [' tinh ', ' ']) {
      const form = lead + p;
      if (folded.startsWith(form, at) && !WORD.test(folded[at + form.length] ?? ' ')) return form.length;
    }
    return 0;
  }

  private matchPlace(ft: FoldedText, at: number, forms: readonly PlaceForm[]): { entry: GlossaryEntry; length: number } | null {
    let best: { entry: GlossaryEntry; length: number } | null = null;
    for (const form of forms) {
      if (!ft.folded.startsWith(form.prefix, at)) continue;
      const afterPrefix = ft.map[at + form.prefix.length]!;
      const place = PLACE_WORDS.exec(ft.original.slice(afterPrefix));
      if (!place) continue;
      const placeStart = afterPrefix + place[0].length - place[1]!.length;
      const words = [...place[1]!.matchAll(PLACE_WORD)];
      // The place is as many capitalised words as leave the rest of the form matching.
      for (let k = words.length; k >= 1; k--) {
        const last = words[k - 1]!;
        const placeEnd = placeStart + last.index + last[0].length;
        const foldedPlaceEnd = foldedIndex(ft, placeEnd, false);
        const end = foldedPlaceEnd + form.suffix.length;
        if (!ft.folded.startsWith(form.suffix, foldedPlaceEnd) || WORD.test(ft.folded[end] ?? ' ')) continue;
        if (!best || end - at > best.length) best = { entry: this.placedEntry(form.entry, ft.original.slice(placeStart, placeEnd)), length: end - at };
        break;
      }
    }
    return best;
  }

  /** The entry of a "{place}" body for one place, its names filled in (one object per place). */
  private placedEntry(entry: GlossaryEntry, place: string): GlossaryEntry {
    const id = `${entry.key}|${place}`;
    let filled = this.placed.get(id);
    if (!filled) {
      const fill = (text: string) => text.replaceAll('{place}', place).replace(/\s+/g, ' ').trim();
      filled = { ...entry, name: fill(entry.name), nameEn: fill(entry.nameEn), aliases: entry.aliases.map(fill) };
      this.placed.set(id, filled);
    }
    return filled;
  }

  /** A body the glossary lacks, recognised by its form at original index `start`, or null. */
  matchForm(ft: FoldedText, start: number): AgencyMatch | null {
    const isUnitStart = (offset: number) => this.matchFolded(ft, foldedIndex(ft, offset, false)) !== null;
    const at = foldedIndex(ft, start, false);
    const firstWord = /^\S+/.exec(ft.folded.slice(at, at + 16))?.[0] ?? '';
    const found = recogniseForm(ft.original, start, firstWord, isUnitStart, this.nameWords);
    if (!found) return null;
    const key = formKey(found.name, this.province);
    // The name may be a glossary body's after all, written with its province ("Sở Y tế tỉnh Nghệ An").
    const glossaryEntry = this.glossary.agencies.find((entry) => entry.key === key);
    // A "{place}" body named without its place ("Ban Quản lý Khu kinh tế" at a cut) gets its names without the slot, never the template.
    const known = glossaryEntry?.name.includes('{place}') ? this.placedEntry(glossaryEntry, '') : glossaryEntry;
    let entry = known ?? this.recognised.get(key);
    if (!entry) {
      entry = { key, name: found.name, nameEn: '', level: found.level, kind: 'body', aliases: [], collectiveMember: found.collectiveMember };
      this.recognised.set(key, entry);
    }
    return { entry, start, end: found.end, text: ft.original.slice(start, found.end), recognisedBy: known ? null : found.form };
  }

  /** A glossary body, or else a body recognised by form, starting at folded index `at`. */
  private matchAny(ft: FoldedText, at: number): AgencyMatch | null {
    return this.matchFolded(ft, at) ?? (at < ft.folded.length ? this.matchForm(ft, ft.map[at]!) : null);
  }

  /** The longest glossary body starting at original index `start` (after optional spaces), or null. */
  matchAt(text: string, start = 0): AgencyMatch | null {
    const ft = foldCached(text);
    return this.matchFolded(ft, foldedIndex(ft, start, true));
  }

  /** Like {@link matchAt}, falling back to a body recognised by its form. */
  matchAnyAt(text: string, start = 0): AgencyMatch | null {
    const ft = foldCached(text);
    return this.matchAny(ft, foldedIndex(ft, start, true));
  }

  /**
   * Bodies listed one after another from original index `start` ("Sở X, Sở Y và UBND ..."), stopping
   * at the first text that is not a body; `end` is where the list stops (original index). A body
   * the glossary lacks but whose form is clear keeps its place in the list, so it never drops the
   * bodies after it.
   */
  leadingList(text: string, start = 0): { matches: AgencyMatch[]; end: number; skipped: string[] } {
    const ft = foldCached(text);
    let at = foldedIndex(ft, start, true);
    const matches: AgencyMatch[] = [];
    const skipped: string[] = [];
    let end = start;
    for (;;) {
      let match = this.matchAny(ft, at);
      if (!match && matches.length > 0) {
        // A short fragment that names nothing known ("các KCN") between two units does not end the
        // list: "Ban Quản lý KKT X và các KCN, Sở Tài nguyên và Môi trường, …" goes on after it.
        const rest = ft.original.slice(ft.map[at], ft.map[Math.min(at + 60, ft.folded.length)]);
        const comma = /^([^,;:.()]{2,40}?)\s*[,;]\s*/u.exec(rest);
        if (comma && comma[1]!.split(/\s+/).length <= 5 && !hasPredicate(comma[1]!)) {
          const next = foldedIndex(ft, ft.map[at]! + comma[0].length, true);
          match = this.matchAny(ft, next);
          if (match) skipped.push(comma[1]!.trim());
        }
      }
      if (!match) break;
      matches.push(match);
      end = match.end;
      const after = foldedIndex(ft, match.end, false);
      const sep = SEPARATOR.exec(ft.folded.slice(after, after + 12));
      if (!sep) break;
      at = after + sep[0].length;
    }
    return { matches, end, skipped };
  }

  /**
   * Splits a whole unit list ("Sở Xây dựng, các sở, ban, ngành cấp tỉnh, UBND ... có liên quan")
   * into bodies, returning the fragments it could not match instead of dropping them.
   */
  splitList(text: string): { matches: AgencyMatch[]; unmatched: string[] } {
    const ft = foldCached(text);
    const { folded } = ft;
    const matches: AgencyMatch[] = [];
    const unmatched: string[] = [];
    let at = 0;
    // "Các Sở: Tài chính, Xây dựng và Y tế": one head before a colon for the names after it.
    let head: string | null = null;
    while (at < folded.length) {
      const shared = SHARED_HEAD.exec(folded.slice(at, at + 12));
      if (shared) {
        head = HEADS[shared[1]!]!;
        at += shared[0].length;
        continue;
      }
      const skip = /^[\s,;.:()]+|^va\b/.exec(folded.slice(at, at + 8));
      if (skip) {
        at += skip[0].length;
        continue;
      }
      const match = this.matchAny(ft, at) ?? (head ? this.matchWithHead(ft, at, head) : null);
      if (match) {
        matches.push(match);
        at = Math.max(foldedIndex(ft, match.end, false), at + 1);
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

  /** The body named at folded index `at` once a shared head is put before it ("Tài chính" after "Các Sở:" is "Sở Tài chính"). */
  private matchWithHead(ft: FoldedText, at: number, head: string): AgencyMatch | null {
    const start = ft.map[at]!;
    const match = this.matchAnyAt(`${head} ${ft.original.slice(start)}`, 0);
    if (!match) return null;
    const end = start + match.end - head.length - 1;
    return { ...match, start, end, text: ft.original.slice(start, end) };
  }
}

/** A head shared by the names after its colon ("Các Sở: …", "các Ban: …"), folded. */
const SHARED_HEAD = /^cac (so|ban|bo|cuc)\s*:\s*/;
const HEADS: Record<string, string> = { so: 'Sở', ban: 'Ban', bo: 'Bộ', cuc: 'Cục' };

/** Words that may sit between or after the units of a list without naming one. */
export function isFiller(folded: string): boolean {
  return /^(?:cac|va|co lien quan|lien quan|thuc hien|theo chuc nang,? nhiem vu(?: duoc giao)?)$/.test(folded.trim());
}

/** Folded index of original index `index` (the first folded char at or after it). */
export function foldedIndex(ft: FoldedText, index: number, skipSpaces: boolean): number {
  // The map is sorted, so a binary search finds the first folded char at or after `index`.
  let lo = 0;
  let hi = ft.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ft.map[mid]! >= index) hi = mid;
    else lo = mid + 1;
  }
  let at = Math.min(lo, ft.folded.length);
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
