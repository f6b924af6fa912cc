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
import { foldWithMap, slug } from '../shared/fold.ts';
import { AgencyMatcher, type AgencyMatch } from '../server/src/ingest/agency-matcher.ts';
import { labelOf } from '../server/src/ingest/labels.ts';
import { markSynthetic } from '../server/src/ingest/synthetic-marker.ts';
import type { Glossary, GlossaryEntry } from '../server/src/ingest/types.ts';
import { headerRewriter, renameProvince, seedFacts, shiftYearPhrases, type SeedFacts } from '../server/src/synthetic/text-rewrites.ts';
import { seededRandom } from '../shared/seeded-random.ts';

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

/** Provinces (tỉnh) before the 2025 merger; the five centrally-run cities are left out because the seed's wording ("UBND tỉnh") is a province's. */
export const PROVINCES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
] as const;

/** Plan years: the seed's year and the next ones. */
const YEARS_AHEAD = 4;

/** Chances per numbered block of a section (a weakness, or an area of weaknesses) and per task bullet. */
const CHANCE = { dropBlock: 0.1, duplicateBlock: 0.1, dropTask: 0.1, duplicateTask: 0.08 };
/** Share of the bodies of a level that trade places in one plan. */
const SWAP_SHARE = 0.4;
/** Task bullets added per plan, each citing a new provincial or a shared national document. */
const ADDED_CITATIONS = { min: 3, max: 6 };

/**
 * National documents a variant may cite in an added task (shared across plans: their symbols
 * are numbered nationwide), each with the date it was issued.
 */
const NATIONAL_DOCUMENTS: { date: string; mention: string }[] = [
  {
    date: '2021-10-14',
    mention:
      'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030',
  },
  {
    date: '2022-01-06',
    mention:
      'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia',
  },
  {
    date: '2022-01-18',
    mention:
      'Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
  },
  {
    date: '2022-01-28',
    mention:
      'Quyết định số 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021 - 2030',
  },
  {
    date: '2022-02-22',
    mention:
      'Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025',
  },
  {
    date: '2022-06-16',
    mention: 'Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045',
  },
  {
    date: '2022-11-17',
    mention:
      'Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045',
  },
];

/** Provincial documents a variant may cite in an added task: type word, type code, issuer code, issuer as written, subject. */
const PROVINCIAL_DOCUMENTS: [string, string, string, string, string][] = [
  ['Kế hoạch', 'KH', 'UBND', 'UBND tỉnh', 'triển khai chuyển đổi số trong các cơ quan nhà nước'],
  ['Kế hoạch', 'KH', 'UBND', 'UBND tỉnh', 'phát triển kinh tế tập thể, hợp tác xã'],
  ['Quyết định', 'QĐ', 'UBND', 'UBND tỉnh', 'ban hành Bộ chỉ số đánh giá cải cách hành chính của các sở, ban, ngành'],
  ['Quyết định', 'QĐ', 'UBND', 'UBND tỉnh', 'phê duyệt Đề án phát triển nông nghiệp hữu cơ'],
  ['Chỉ thị', 'CT', 'UBND', 'UBND tỉnh', 'tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn'],
  ['Chỉ thị', 'CT', 'UBND', 'UBND tỉnh', 'đẩy nhanh tiến độ giải ngân vốn đầu tư công'],
  ['Nghị quyết', 'NQ', 'HĐND', 'HĐND tỉnh', 'quy định chính sách hỗ trợ phát triển sản xuất hàng hóa tập trung'],
  ['Nghị quyết', 'NQ', 'HĐND', 'HĐND tỉnh', 'kế hoạch đầu tư công trung hạn'],
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Ngô', 'Dương'];
const MIDDLE_NAMES = ['Văn', 'Minh', 'Quốc', 'Thanh', 'Đức', 'Thị', 'Hữu', 'Ngọc'];
const GIVEN_NAMES = ['Hùng', 'Lâm', 'Hải', 'Phúc', 'Sơn', 'Tùng', 'Khoa', 'Hà', 'Lan', 'Vinh', 'Thắng', 'Bình'];

/** Bodies named after a place of the seed's province (its economic zone): they never move to another province's lines. */
const PLACE_BOUND = new Set(['ban-quan-ly-khu-kinh-te-va-cac-khu-cong-nghiep', 'ban-quan-ly-khu-kinh-te']);

/** Issuer codes that make a document provincial (numbered by each province). */
const PROVINCIAL_CODES = new Set(['UBND', 'HĐND', 'TU']);

type Random = () => number;
const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const between = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
function shuffle<T>(rnd: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Numbers for renumbered documents, per province, so that a province's documents never collide
 * and the seed's own numbers (which analysts look up, e.g. "08-NQ/TU") stay the seed's.
 */
class DocumentNumbers {
  private readonly byKey = new Map<string, number>();
  private readonly used = new Map<string, Set<number>>();

  constructor(private readonly rnd: Random) {}

  numberFor(province: string, key: string, original: number): number {
    const scoped = `${province}|${key}`;
    const known = this.byKey.get(scoped);
    if (known !== undefined) return known;
    const used = this.used.get(province) ?? new Set<number>();
    this.used.set(province, used);
    const [min, max] = original < 1000 ? [300, 999] : [1000, 19999];
    let number = between(this.rnd, min, max);
    while (used.has(number)) number = number === max ? min : number + 1;
    used.add(number);
    this.byKey.set(scoped, number);
    return number;
  }
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
// Structure: weaknesses and tasks dropped, duplicated, renumbered

const ROMAN_HEADING = /^([IVXL]+)\s*\.\s+(\S.*)$/u;
const PART_HEADING = /^[A-H]\s*\.\s+\p{Lu}/u;
const TOP_NUMBER = /^(\d{1,2})\.\s+(\S.*)$/u;
/** A numbered heading or label: "1.", "1.2.", "2.2.1." or "1.2 Kế hoạch" (not "3 nhằm ..." nor "2022 ..."). */
const ANY_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.(?!\d)\s*\S|^\d{1,2}(?:\.\d{1,2}){1,3}\s+\S/u;
const TASK_HEADING = /^b\s*\)\s*\.?\s*(?:Nhiệm vụ|Giải pháp|Biện pháp)/iu;
const BULLET = /^([-+•–*])\s*\S/u;

/** Line ranges [start, end) of the Roman-numeral sections of part B. */
function sectionRanges(lines: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let open: number | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const roman = ROMAN_HEADING.exec(line);
    const isSection = roman !== null && /^\p{Lu}/u.test(roman[2]!) && roman[2]!.split(/\s+/)[0] === roman[2]!.split(/\s+/)[0]!.toUpperCase();
    if (isSection || PART_HEADING.test(line)) {
      if (open !== null) ranges.push([open, i]);
      open = isSection ? i : null;
    }
  });
  if (open !== null) ranges.push([open, lines.length]);
  return ranges;
}

/** Drops and duplicates numbered blocks and task bullets in every section, then renumbers the blocks. */
function editSections(lines: string[], rnd: Random): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const [start, end] of sectionRanges(lines)) {
    out.push(...lines.slice(cursor, start));
    out.push(...editSection(lines.slice(start, end), rnd));
    cursor = end;
  }
  out.push(...lines.slice(cursor));
  return out;
}

function editSection(section: string[], rnd: Random): string[] {
  // Numbered blocks: "1. Về tốc độ tăng trưởng ..." up to the next one; labels ("1. Nguyên nhân") are not blocks.
  const starts: number[] = [];
  section.forEach((raw, i) => {
    const m = TOP_NUMBER.exec(raw.trim());
    if (i > 0 && m && labelOf(m[2]!) === null) starts.push(i);
  });
  if (starts.length === 0) return editTasks(section, rnd);

  const head = section.slice(0, starts[0]);
  const blocks = starts.map((start, k) => ({
    number: Number(TOP_NUMBER.exec(section[start]!.trim())![1]),
    lines: section.slice(start, starts[k + 1] ?? section.length),
  }));
  let kept = blocks.flatMap((block) => {
    const roll = rnd();
    if (roll < CHANCE.dropBlock) return [];
    if (roll < CHANCE.dropBlock + CHANCE.duplicateBlock) return [block, block];
    return [block];
  });
  if (kept.length === 0) kept = [blocks[0]!];
  const renumbered = kept.flatMap((block, k) => renumberBlock(editTasks(block.lines, rnd), block.number, k + 1));
  return [...head, ...renumbered];
}

/** Rewrites the leading number of a block's numbered lines ("2.", "2.1.", "2.1.3.") from `from` to `to`. */
function renumberBlock(lines: string[], from: number, to: number): string[] {
  if (from === to) return lines;
  const pattern = new RegExp(`^(\\s*)${from}(?=\\.)`);
  return lines.map((line) => (ANY_NUMBER.test(line.trim()) ? line.replace(pattern, `$1${to}`) : line));
}

/** Task bullets of every "b) Nhiệm vụ, giải pháp" list: some dropped, some duplicated; at least one stays. */
function editTasks(lines: string[], rnd: Random): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    out.push(lines[i]!);
    if (!TASK_HEADING.test(lines[i]!.trim())) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !ANY_NUMBER.test(lines[end]!.trim()) && !TASK_HEADING.test(lines[end]!.trim())) end++;
    out.push(...editTaskList(lines.slice(i + 1, end), rnd));
    i = end;
  }
  return out;
}

function editTaskList(list: string[], rnd: Random): string[] {
  const starts = list.flatMap((raw, i) => (BULLET.test(raw.trim()) ? [i] : []));
  if (starts.length < 2) return list;
  const units = starts.map((start, k) => list.slice(start, starts[k + 1] ?? list.length));
  const marker = (unit: string[]) => unit[0]!.trim()[0];
  // A "- Sở X" line over "+" bullets names their owner: it stays, and is never copied.
  const isOwnerLine = (k: number) => marker(units[k]!) !== '+' && units[k + 1] !== undefined && marker(units[k + 1]!) === '+';
  const edited: string[][] = [];
  let tasksLeft = units.filter((_, k) => !isOwnerLine(k)).length;
  units.forEach((unit, k) => {
    if (isOwnerLine(k)) {
      edited.push(unit);
      return;
    }
    const roll = rnd();
    if (roll < CHANCE.dropTask && tasksLeft > 1) {
      tasksLeft--;
      return;
    }
    edited.push(unit);
    if (roll > 1 - CHANCE.duplicateTask) edited.push(unit);
  });
  return [...list.slice(0, starts[0]), ...edited.flat()];
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

// ---------------------------------------------------------------------------------------------
// Units: bodies of one level trade places

/** A pairing of bodies of the same level (central with central, provincial with provincial). */
function unitSwaps(glossary: Glossary, rnd: Random): Map<string, GlossaryEntry> {
  const swaps = new Map<string, GlossaryEntry>();
  for (const level of ['central', 'province'] as const) {
    // Governing organs (UBND, HĐND, Tỉnh ủy, Chính phủ...) are not units a plan assigns work to.
    const bodies = glossary.agencies.filter(
      (entry) => entry.level === level && entry.kind === 'body' && entry.collectiveMember !== false && !PLACE_BOUND.has(entry.key),
    );
    const order = shuffle(rnd, bodies);
    const pairs = Math.floor((bodies.length * SWAP_SHARE) / 2);
    for (let k = 0; k < pairs; k++) {
      const [a, b] = [order[2 * k]!, order[2 * k + 1]!];
      swaps.set(a.key, b);
      swaps.set(b.key, a);
    }
  }
  return swaps;
}

const RESPONSIBILITY = /^[-+•–*]?\s*đơn vị (?:chủ trì|phối hợp)[^:]*:/iu;

/** Swaps the bodies named in a responsibility line, an agency bullet or a "b) ...: Sở X chủ trì" heading. */
function swapUnits(line: string, matcher: AgencyMatcher, swaps: Map<string, GlossaryEntry>): string {
  const trimmed = line.trim();
  let from: number;
  const label = RESPONSIBILITY.exec(trimmed);
  if (label) from = line.indexOf(':') + 1;
  else if (TASK_HEADING.test(trimmed) && trimmed.includes(':')) from = line.indexOf(':') + 1;
  else if (BULLET.test(trimmed)) {
    const bulletEnd = line.indexOf(trimmed) + 1;
    if (matcher.leadingList(line, bulletEnd).matches.length === 0) return line;
    from = bulletEnd;
  } else return line;

  let out = line;
  for (const match of allMatches(line, matcher, from).reverse()) {
    const target = swaps.get(match.entry.key);
    if (target) out = out.slice(0, match.start) + target.name + out.slice(match.end);
  }
  return out;
}

/** Every glossary body named in the text from `from` on, longest first at each position, without overlaps. */
function allMatches(text: string, matcher: AgencyMatcher, from: number): AgencyMatch[] {
  const ft = foldWithMap(text);
  const matches: AgencyMatch[] = [];
  let at = ft.map.findIndex((original) => original >= from);
  while (at >= 0 && at < ft.folded.length) {
    const match = matcher.matchFolded(ft, at);
    if (!match) {
      at++;
      continue;
    }
    matches.push(match);
    at = ft.map.findIndex((original) => original >= match.end);
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------
// Documents, dates, names

const SYMBOL = /(?<![\p{L}\d/])(\d{1,5})(?:\/(\d{4}))?([/-])(\p{Lu}[\p{L}]*(?:[-/][\p{L}\d]+)*)(\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?/gu;

function isProvincial(codes: string): boolean {
  return codes.split(/[-/]/).some((code) => PROVINCIAL_CODES.has(code));
}

/** Provincial symbols of the seed issued in the plan's year or the year it reviews: they move with the year. */
function recentProvincialSymbols(lines: string[], facts: SeedFacts): Set<string> {
  const recent = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(SYMBOL)) {
      if (!isProvincial(m[4]!)) continue;
      const year = Number(m[2] ?? m[8] ?? 0);
      if (year >= facts.year - 1) recent.add(symbolOf(m));
    }
  }
  return recent;
}

function symbolOf(m: RegExpMatchArray): string {
  return symbolText(m[1]!, m[2], m[3]!, m[4]!);
}

function symbolText(number: string, year: string | undefined, separator: string, codes: string): string {
  return `${number}${year ? `/${year}` : ''}${separator}${codes}`;
}

/** Renumbers provincial documents (the plan's own symbol aside) and moves recent ones to the plan's year. */
function renumberReferences(line: string, ctx: VariantContext, recent: Set<string>, delta: number): string {
  return line.replace(SYMBOL, (...groups: (string | undefined)[]) => {
    const [whole, number, symbolYear, separator, codes, dated, day, month, dateYear] = groups as [
      string,
      string,
      string | undefined,
      string,
      string,
      string | undefined,
      string,
      string,
      string,
    ];
    const symbol = symbolText(number, symbolYear, separator, codes);
    if (!isProvincial(codes) || symbol === ctx.facts.symbol) return whole;
    const moves = recent.has(symbol);
    const key = moves ? `${symbol}@${ctx.year}` : symbol;
    const renumbered = ctx.numbers.numberFor(ctx.province, key, Number(number));
    const shift = (year: string) => Number(year) + (moves ? delta : 0);
    let out = symbolText(String(renumbered), symbolYear && String(shift(symbolYear)), separator, codes);
    if (dated) {
      const newYear = shift(dateYear);
      // 29 February exists only in leap years.
      const safeDay = Number(month) === 2 && Number(day) === 29 && newYear % 4 !== 0 ? '28' : day;
      out += ` ngày ${safeDay}/${month}/${newYear}`;
    }
    return out;
  });
}

/** A date late in March or in April of the plan's year, after the documents it cites (the seed's latest is 21 March). */
function planDate(rnd: Random, year: number): { day: number; month: number; year: number } {
  const month = rnd() < 0.3 ? 3 : 4;
  return { day: month === 3 ? between(rnd, 25, 31) : between(rnd, 1, 30), month, year };
}
