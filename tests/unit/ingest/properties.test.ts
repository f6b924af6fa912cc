/**
 * Property-based tests of the parser (fast-check): the seed plan damaged at random, and random
 * bytes, never make the parser throw anything but its own PlanParseError, never take 2 s, never
 * give an agency the input does not name, and never repeat a weakness, a task or a reference.
 *
 * Reproducible: the runs use a fixed seed unless PROPERTY_SEED is set (PROPERTY_SEED=random picks
 * one); a failure prints the seed and fast-check's path, and the shrunk counterexample. Each
 * counterexample found so far is a unit test in defects.test.ts.
 *   PROPERTY_SEED=123 npx vitest run --project unit tests/unit/ingest/properties.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, slug } from '../../../shared/fold.ts';
import { parseDocument } from '../../../server/src/ingest/documents/parse-document.ts';
import { parsePlan } from '../../../server/src/ingest/parse-plan.ts';
import { codesOf, issuerKeyOfCode } from '../../../server/src/ingest/document-symbols.ts';
import { PlanParseError, type AgencyRecord, type ParsedPlan } from '../../../server/src/ingest/types.ts';
import { glossary, seedText, tasks, weaknesses } from './helpers.ts';
import { damage, damageArbitrary, excerptArbitrary, excerptOf, seedParts } from './seed-mutations.ts';

const SEED = propertySeed(process.env.PROPERTY_SEED);
/** Runs per property; their sum is the run's case count (10,400). */
const RUNS = { excerpts: 8000, wholeSeed: 400, text: 1000, bytes: 1000 };
/** The most one parse may take (a hang guard far above the seed's ~20 ms, not a benchmark). */
const PARSE_LIMIT_MS = 2000;

function propertySeed(value: string | undefined): number {
  if (value === undefined || value === '') return 20220324;
  if (value === 'random') return Date.now() ^ (Math.random() * 2 ** 31);
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`PROPERTY_SEED must be an integer or "random" (got "${value}")`);
  return seed;
}

async function check<T>(property: fc.IAsyncProperty<T> | fc.IProperty<T>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, { seed: SEED, numRuns, endOnFailure: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`property failed with PROPERTY_SEED=${SEED} (repeat it with that variable set)\n${message}`, { cause: error });
  }
}

/** Text folded for white space only (NBSP, tabs, line breaks are a space), as names are compared in the input. */
const spaceFolded = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u3000]+/g, ' ');

/**
 * The forms a glossary body answers to, as the matcher reads them: its name and aliases with the
 * plan's province filled in, "UBND"/"Ủy ban nhân dân" and "HĐND"/"Hội đồng nhân dân" either way,
 * with or without a leading "các" and a trailing "tỉnh" (the matcher's key for a body by its form
 * leaves the province level out: "Trung tâm Xúc tiến … và Du lịch" is the province's) — as slugs, so they compare up to diacritics, case, white space
 * and punctuation (a stray ":" or "Ƞ" inside a name still names the body).
 */
function glossaryForms(agency: AgencyRecord): string[] {
  const cacheKey = `${agency.name}|${agency.aliases.join('|')}`;
  const cached = formsCache.get(cacheKey);
  if (cached) return cached;
  const forms = new Set<string>();
  for (const form of [agency.name, ...agency.aliases].map(fold)) {
    for (const swapped of [
      form,
      form.replace(/\bubnd\b/g, 'uy ban nhan dan'),
      form.replace(/\buy ban nhan dan\b/g, 'ubnd'),
      form.replace(/\bhdnd\b/g, 'hoi dong nhan dan'),
      form.replace(/\bhoi dong nhan dan\b/g, 'hdnd'),
    ])
      for (const short of [swapped, swapped.replace(/ tinh$/, '')]) forms.add(`-${slug(short.replace(/^cac (?=\S+ )/, ''))}-`);
  }
  formsCache.set(cacheKey, [...forms]);
  return [...forms];
}
const formsCache = new Map<string, string[]>();

/** Any line that could open a signature block, as the parser reads them (and then some: upper case, stray spaces). */
const SIGNATURE = /^[\s\u00a0\u3000]*(?:(?:TM|KT|TL|TUQ|Q)\s*\.|(?:PHÓ\s+)?CHỦ\s+TỊCH)/imu;

/**
 * The text as one slug, line by line: slugging 40 kB per case cost more than parsing it, and most
 * lines of a damaged seed are the seed's, so each line's slug is remembered.
 */
function sluggedText(text: string): string {
  if (slugCache.size > 100_000) slugCache.clear();
  const slugs: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    let lineSlug = slugCache.get(line);
    if (lineSlug === undefined) slugCache.set(line, (lineSlug = slug(line)));
    if (lineSlug) slugs.push(lineSlug);
  }
  return `-${slugs.join('-')}-`;
}
const slugCache = new Map<string, string>();

/** A failed property, with what failed (plain checks: vitest's expect is too slow for 10,000 cases × 50 checks). */
function assert(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/**
 * Checks one parse of `text`: it returns a plan or throws PlanParseError naming the file, within the
 * time limit, and the plan names no agency the text does not and repeats no record.
 */
function checkParse(text: string): void {
  const started = performance.now();
  let parsed: ParsedPlan | null = null;
  try {
    parsed = parsePlan(text, { sourceFile: 'damaged.txt', glossary });
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    assert(/^damaged\.txt(?::\d+)?: \S/.test(error.message), () => `a refusal that does not name the file: ${error.message}`);
  }
  const ms = performance.now() - started;
  assert(ms < PARSE_LIMIT_MS, () => `one parse took ${ms.toFixed(0)} ms`);
  if (parsed) checkPlan(parsed, text);
}

function checkPlan(parsed: ParsedPlan, text: string): void {
  // Agencies: a body the glossary lacks is named in the input verbatim (up to white space); a
  // glossary body by its name or one of its aliases (see glossaryForms), or by the issuer code of
  // a cited document's symbol ("173/NQ-HĐND" is the HĐND's).
  const input = spaceFolded(text);
  const slugged = sluggedText(text);
  const bySymbol = new Set(parsed.references.flatMap((r) => (r.symbol ? codesOf(r.symbol).map(issuerKeyOfCode) : [])));
  for (const agency of parsed.agencies) {
    const names = `${agency.name} ${agency.nameEn ?? ''} ${agency.aliases.join(' ')}`;
    assert(!/\{\w+\}/.test(names), () => `a glossary template slot left unfilled: ${names}`);
    if (!agency.verified) assert(input.includes(agency.name), () => `unverified agency "${agency.name}" is not in the input`);
    else if (!bySymbol.has(agency.key))
      assert(
        glossaryForms(agency).some((form) => slugged.includes(form)),
        () => `agency "${agency.name}" (${agency.id}) is not named in the input`,
      );
  }
  const ws = weaknesses(parsed);
  const ts = tasks(parsed);
  const refs = parsed.references;
  const unique: [unknown[], string][] = [
    [parsed.agencies.map((a) => a.id), 'agency id'],
    [ws.map((w) => w.id), 'weakness id'],
    // No heading read as two weaknesses.
    [ws.map((w) => w.provenance.lineStart), 'weakness heading line'],
    [ts.map((t) => t.id), 'task id'],
    // No paragraph read as two tasks (in two weaknesses, say).
    [ts.map((t) => t.provenance.lineStart), 'task line'],
    [refs.map((r) => r.key), 'reference key'],
    [refs.flatMap((r) => (r.symbol ? [r.symbol] : [])), 'reference symbol'],
  ];
  for (const [values, what] of unique) {
    const repeated = values.find((v, i) => values.indexOf(v) !== i);
    assert(repeated === undefined, () => `repeated ${what}: ${String(repeated)}`);
  }
  // A text that lost its signature block (no capacity line "TM. …"/"KT. …", no "CHỦ TỊCH") is cut off.
  if (!SIGNATURE.test(text)) assert(!parsed.plan.complete, () => 'a text without a signature block parsed as complete');
  // No paragraph read into two tasks: a task's own first line is no other task's continuation
  // paragraph (a task's paragraphs need not be contiguous: a cut-off text's trailing lines continue it).
  const lines = text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, ''));
  for (const task of ts) {
    const start = task.provenance.lineStart;
    const own = lines[start - 1]!;
    for (const other of ts) {
      if (other === task || start <= other.provenance.lineStart || start > other.provenance.lineEnd) continue;
      assert(!other.text.split('\n').includes(own), () => `line ${start} read into two tasks`);
    }
  }
}

const parts = seedParts(seedText);
const seedLines = seedText.split('\n');

describe('the parser on damaged seed plans (property-based, fast-check)', () => {
  // The checks pass on the seed itself, so a failure below is the damage's doing; and they can fail.
  it('holds on the undamaged seed, and fails on an invented body, a repeated task or an unfilled template', () => {
    const seed = () => parsePlan(seedText, { sourceFile: 'seed.txt', glossary });
    checkPlan(seed(), seedText);
    const invented = seed();
    invented.agencies.push({ ...invented.agencies[0]!, id: 'thanh-hoa/so-ngoai-vu', name: 'Sở Ngoại vụ', verified: false });
    expect(() => checkPlan(invented, seedText)).toThrow('unverified agency "Sở Ngoại vụ" is not in the input');
    const repeated = seed();
    const first = repeated.plan.sections[0]!.weaknesses[0]!;
    first.tasks.push({ ...first.tasks[0]!, id: `${first.id}/task-99` });
    expect(() => checkPlan(repeated, seedText)).toThrow(/^repeated task line: \d+$/);
    const template = seed();
    template.agencies[0]!.name = 'Ban Quản lý Khu kinh tế {place}';
    expect(() => checkPlan(template, seedText)).toThrow('a glossary template slot left unfilled');
  });

  it(`excerpts of the seed (header, one or two domains, closing part), damaged: ${RUNS.excerpts} cases`, async () => {
    await check(
      fc.property(excerptArbitrary(parts), damageArbitrary(6), (excerpt, d) => checkParse(damage(excerptOf(parts)(excerpt), d))),
      RUNS.excerpts,
    );
  }, 300_000);

  it(`the whole seed, damaged and cut anywhere: ${RUNS.wholeSeed} cases`, async () => {
    await check(
      fc.property(damageArbitrary(12), (d) => checkParse(damage(seedLines, d))),
      RUNS.wholeSeed,
    );
  }, 300_000);

  it(`random text, alone and spliced into the seed's header: ${RUNS.text} cases`, async () => {
    const header = parts.head.join('\n');
    await check(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (noise, spliced) =>
        checkParse(spliced ? header + noise + parts.tail.join('\n') : noise),
      ),
      RUNS.text,
    );
  }, 300_000);

  it(`random bytes as a file, alone and spliced into the seed's bytes: ${RUNS.bytes} cases`, async () => {
    const seedBytes = Buffer.from(parts.head.concat(parts.domains[1]!, parts.tail).join('\n'));
    await check(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.option(fc.nat(), { freq: 2 }), async (noise, at) => {
        const bytes = at === null ? noise : Buffer.concat([seedBytes.subarray(0, at % seedBytes.length), noise, seedBytes.subarray(at % seedBytes.length)]);
        const started = performance.now();
        try {
          const { parsed, document } = await parseDocument(bytes, { fileName: 'damaged.bin', glossary, allowPartial: true });
          checkPlan(parsed, document.text);
        } catch (error) {
          if (!(error instanceof PlanParseError)) throw error;
        }
        const ms = performance.now() - started;
        assert(ms < PARSE_LIMIT_MS, () => `one read and parse took ${ms.toFixed(0)} ms`);
      }),
      RUNS.bytes,
    );
  }, 300_000);
});
