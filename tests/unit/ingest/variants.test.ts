/**
 * The seed plan as other provinces and other typists write the same genre: other glyphs, another
 * numbering scheme, another province and year, a header laid out in table cells with a wrapped
 * date, paragraphs that leave a list, and the whole plan re-laid as an annex table of tasks. Every
 * variant is made from the seed's own text (seed-transforms.ts) and must keep every lead, every
 * coordinating unit and every owner of every task the seed has.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPlan } from '../../../server/src/ingest/types.ts';
import { glossary, parse, seedText, tasks, weaknesses } from './helpers.ts';
import { EXPECTED, K } from './seed-facts.ts';
import {
  arabicSections,
  asTaskTable,
  colonLeadIns,
  indentSubItems,
  otherProvince,
  provinceInNames,
  renumber,
  swapGlyphs,
  tableHeader,
  unbulletOwners,
} from './seed-transforms.ts';

const seed = parse(seedText);
/** Names of the glossary's provincial bodies, as printed in plans (no template slots). */
const provincialNames = glossary.agencies.filter((e) => e.level === 'province' && e.kind === 'body' && !e.name.includes('{')).map((e) => e.name);

/** Glossary keys of ids, so plans of two provinces compare ("thanh-hoa/so-y-te" and "nghe-an/so-y-te" are both "so-y-te"). */
function keys(parsed: ParsedPlan, ids: string[]): string[] {
  return ids.map((id) => parsed.agencies.find((a) => a.id === id)!.key);
}

/** Per weakness in order: statement, lead and coordinating keys, deadline, and the owners and partners of each task. */
function facts(parsed: ParsedPlan) {
  return weaknesses(parsed).map((w) => ({
    statement: w.statement,
    lead: keys(parsed, w.leadAgencyIds),
    coordinating: keys(parsed, w.coordinatingAgencyIds),
    deadline: w.deadlineText,
    tasks: w.tasks.map((t) => ({ owners: keys(parsed, t.assignedAgencyIds), partners: keys(parsed, t.involvedAgencyIds) })),
  }));
}

const seedFacts = facts(seed);
const donre = (parsed: ParsedPlan) => tasks(parsed).filter((t) => keys(parsed, t.assignedAgencyIds).includes(K.tnmt)).length;

describe('the seed in other shapes keeps every lead, coordinating unit and task owner', () => {
  it.each([
    ['"–" items and "•" sub-items', swapGlyphs(seedText)],
    ['"•" items and "◦" sub-items', swapGlyphs(seedText, '•', '◦')],
    ['"▪" items and "-" sub-items (the seed\'s top glyph now nested)', swapGlyphs(swapGlyphs(seedText, '▪', '+'), '-', '-').replace(/^\+ /gmu, '- ')],
    ['unnumbered capital sections, "1)", "a.", "(i)" and three glyph levels', renumber(seedText)],
    ['a header in table cells with the date wrapped onto the next line', tableHeader(seedText)],
    ['sections numbered "1.", weaknesses "1.1." and labels "1.1.1."', arabicSections(seedText)],
    ['one glyph for every level, sub-items nested by indentation alone', indentSubItems(seedText)],
    ['one glyph for every level, sub-items nested under lead-in lines ending in ":"', colonLeadIns(seedText)],
    ['every provincial body named with its province ("Sở Y tế tỉnh Thanh Hóa")', provinceInNames(seedText, 'Thanh Hóa', provincialNames)],
  ])('%s', (_, text) => {
    const parsed = parse(text);
    expect(weaknesses(parsed)).toHaveLength(30);
    expect(facts(parsed)).toEqual(seedFacts);
    expect(donre(parsed)).toBe(13);
    expect(parsed.plan).toMatchObject({ symbol: '83/KH-UBND', date: '2022-03-24', province: 'Thanh Hóa', complete: true });
    expect(parsed.references.filter((r) => r.symbol)).toHaveLength(66);
  });

  it('reads every numbered weakness of the renumbered plan with the codes it has by position', () => {
    const parsed = parse(renumber(seedText));
    expect(weaknesses(parsed).map((w) => w.code)).toEqual(EXPECTED.map(([code]) => code));
    expect(weaknesses(parsed).find((w) => w.code === 'III.1.2')!.printedNumber).toBe('b.');
  });

  it('reads the same plan issued by another province in another year, its economic zone named after its own place', () => {
    const parsed = parse(otherProvince(seedText));
    expect(parsed.plan).toMatchObject({ id: 'nghe-an/83-KH-UBND/2023', province: 'Nghệ An', issuer: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', date: '2023-03-24' });
    // Statements and deadlines name the province and the year; the units and owners are the seed's.
    const units = (f: ReturnType<typeof facts>) => f.map(({ lead, coordinating, tasks }) => ({ lead, coordinating, tasks }));
    expect(units(facts(parsed))).toEqual(units(seedFacts));
    const board = parsed.agencies.find((a) => a.key === 'ban-quan-ly-khu-kinh-te-va-cac-khu-cong-nghiep')!;
    expect(board).toMatchObject({
      id: 'nghe-an/ban-quan-ly-khu-kinh-te-va-cac-khu-cong-nghiep',
      name: 'Ban Quản lý Khu kinh tế Đông Nam và các Khu công nghiệp',
      verified: true,
    });
    expect(parsed.agencies.every((a) => a.verified)).toBe(true);
    expect(donre(parsed)).toBe(13);
  });

  it('reads a plan of an unseen province laid out otherwise: Arabic sections, "–"/"•" glyphs, bodies named with the province', () => {
    const text = otherProvince(provinceInNames(swapGlyphs(arabicSections(seedText)), 'Thanh Hóa', provincialNames), 'Hà Tĩnh', 'Vũng Áng');
    const parsed = parse(text);
    expect(parsed.plan).toMatchObject({ id: 'ha-tinh/83-KH-UBND/2023', province: 'Hà Tĩnh', complete: true });
    const units = (f: ReturnType<typeof facts>) => f.map(({ lead, coordinating, tasks }) => ({ lead, coordinating, tasks }));
    expect(units(facts(parsed))).toEqual(units(seedFacts));
    expect(parsed.agencies.filter((a) => !a.verified)).toEqual([]);
    expect(parsed.agencies.find((a) => a.key === K.tnmt)).toMatchObject({ id: 'ha-tinh/so-tai-nguyen-va-moi-truong', name: 'Sở Tài nguyên và Môi trường' });
    expect(donre(parsed)).toBe(13);
  });

  it('gives paragraphs with a subject of their own after a bullet their own task and owner', () => {
    // Seed lines 751 and 753 ("- Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh và …",
    // "- Bảo hiểm xã hội tỉnh chủ trì …") and 819 ("- Sở Giáo dục và Đạo tạo chỉ đạo …") without their bullets.
    const parsed = parse(unbulletOwners(seedText, [751, 753, 819]));
    expect(facts(parsed)).toEqual(seedFacts);
    const plain = tasks(parsed).filter((t) => [751, 753, 819].includes(t.provenance.lineStart));
    expect(plain.map((t) => [t.provenance.lineStart, keys(parsed, t.assignedAgencyIds)])).toEqual([
      [751, [K.ldtbxh, K.bhxh, K.lq]],
      [753, [K.bhxh]],
      [819, [K.gd]],
    ]);
  });
});

describe('the seed re-laid as an annex table of tasks', () => {
  const parsed = parse(asTaskTable(seedText, seed));
  const tableFacts = facts(parsed);

  it('reads one weakness per weakness row, in the seed order, with its lead and coordinating units and deadline', () => {
    expect(tableFacts.map((f) => f.statement)).toEqual(seedFacts.map((f) => f.statement));
    expect(tableFacts.map(({ lead, coordinating, deadline }) => ({ lead, coordinating, deadline }))).toEqual(
      seedFacts.map(({ lead, coordinating, deadline }) => ({ lead, coordinating, deadline })),
    );
  });

  it("keeps every owner and partner of every task, a task row without owners taking its weakness row's lead units", () => {
    tableFacts.forEach((weakness, w) => {
      const expected = seedFacts[w]!;
      expect(weakness.tasks).toHaveLength(expected.tasks.length);
      weakness.tasks.forEach((task, t) => {
        const owners = expected.tasks[t]!.owners;
        expect(task.owners).toEqual(owners.length > 0 ? owners : expected.lead);
        expect(task.partners).toEqual(expected.tasks[t]!.partners.filter((key) => !task.owners.includes(key)));
      });
    });
    expect(donre(parsed)).toBe(13);
  });

  it("reads the annex after the signature as part of the plan, and the body before it as the plan's own text", () => {
    expect(parsed.plan.signer).toBe('Đỗ Minh Tuấn');
    expect(parsed.plan.complete).toBe(true);
    expect(parsed.plan.provenance.lineEnd).toBeGreaterThan(parsed.plan.sections.at(-1)!.provenance.lineStart);
    // "(Kèm theo Kế hoạch số 83/KH-UBND)": the plan does not cite itself.
    expect(parsed.references.some((r) => r.symbol === '83/KH-UBND')).toBe(false);
  });
});
