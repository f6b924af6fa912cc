/**
 * Bodies the glossary does not know: recognised by the form of their name, kept as unverified,
 * never dropping the bodies listed beside them, never invented, and offered back as glossary
 * entries. The seed is parsed with glossaries that lack some of its bodies, as a plan of another
 * province meets a glossary that lacks its bodies.
 */
import { describe, expect, it } from 'vitest';
import { glossarySuggestionReport, glossarySuggestions } from '../../../server/src/ingest/agencies.ts';
import { AgencyMatcher } from '../../../server/src/ingest/agency-matcher.ts';
import { validateGlossary } from '../../../server/src/ingest/glossary.ts';
import { parsePlan } from '../../../server/src/ingest/parse-plan.ts';
import type { Glossary, ParsedPlan } from '../../../server/src/ingest/types.ts';
import { glossary, parse, SEED_FILE, seedText, TH, tasks, weakness, weaknesses } from './helpers.ts';

const without = (...keys: string[]): Glossary => ({ agencies: glossary.agencies.filter((entry) => !keys.includes(entry.key)) });
const parseWith = (g: Glossary, text = seedText): ParsedPlan => parsePlan(text, { sourceFile: SEED_FILE, glossary: g });

const DONRE = 'so-tai-nguyen-va-moi-truong';
const BOARD = 'ban-quan-ly-khu-kinh-te-va-cac-khu-cong-nghiep';
const ZONE = 'ban-quan-ly-khu-kinh-te';
const TREASURY = 'kho-bac-nha-nuoc-tinh';

describe('a body the glossary lacks', () => {
  const parsed = parseWith(without(DONRE, BOARD, ZONE, TREASURY));
  const agency = (id: string) => parsed.agencies.find((a) => a.id === id)!;

  it('is kept as an unverified agency, with the form that recognised it', () => {
    expect(agency(TH(DONRE))).toMatchObject({ name: 'Sở Tài nguyên và Môi trường', verified: false, recognisedBy: 'Sở …', level: 'province', nameEn: null });
    expect(agency(TH('kho-bac-nha-nuoc'))).toMatchObject({ name: 'Kho bạc Nhà nước Thanh Hóa', verified: false, recognisedBy: 'Kho bạc …' });
    expect(parsed.agencies.filter((a) => !a.verified).map((a) => a.recognisedBy)).toEqual(expect.arrayContaining(['Sở …', 'Ban Quản lý …', 'Kho bạc …']));
  });

  it('keeps its tasks and leads, and every neighbour in the lists it appears in', () => {
    expect(tasks(parsed).filter((t) => t.assignedAgencyIds.includes(TH(DONRE)))).toHaveLength(13);
    // Line 517 names four owners, the first two now unknown to the glossary.
    const line517 = tasks(parsed).find((t) => t.provenance.lineStart === 517)!;
    expect(line517.assignedAgencyIds.map((id) => agency(id).name)).toEqual([
      'Ban Quản lý KKT Nghi Sơn và các KCN',
      'Sở Tài nguyên và Môi trường',
      'Sở Xây dựng',
      'Sở Kế hoạch và Đầu tư',
    ]);
    expect(weakness(parsed, 'V.1').leadAgencyIds).toHaveLength(4);
    expect(
      weaknesses(parsed)
        .filter((w) => w.leadAgencyIds.includes(TH(DONRE)))
        .map((w) => w.code),
    ).toEqual(['V.1', 'VII.1', 'VII.2', 'VII.3']);
  });

  it('is reported once, where it is first named, and nothing is left unmatched', () => {
    const reported = parsed.warnings.filter((w) => w.kind === 'unverified-unit');
    expect(reported.map((w) => w.message)).toContain(
      'unit "Sở Tài nguyên và Môi trường" is not in the agency glossary; recognised by its form "Sở …" and kept as unverified (add it to the glossary to verify it)',
    );
    expect(reported.find((w) => w.message.includes('"Sở Tài nguyên và Môi trường"'))!.line).toBe(509);
    expect(new Set(reported.map((w) => w.message)).size).toBe(reported.length);
    expect(parsed.warnings.filter((w) => w.kind === 'unmatched-unit')).toEqual([]);
  });

  it('is offered as a ready-to-paste glossary entry that makes it verified', () => {
    const suggestions = glossarySuggestions(parsed.agencies);
    expect(suggestions).toContainEqual({
      key: 'kho-bac-nha-nuoc',
      name: 'Kho bạc Nhà nước {province}',
      nameEn: '',
      level: 'province',
      kind: 'body',
      aliases: [],
    });
    expect(suggestions.find((s) => s.key === DONRE)).toEqual({
      key: DONRE,
      name: 'Sở Tài nguyên và Môi trường',
      nameEn: '',
      level: 'province',
      kind: 'body',
      aliases: [],
    });
    const extended = validateGlossary(JSON.parse(JSON.stringify({ agencies: [...without(DONRE, BOARD, ZONE, TREASURY).agencies, ...suggestions] })));
    // The import report prints them in the glossary's own layout, one entry a line.
    const report = glossarySuggestionReport(parsed.agencies);
    expect(report[0]).toMatch(/^unverified agencies \(\d+\), recognised by the form of their names; to verify them, fill in "nameEn"/);
    expect(report).toContain(
      '    { "key": "kho-bac-nha-nuoc", "name": "Kho bạc Nhà nước {province}", "nameEn": "", "level": "province", "kind": "body", "aliases": [] },',
    );
    expect(JSON.parse(`[${report.slice(1).join('\n').replace(/,$/, '')}]`)).toEqual(suggestions);
    expect(glossarySuggestionReport(parse(seedText).agencies)).toEqual([]);
    const again = parseWith(extended);
    expect(again.agencies.every((a) => a.verified)).toBe(true);
    expect(tasks(again).filter((t) => t.assignedAgencyIds.includes(TH(DONRE)))).toHaveLength(13);
  });
});

describe('a glossary that knows only the collectives and the central and governing bodies', () => {
  const bare = { agencies: glossary.agencies.filter((e) => e.kind === 'collective' || e.level === 'central' || e.collectiveMember === false) };
  const full = parse(seedText);
  const open = parseWith(bare);
  const specific = (parsed: ParsedPlan, ids: string[]) => ids.filter((id) => parsed.agencies.find((a) => a.id === id)!.kind === 'body').length;

  it('still finds every specific lead, coordinating unit and task owner of the seed, by form', () => {
    weaknesses(full).forEach((w, i) => {
      const o = weaknesses(open)[i]!;
      expect([w.code, specific(open, o.leadAgencyIds), specific(open, o.coordinatingAgencyIds)]).toEqual([
        w.code,
        specific(full, w.leadAgencyIds),
        specific(full, w.coordinatingAgencyIds),
      ]);
      w.tasks.forEach((t, k) =>
        expect([t.provenance.lineStart, specific(open, o.tasks[k]!.assignedAgencyIds)]).toEqual([t.provenance.lineStart, specific(full, t.assignedAgencyIds)]),
      );
    });
  });

  it('never invents a body: every unverified name is written in the plan', () => {
    const unverified = open.agencies.filter((a) => !a.verified);
    expect(unverified.length).toBeGreaterThan(20);
    for (const agency of unverified) expect(seedText).toContain(agency.name);
  });
});

describe('the glossary', () => {
  it('carries no place name of Thanh Hóa in any entry: province-specific bodies are templates', () => {
    const places = [
      'Thanh Hóa',
      'Thanh Hoá',
      'Nghi Sơn',
      'Sầm Sơn',
      'Bỉm Sơn',
      'Tĩnh Gia',
      'Lam Sơn',
      'Hồng Đức',
      'Mường Lát',
      'Ngọc Lặc',
      'Thọ Xuân',
      'Hoằng Hóa',
    ];
    for (const entry of glossary.agencies) {
      for (const text of [entry.name, entry.nameEn, ...entry.aliases]) for (const place of places) expect(text, entry.key).not.toContain(place);
    }
  });

  it('fills "{place}" with the place the text names', () => {
    const matcher = new AgencyMatcher(glossary, 'Nghệ An');
    const [board] = matcher.splitList('Ban Quản lý Khu kinh tế Đông Nam Nghệ An, Sở Xây dựng').matches;
    expect(board!.entry).toMatchObject({ key: 'ban-quan-ly-khu-kinh-te', name: 'Ban Quản lý Khu kinh tế Đông Nam Nghệ An' });
    expect(matcher.splitList('BQL KKT Vũng Áng và các KCN').matches[0]!.entry.name).toBe('Ban Quản lý Khu kinh tế Vũng Áng và các Khu công nghiệp');
  });

  it('goes on past a fragment it cannot name in a list of owners ("… và các KCN, Sở Tài nguyên và Môi trường")', () => {
    // The zone's board is known without "và các KCN" only: the rest of the seed's line 517 must still be read.
    const parsed = parseWith(without(BOARD));
    const line517 = tasks(parsed).find((t) => t.provenance.lineStart === 517)!;
    expect(line517.assignedAgencyIds).toEqual([TH(ZONE), TH(DONRE), TH('so-xay-dung'), TH('so-ke-hoach-va-dau-tu')]);
    expect(parsed.warnings.find((w) => w.line === 517 && w.kind === 'unmatched-unit')!.message).toBe(
      'unit "các KCN" in a list of owners is not in the agency glossary',
    );
  });

  it('reads a local body followed by its province as that body ("Sở Y tế tỉnh Nghệ An")', () => {
    const matcher = new AgencyMatcher(glossary, 'Nghệ An');
    expect(matcher.splitList('Sở Y tế tỉnh Nghệ An; Công an Nghệ An').matches.map((m) => [m.entry.key, m.text])).toEqual([
      ['so-y-te', 'Sở Y tế tỉnh Nghệ An'],
      ['cong-an-tinh', 'Công an Nghệ An'],
    ]);
  });
});

describe('unit lists as other provinces write them', () => {
  const matcher = new AgencyMatcher(glossary, 'Nghệ An');
  const read = (text: string) => {
    const { matches, unmatched } = matcher.splitList(text);
    return { keys: matches.map((m) => m.entry.key), unmatched };
  };

  it('reads the district and commune collectives in their other orders and lengths', () => {
    expect(read('Các sở, ban, ngành cấp tỉnh; UBND các huyện, thành phố, thị xã')).toEqual({
      keys: ['cac-so-ban-nganh-cap-tinh', 'ubnd-cac-huyen'],
      unmatched: [],
    });
    expect(read('Sở Nông nghiệp và Môi trường, Sở Tài chính, UBND các xã, phường')).toEqual({
      keys: ['so-nong-nghiep-va-moi-truong', 'so-tai-chinh', 'ubnd-cac-xa'],
      unmatched: [],
    });
    expect(read('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội')).toEqual({
      keys: ['uy-ban-mttq-tinh', 'cac-to-chuc-doan-the'],
      unmatched: [],
    });
  });

  it('ends a body found by its form before "và UBND …" ("UBND thị xã Cửa Lò và UBND các huyện")', () => {
    const { matches } = matcher.splitList('UBND thành phố Vinh, UBND thị xã Cửa Lò và UBND các huyện');
    expect(matches.map((m) => [m.text, m.entry.key, m.recognisedBy])).toEqual([
      ['UBND thành phố Vinh', 'ubnd-thanh-pho-vinh', 'UBND huyện/thị xã/thành phố …'],
      ['UBND thị xã Cửa Lò', 'ubnd-thi-xa-cua-lo', 'UBND huyện/thị xã/thành phố …'],
      ['UBND các huyện', 'ubnd-cac-huyen', null],
    ]);
  });

  it('reads names after a shared head ("Các Sở: Tài chính, Xây dựng và Giao thông vận tải")', () => {
    const { matches, unmatched } = matcher.splitList('Các Sở: Tài chính, Xây dựng và Giao thông vận tải');
    expect(matches.map((m) => [m.text, m.entry.key])).toEqual([
      ['Tài chính', 'so-tai-chinh'],
      ['Xây dựng', 'so-xay-dung'],
      ['Giao thông vận tải', 'so-giao-thong-van-tai'],
    ]);
    expect(unmatched).toEqual([]);
  });
});
