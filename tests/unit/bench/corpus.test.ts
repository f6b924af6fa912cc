/**
 * The benchmark's corpus generator: variants of the seed plan that the real parser reads as plans
 * of the same genre, in other provinces and years, reproducibly.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus, PROVINCES } from '../../../bench/corpus.ts';
import { summarizeParse } from '../../../server/src/ingest/parse-plan.ts';
import type { ParsedPlan } from '../../../server/src/ingest/types.ts';
import { glossary, parse, seedText } from '../ingest/helpers.ts';

const seed = summarizeParse(parse(seedText));
const corpus = generateCorpus(seedText, glossary, { plans: 5, seed: 42 });
const parsed: ParsedPlan[] = corpus.map((plan) => parse(plan.text, plan.fileName));

describe('generateCorpus', () => {
  it('makes the number of plans asked for, each a parseable plan with nine sections', () => {
    expect(corpus).toHaveLength(5);
    for (const plan of parsed) expect(plan.plan.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
  });

  it('sets each plan in another real province and a year from the seed on, with distinct plan ids', () => {
    parsed.forEach((plan, i) => {
      expect(plan.plan.province).toBe(corpus[i]!.province);
      expect(PROVINCES).toContain(plan.plan.province);
      expect(plan.plan.province).not.toBe('Thanh Hóa');
      expect(plan.plan.place).toBe(corpus[i]!.province);
      expect(plan.plan.issuer).toBe(`ỦY BAN NHÂN DÂN TỈNH ${corpus[i]!.province.toUpperCase()}`);
      expect(plan.plan.year).toBe(corpus[i]!.year);
      expect(plan.plan.year).toBeGreaterThanOrEqual(2022);
      expect(plan.plan.date.startsWith(String(corpus[i]!.year))).toBe(true);
      expect(plan.plan.symbol).toBe(corpus[i]!.symbol);
      expect(plan.plan.title).toContain(`NĂM ${corpus[i]!.year - 1}`);
      expect(corpus[i]!.text).not.toMatch(/Thanh Hóa|THANH HÓA|Thanh Hoá/);
    });
    expect(new Set(parsed.map((plan) => plan.plan.id)).size).toBe(5);
    expect(new Set(corpus.map((plan) => plan.fileName)).size).toBe(5);
  });

  it("keeps weakness and task counts near the seed's (some dropped, some duplicated)", () => {
    for (const plan of parsed) {
      const counts = summarizeParse(plan).nodes;
      expect(counts.Weakness).toBeGreaterThanOrEqual(Math.floor(seed.nodes.Weakness * 0.6));
      expect(counts.Weakness).toBeLessThanOrEqual(Math.ceil(seed.nodes.Weakness * 1.5));
      expect(counts.Task).toBeGreaterThanOrEqual(Math.floor(seed.nodes.Task * 0.6));
      expect(counts.Task).toBeLessThanOrEqual(Math.ceil(seed.nodes.Task * 1.5));
      // Every weakness still says who leads it.
      for (const weakness of plan.plan.sections.flatMap((s) => s.weaknesses)) expect(weakness.leadAgencyIds.length).toBeGreaterThan(0);
    }
    // The structure does change.
    const shapes = parsed.map((plan) => plan.plan.sections.map((s) => s.weaknesses.length).join(','));
    expect(new Set(shapes).size).toBeGreaterThan(1);
  });

  it('names only units of the glossary: no unmatched-unit warnings', () => {
    for (const plan of parsed) expect(plan.warnings.filter((w) => w.kind === 'unmatched-unit')).toEqual([]);
  });

  it('scopes agencies and provincial documents by the new province, and shares national documents', () => {
    parsed.forEach((plan, i) => {
      const province = plan.plan.id.split('/')[0]!;
      expect(plan.agencies.filter((a) => a.level !== 'central').every((a) => a.id.startsWith(`${province}/`))).toBe(true);
      expect(plan.references.some((r) => r.key.startsWith(`${province}:`))).toBe(true);
      expect(plan.references.some((r) => r.key.startsWith('thanh-hoa:'))).toBe(false);
      expect(plan.plan.province).toBe(corpus[i]!.province);
    });
    const national = parsed.map((plan) => new Set(plan.references.filter((r) => !r.key.includes(':')).map((r) => r.key)));
    expect([...national[0]!].filter((key) => national.every((set) => set.has(key))).length).toBeGreaterThanOrEqual(5);
  });

  it("reassigns units: lead units differ from the seed's somewhere", () => {
    const leads = (plan: ParsedPlan) => plan.plan.sections.flatMap((s) => s.weaknesses.flatMap((w) => w.leadAgencyIds.map((id) => id.split('/').at(-1))));
    const seedLeads = new Set(leads(parse(seedText)));
    expect(parsed.some((plan) => leads(plan).some((key) => !seedLeads.has(key)))).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus(seedText, glossary, { plans: 5, seed: 42 })).toEqual(corpus);
    expect(generateCorpus(seedText, glossary, { plans: 5, seed: 43 }).map((p) => p.text)).not.toEqual(corpus.map((p) => p.text));
  });

  it('refuses more plans than there are province and year pairs', () => {
    expect(() => generateCorpus(seedText, glossary, { plans: 10_000, seed: 1 })).toThrow(/at most \d+ plans/);
  });
});
