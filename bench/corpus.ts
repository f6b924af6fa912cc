/**
 * Synthetic corpus for the benchmark: realistic variants of the seed plan, made from its text by
 * text transformations so that every variant is a plan of the same genre that the real parser
 * reads (nine sections, weaknesses with causes, responsible units, tasks and deadlines):
 *
 *   - another province (real names, with diacritics) in the header, place, title and body, and
 *     another year (the plan's date, "năm ..." phrases and deadlines move with it);
 *   - units swapped among glossary bodies of the same level in "Đơn vị chủ trì/phối hợp" lines
 *     and in the agency lines of the task lists, so weaknesses and tasks change hands;
 *   - provincial documents renumbered (a province's old documents keep one number across its
 *     plans; recent ones move with the year), national ones left as they are, so they are shared
 *     by every plan; new provincial and national documents cited in added task bullets;
 *   - some weaknesses (numbered blocks of a section) and tasks (bullets) dropped or duplicated,
 *     the blocks renumbered so that printed numbers stay consistent.
 *
 * Pure and deterministic: the same seed text, glossary and options give the same corpus.
 */
import { slug } from '../shared/fold.ts';
import { AgencyMatcher } from '../server/src/ingest/agency-matcher.ts';
import { markSynthetic } from '../server/src/ingest/synthetic-marker.ts';
import type { Glossary } from '../server/src/ingest/types.ts';
import { headerRewriter, renameProvince, seedFacts, shiftYearPhrases, type SeedFacts } from '../server/src/synthetic/text-rewrites.ts';
import { seededRandom } from '../shared/seeded-random.ts';
import { between, pick, shuffle, type Random } from './corpus/choices.ts';
import {
  ADDED_CITATIONS,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  NATIONAL_DOCUMENTS,
  PROVINCES,
  PROVINCIAL_DOCUMENTS,
  SURNAMES,
  YEARS_AHEAD,
} from './corpus/corpus-data.ts';
import { DocumentNumbers, planDate, recentProvincialSymbols, renumberReferences } from './corpus/document-numbers.ts';
import { ANY_NUMBER, BULLET, editSections, PART_HEADING, ROMAN_HEADING, TASK_HEADING } from './corpus/structure-edits.ts';
import { swapUnits, unitSwaps } from './corpus/unit-swaps.ts';

export { PROVINCES };

export interface CorpusOptions {
  /** Number of plans to generate. */
  plans: number;
  /** Seed of the pseudo-random choices. */
  seed: number;
}

/** One generated plan: its text and what it was made to be. */
export interface CorpusPlan {
  fileName: string;
  text: string;
  province: string;
  year: number;
  symbol: string;
}

/**
 * Generates `plans` variants of the seed plan, deterministically from `seed`.
 * @throws Error when more plans are asked than there are (province, year) pairs.
 */
export function generateCorpus(seedText: string, glossary: Glossary, options: CorpusOptions): CorpusPlan[] {
  const text = seedText.normalize('NFC');
  const facts = seedFacts(text, glossary);

  const rnd = seededRandom(options.seed);
  const provinces = PROVINCES.filter((name) => slug(name) !== slug(facts.province));
  const pairs = provinces.flatMap((province) => Array.from({ length: YEARS_AHEAD }, (_, i) => ({ province, year: facts.year + i })));
  if (options.plans > pairs.length) throw new Error(`at most ${pairs.length} plans (province, year pairs); asked for ${options.plans}`);
  const chosen = shuffle(rnd, pairs).slice(0, options.plans);

  const matcher = new AgencyMatcher(glossary, facts.province);
  const numbers = new DocumentNumbers(rnd);
  const planNumbers = shuffle(
    rnd,
    Array.from({ length: 299 }, (_, i) => i + 1),
  );
  return chosen.map(({ province, year: planYear }, index) => {
    const planRnd = seededRandom(options.seed * 7919 + index + 1);
    const number = planNumbers[index % planNumbers.length]!;
    const symbol = facts.symbol.replace(/^\d+/, String(number));
    // The mark travels with the text: a corpus file imported anywhere stays synthetic.
    const variant = markSynthetic(
      makeVariant(text, { facts, province, year: planYear, symbol, rnd: planRnd, matcher, glossary, numbers }),
      `bench corpus (bench/corpus.ts, seed ${options.seed}), made from seeds/83-KH-UBND-2022.page.txt`,
    );
    return { fileName: `${slug(symbol)}-${planYear}-${slug(province)}.page.txt`, text: variant, province, year: planYear, symbol };
  });
}

interface VariantContext {
  facts: SeedFacts;
  province: string;
  year: number;
  symbol: string;
  rnd: Random;
  matcher: AgencyMatcher;
  glossary: Glossary;
  numbers: DocumentNumbers;
}

function makeVariant(seedText: string, ctx: VariantContext): string {
  const { rnd } = ctx;
  // Structure first (line count changes), then text within lines, then the added bullets last, so
  // that nothing rewrites their already-final numbers and dates.
  let lines = seedText.split('\n');
  lines = editSections(lines, rnd);
  const additions = planAdditions(lines, ctx);

  const swaps = unitSwaps(ctx.glossary, rnd);
  const delta = ctx.year - ctx.facts.year;
  const date = planDate(rnd, ctx.year);
  const recent = recentProvincialSymbols(lines, ctx.facts);
  const signer = `${pick(rnd, SURNAMES)} ${pick(rnd, MIDDLE_NAMES)} ${pick(rnd, GIVEN_NAMES)}`;
  const rewriteHeader = headerRewriter(ctx.facts, ctx, date);
  lines = lines.map((line) => {
    let out = swapUnits(line, ctx.matcher, swaps);
    out = renumberReferences(out, ctx, recent, delta);
    out = rewriteHeader(out);
    out = shiftYearPhrases(out, ctx.facts.year, delta);
    out = renameProvince(out, ctx.facts.province, ctx.province);
    if (ctx.facts.signer) out = out.replaceAll(ctx.facts.signer, signer);
    return out;
  });
  for (const { at, line } of additions.sort((a, b) => b.at - a.at)) lines.splice(at, 0, line, '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Added citations: new provincial documents, shared national ones

/** Where to add task bullets citing documents, and their text (already final). */
function planAdditions(lines: string[], ctx: VariantContext): { at: number; line: string }[] {
  const { rnd } = ctx;
  // Ends of task lists (before the next numbered label, "1.3. Thời gian khắc phục"), with the marker of their last bullet.
  const ends: { at: number; marker: string }[] = [];
  let inTasks = false;
  let lastMarker: string | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (TASK_HEADING.test(line)) {
      inTasks = true;
      lastMarker = null;
      return;
    }
    if (!inTasks) return;
    if (ANY_NUMBER.test(line) || ROMAN_HEADING.test(line) || PART_HEADING.test(line)) {
      if (lastMarker) ends.push({ at: i, marker: lastMarker });
      inTasks = false;
      return;
    }
    if (BULLET.test(line)) lastMarker = line[0] === '+' ? '+' : '-';
  });
  const planDay = `${ctx.year}-01-01`;
  const national = NATIONAL_DOCUMENTS.filter((doc) => doc.date < planDay);
  const count = between(rnd, ADDED_CITATIONS.min, ADDED_CITATIONS.max);
  return shuffle(rnd, ends)
    .slice(0, count)
    .map(({ at, marker }, k) => {
      if (national.length > 0 && rnd() < 0.5) return { at, line: `${marker} Tổ chức thực hiện nghiêm ${pick(rnd, national).mention}.` };
      const [word, type, issuerCode, issuer, subject] = pick(rnd, PROVINCIAL_DOCUMENTS);
      const number = ctx.numbers.numberFor(ctx.province, `added:${ctx.year}:${ctx.symbol}:${k}`, 1);
      const when = `${between(rnd, 1, 28)}/${between(rnd, 1, 12)}/${ctx.year - 1}`;
      return { at, line: `${marker} Triển khai thực hiện hiệu quả ${word} số ${number}/${type}-${issuerCode} ngày ${when} của ${issuer} về ${subject}.` };
    });
}
