/**
 * Named edits of the seed (the demo series, the labelled recurrence pairs, the follow-through and
 * comparison tests rest on them): each edit shows in what the real parser reads.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPlan, WeaknessRecord } from '../../../server/src/ingest/types.ts';
import { DEMO_SERIES, demoSeries } from '../../../server/src/synthetic/demo-series.ts';
import { reword } from '../../../server/src/synthetic/rewording.ts';
import { makeSeedVariant, readSeed, type PlanSpec } from '../../../server/src/synthetic/seed-variant.ts';
import { seedFacts } from '../../../server/src/synthetic/text-rewrites.ts';
import { glossary, parse, seedText, weakness, weaknesses } from '../ingest/helpers.ts';

const seed = readSeed(seedText, glossary);
const facts = seedFacts(seedText, glossary);
const spec: PlanSpec = {
  province: 'Hà Nam',
  year: 2023,
  number: 12,
  day: 21,
  month: 3,
  signer: 'Vũ Thanh Bình',
  drop: ['I.1', 'VI.2'],
  merge: [['VI.4', 'VI.5']],
  split: { 'VII.1': 1 },
  reword: { 'VII.2': 'phrases', 'VI.3': 'reordered', 'IX.1': 'shortened', 'III.1.2': 'phrases' },
  lead: { 'VII.2': 'Sở Xây dựng.' },
  deadline: { 'VII.3': 'Trước ngày 30/6/2023.' },
  dropTasks: { 'VIII.1': [1, 2] },
  dropCauses: { 'V.1': [1] },
};
const variant = makeSeedVariant(seedText, seed, facts, spec);
const parsed = parse(variant.text, variant.fileName);
const seedWeakness = (code: string) => weakness(seed, code);
const byLineage = (from: string): WeaknessRecord[] => variant.lineage.filter((l) => l.from.includes(from)).map((l) => weakness(parsed, l.code));

describe('makeSeedVariant', () => {
  it('is a synthetic plan of the province and year asked, with its own number, date and signer', () => {
    expect(parsed.plan.id).toBe('ha-nam/12-KH-UBND/2023');
    expect(parsed.plan.date).toBe('2023-03-21');
    expect(parsed.plan.synthetic).toBe(true);
    expect(parsed.plan.signer).toBe('Vũ Thanh Bình');
    expect(variant.text.split('\n')[0]).toContain('made from seeds/83-KH-UBND-2022.page.txt');
    expect(variant.text).not.toMatch(/Thanh Hóa|THANH HÓA|Đỗ Minh Tuấn/);
    expect(variant.fileName).toBe('12-kh-ubnd-2023-ha-nam.synthetic.txt');
  });

  it('says for every weakness the parser reads which seed weaknesses it came from', () => {
    expect(variant.lineage.map((l) => l.code)).toEqual(weaknesses(parsed).map((w) => w.code));
    expect(weaknesses(parsed)).toHaveLength(weaknesses(seed).length - 2 - 1 + 1);
  });

  it('leaves dropped weaknesses out and renumbers the rest of their section', () => {
    expect(byLineage('I.1')).toEqual([]);
    expect(byLineage('I.2').map((w) => w.code)).toEqual(['I.1']);
    expect(byLineage('I.2')[0]!.statement).toBe(seedWeakness('I.2').statement);
    const printed = (code: string) => weakness(parsed, code).printedNumber;
    expect(['I.1', 'I.2', 'VI.1', 'VI.2', 'VI.3'].map(printed)).toEqual(['1.', '2.', '1.', '2.', '3.']);
  });

  it('merges: one weakness with both statements, both sets of causes and tasks', () => {
    const [merged] = byLineage('VI.5');
    expect(byLineage('VI.4')).toEqual([merged]);
    expect(merged!.statement).toBe(`${seedWeakness('VI.4').statement}; ${seedWeakness('VI.5').statement.replace(/^T/, 't')}`);
    expect(merged!.causes).toHaveLength(seedWeakness('VI.4').causes.length + seedWeakness('VI.5').causes.length);
    expect(merged!.tasks).toHaveLength(seedWeakness('VI.4').tasks.length + seedWeakness('VI.5').tasks.length);
  });

  it('splits a weakness at its clauses, each part keeping the causes and tasks', () => {
    const parts = byLineage('VII.1');
    expect(parts.map((w) => w.statement)).toEqual([
      'Kết quả giải phóng mặt bằng đạt thấp so với kế hoạch',
      'Xây dựng Kế hoạch giải phóng mặt bằng chưa sát với thực tế',
    ]);
    for (const part of parts) expect(part.tasks).toHaveLength(seedWeakness('VII.1').tasks.length);
  });

  it('rewords statements, and changes lead units and deadlines verbatim', () => {
    const [land] = byLineage('VII.2');
    expect(land!.statement).toBe('Lấn, chiếm đất đai, xây dựng trái phép còn tiếp diễn ở nhiều địa bàn');
    expect(land!.leadText).toBe('Sở Xây dựng.');
    expect(land!.leadAgencyIds).toEqual(['ha-nam/so-xay-dung']);
    expect(byLineage('VI.3')[0]!.statement).toBe(reword(seedWeakness('VI.3').statement, 'reordered'));
    expect(byLineage('IX.1')[0]!.statement).toBe('Tiếp tục xảy ra hiện tượng xuất, nhập cảnh trái phép, hoạt động tôn giáo trái pháp luật');
    expect(byLineage('III.1.2')[0]!.statement).toBe('Dịch tả lợn Châu Phi tái xảy ra tại nhiều địa bàn');
    expect(byLineage('VII.3')[0]!.deadlineText).toBe('Trước ngày 30/6/2023.');
    // Deadlines not edited move with the year.
    expect(byLineage('I.2')[0]!.deadlineText).toBe('Năm 2023');
  });

  it('leaves out the tasks and causes asked', () => {
    const [index] = byLineage('VIII.1');
    // Its first two tasks were the only bullets under an owner line ("- Các sở, ban, ngành ..."): the line goes with them.
    const inHaNam = (text: string) => text.replaceAll('Thanh Hóa', 'Hà Nam');
    expect(index!.tasks.map((t) => t.text)).toEqual(
      seedWeakness('VIII.1')
        .tasks.slice(2)
        .map((t) => inHaNam(t.text)),
    );
    expect(seedText).toMatch(/^- Các sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thị xã, TP$/m);
    expect(variant.text).not.toMatch(/^- Các sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thị xã, TP$/m);
    expect(byLineage('V.1')[0]!.causes.map((c) => c.text)).toEqual(
      seedWeakness('V.1')
        .causes.slice(1)
        .map((c) => c.text),
    );
  });

  it('refuses structural edits of weaknesses nested under areas, and edits that do not fit', () => {
    expect(() => makeSeedVariant(seedText, seed, facts, { ...spec, drop: ['III.1.2'] })).toThrow(/III\.1\.2 cannot be dropped/);
    expect(() => makeSeedVariant(seedText, seed, facts, { ...spec, split: { 'VI.6': 1 } })).toThrow(/VI\.6 has 1 clauses/);
    expect(() => makeSeedVariant(seedText, seed, facts, { ...spec, dropTasks: { 'VI.5': [9] } })).toThrow(/VI\.5 has no task 9/);
  });

  it('is deterministic', () => {
    expect(makeSeedVariant(seedText, seed, facts, spec)).toEqual(variant);
  });
});

describe('the demo series', () => {
  const series = demoSeries(seedText, glossary);
  const plans: ParsedPlan[] = series.map((plan) => parse(plan.text, plan.fileName));

  it('is one province over three consecutive years, every plan synthetic', () => {
    expect(plans.map((p) => p.plan.id)).toEqual(['nghe-an/61-KH-UBND/2022', 'nghe-an/45-KH-UBND/2023', 'nghe-an/38-KH-UBND/2024']);
    expect(plans.every((p) => p.plan.synthetic)).toBe(true);
    expect(DEMO_SERIES).toHaveLength(3);
  });

  it('moves the lead of land encroachment from the Department of Natural Resources and Environment to Construction, then to the districts', () => {
    const leads = series.map((plan, i) => {
      const code = plan.lineage.find((l) => l.from.includes('VII.2'))!.code;
      return weakness(plans[i]!, code).leadAgencyIds;
    });
    expect(leads[0]).toContain('nghe-an/so-tai-nguyen-va-moi-truong');
    expect(leads[1]).toEqual(['nghe-an/so-xay-dung', 'nghe-an/ubnd-cac-huyen']);
    expect(leads[2]).toEqual(['nghe-an/ubnd-cac-huyen']);
  });

  it('names only units of the glossary', () => {
    for (const plan of plans) expect(plan.warnings.filter((w) => w.kind === 'unmatched-unit')).toEqual([]);
  });
});
