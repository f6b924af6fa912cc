/**
 * Facts of Plan 83/KH-UBND (Thanh Hóa, 24/03/2022) established by reading seeds/83-KH-UBND-2022.page.txt,
 * checked against the parser's output for the whole file.
 */
import { describe, expect, it } from 'vitest';
import { summarizeParse } from '../../../server/src/ingest/parse-plan.ts';
import { PLAN, TH, parse, seedText, tasks, weakness, weaknesses } from './helpers.ts';
import { EXPECTED, K, Y } from './seed-facts.ts';

const parsed = parse(seedText);

describe('Plan 83/KH-UBND: header and body', () => {
  it('reads the header and the signature, ignoring the site chrome', () => {
    const { plan } = parsed;
    expect(plan.id).toBe(PLAN);
    expect(plan.symbol).toBe('83/KH-UBND');
    expect(plan.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH THANH HÓA');
    expect(plan.issuerAgencyId).toBe(TH('ubnd-tinh'));
    expect(plan.province).toBe('Thanh Hóa');
    expect(plan.place).toBe('Thanh Hóa');
    expect(plan.date).toBe('2022-03-24');
    expect(plan.year).toBe(2022);
    expect(plan.docType).toBe('Kế hoạch');
    expect(plan.title).toBe('KHẮC PHỤC NHỮNG HẠN CHẾ, YẾU KÉM TRONG THỰC HIỆN CÁC NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2021');
    // The document itself is signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (line 1087–1088), not "KT.".
    expect(plan.signer).toBe('Đỗ Minh Tuấn');
    expect(plan.signerTitle).toBe('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH');
    expect(plan.preamble).toMatch(/^Căn cứ Nghị quyết số 08-NQ\/TU/);
    expect(plan.provenance).toMatchObject({ sourceFile: '83-KH-UBND-2022.page.txt', lineStart: 15, lineEnd: 1093 });
  });

  it('has the nine Roman-numeral sections of part B, and not part C "TỔ CHỨC THỰC HIỆN"', () => {
    expect(parsed.plan.sections.map((s) => [s.numeral, s.order, s.provenance.lineStart])).toEqual([
      ['I', 1, 45],
      ['II', 2, 141],
      ['III', 3, 181],
      ['IV', 4, 427],
      ['V', 5, 491],
      ['VI', 6, 645],
      ['VII', 7, 823],
      ['VIII', 8, 933],
      ['IX', 9, 1013],
    ]);
    const titles = parsed.plan.sections.map((s) => s.title);
    expect(titles[0]).toMatch(/^CÓ 05 CHỈ TIÊU CHỦ YẾU CHƯA ĐẠT KẾ HOẠCH \(gồm: tốc độ tăng trưởng GRDP;/);
    expect(titles[1]).toMatch(/^CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19 Ở MỘT SỐ ĐỊA PHƯƠNG CÒN HẠN CHẾ, THIẾU SÓT, như: \(i\)/);
    expect(titles.slice(2)).toEqual([
      'VỀ PHÁT TRIỂN CÁC NGÀNH KINH TẾ',
      'VỀ CÔNG TÁC QUY HOẠCH, QUẢN LÝ QUY HOẠCH VÀ PHÁT TRIỂN ĐÔ THỊ',
      'VỀ ĐẦU TƯ VÀ PHÁT TRIỂN DOANH NGHIỆP',
      'VỀ LĨNH VỰC VĂN HÓA, XÃ HỘI',
      'VỀ CÔNG TÁC QUẢN LÝ TÀI NGUYÊN VÀ BẢO VỆ MÔI TRƯỜNG',
      'VỀ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ KINH DOANH; KỶ LUẬT KỶ CƯƠNG TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC',
      'VỀ QUỐC PHÒNG - AN NINH, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO',
    ]);
    expect(parsed.plan.sections[8]!.provenance.lineEnd).toBe(1075);
  });
});

describe('Plan 83/KH-UBND: weaknesses', () => {
  it('lists the weakness codes of each section', () => {
    expect(Object.fromEntries(parsed.plan.sections.map((s) => [s.numeral, s.weaknesses.map((w) => w.code)]))).toEqual({
      I: ['I.1', 'I.2', 'I.3'],
      II: ['II'],
      III: ['III.1.1', 'III.1.2', 'III.1.3', 'III.1.4', 'III.2', 'III.3.1', 'III.3.2'],
      IV: ['IV.1', 'IV.2'],
      V: ['V.1', 'V.2', 'V.3', 'V.4'],
      VI: ['VI.1', 'VI.2', 'VI.3', 'VI.4', 'VI.5', 'VI.6'],
      VII: ['VII.1', 'VII.2', 'VII.3'],
      VIII: ['VIII.1', 'VIII.2'],
      IX: ['IX.1', 'IX.2'],
    });
  });

  it.each(EXPECTED)('%s: number, counts, units and deadline', (code, printed, line, causes, taskCount, lead, coord, deadline, ongoing) => {
    const w = weakness(parsed, code);
    expect(w.id).toBe(`${PLAN}#${code}`);
    expect(w.printedNumber).toBe(printed);
    expect(w.provenance.lineStart).toBe(line);
    expect(w.causes).toHaveLength(causes);
    expect(w.tasks).toHaveLength(taskCount);
    expect(w.leadAgencyIds).toEqual(lead.map((k) => TH(K[k])));
    expect(w.coordinatingAgencyIds).toEqual(coord.map((k) => TH(K[k])));
    expect(w.deadlineText).toBe(deadline);
    expect(w.deadlineYears).toEqual(code === 'IX.1' ? [] : [Number(Y)]);
    expect(w.ongoing).toBe(ongoing);
  });

  // 164 tasks: line 1001 ("Người đứng đầu các ngành, địa phương, đơn vị phải …") is a paragraph with a
  // subject of its own after a bullet, so it is a task of its own, not the tail of line 999.
  it('totals 30 weaknesses, 78 causes and 164 tasks', () => {
    const all = weaknesses(parsed);
    expect(all).toHaveLength(30);
    expect(all.flatMap((w) => w.causes)).toHaveLength(78);
    expect(tasks(parsed)).toHaveLength(164);
  });

  it('keeps areas and statements verbatim', () => {
    expect(weakness(parsed, 'III.1.2')).toMatchObject({
      area: 'Lĩnh vực nông nghiệp, lâm nghiệp và thủy sản',
      statement: 'Dịch tả lợn Châu Phi tái xảy ra tại một số địa phương',
    });
    expect(weakness(parsed, 'III.2')).toMatchObject({
      area: 'Lĩnh vực công nghiệp',
      statement: 'Một số sản phẩm công nghiệp chủ yếu có sản lượng không đạt kế hoạch như: Bia Thanh Hóa, thuốc lá…',
    });
    expect(weakness(parsed, 'III.3.2').area).toBe('Lĩnh vực dịch vụ');
    expect(weakness(parsed, 'I.1').area).toBeNull();
    expect(weakness(parsed, 'II').statement).toBe(parsed.plan.sections[1]!.title);
    expect(weakness(parsed, 'I.1').leadText).toBe('Các sở, ban, ngành, đơn vị cấp tỉnh.');
  });

  it('reads causes as bullets or inline after "Nguyên nhân:"', () => {
    const inline = weakness(parsed, 'I.1').causes[0]!;
    expect(inline.text).toMatch(/^Tình hình thiên tai, dịch bệnh diễn biến phức tạp/);
    expect(inline.provenance).toMatchObject({ lineStart: 49, lineEnd: 49 });
    const bullets = weakness(parsed, 'I.2').causes;
    expect(bullets.map((c) => c.provenance.lineStart)).toEqual([79, 81, 83]);
    expect(bullets[0]!.text).toMatch(/^Do ảnh hưởng của đại dịch Covid-19/);
    expect(bullets[0]!.id).toBe(`${PLAN}#I.2/cause-1`);
  });
});

describe('Plan 83/KH-UBND: Sở Tài nguyên và Môi trường', () => {
  const donre = TH(K.tnmt);

  it('leads V.1, VII.1, VII.2 and VII.3', () => {
    expect(
      weaknesses(parsed)
        .filter((w) => w.leadAgencyIds.includes(donre))
        .map((w) => w.code),
    ).toEqual(['V.1', 'VII.1', 'VII.2', 'VII.3']);
  });

  it('is assigned 13 tasks, by its own subject or as the owner of "+" sub-bullets', () => {
    const assigned = tasks(parsed).filter((t) => t.assignedAgencyIds.includes(donre));
    expect(assigned.map((t) => t.provenance.lineStart)).toEqual([517, 553, 589, 847, 849, 851, 885, 915, 917, 919, 921, 923, 967]);
    // Line 517 names four bodies as the subject of one task.
    expect(assigned[0]!.assignedAgencyIds).toEqual([TH(K.bql), donre, TH(K.xd), TH(K.khdt)]);
    expect(assigned[0]!.involvedAgencyIds).toEqual([TH(K.cacSo), TH(K.huyen)]);
  });

  it('is a partner of two tasks of others', () => {
    const involved = tasks(parsed).filter((t) => t.involvedAgencyIds.includes(donre));
    expect(involved.map((t) => [t.provenance.lineStart, t.assignedAgencyIds])).toEqual([
      [973, [TH(K.khdt)]],
      [975, [TH(K.bql)]],
    ]);
  });
});

describe('Plan 83/KH-UBND: tasks and agencies', () => {
  it('assigns "+" sub-bullets to the "- Sở X" line above them, including "+ Căn cứ ..."', () => {
    const w = weakness(parsed, 'III.1.2');
    expect(w.tasks.map((t) => [t.provenance.lineStart, t.assignedAgencyIds])).toEqual([
      [251, [TH(K.nn)]],
      [253, [TH(K.nn)]],
      [255, [TH(K.nn)]],
      [257, [TH(K.nn)]],
      [259, [TH(K.nn)]],
      [263, [TH(K.huyen)]],
      [265, [TH(K.huyen)]],
      [267, [TH(K.huyen)]],
      [269, [TH(K.huyen)]],
    ]);
    expect(w.tasks[5]!.text).toMatch(/^Căn cứ Kế hoạch số 179\/KH-UBND/);
  });

  it('reads a paragraph with its own subject after a bullet as a task of its own (line 1001)', () => {
    const [first, second] = weakness(parsed, 'VIII.2').tasks;
    expect(first!.provenance).toMatchObject({ lineStart: 999, lineEnd: 999 });
    expect(second!.text).toMatch(/^Người đứng đầu các ngành, địa phương, đơn vị phải nắm chắc tình hình/);
    // The heads act for the bodies they head.
    expect(second!.assignedAgencyIds).toEqual([TH('cac-nganh-dia-phuong-don-vi')]);
  });

  it('marks every agency of the seed as verified: the glossary knows them all', () => {
    expect(parsed.agencies.every((a) => a.verified && a.recognisedBy === null)).toBe(true);
  });

  it('leaves tasks without a stated subject unassigned', () => {
    expect(weakness(parsed, 'I.2').tasks.every((t) => t.assignedAgencyIds.length === 0)).toBe(true);
    expect(weakness(parsed, 'I.3').tasks[4]!.assignedAgencyIds).toEqual([]);
  });

  it('reads partners named inside task text', () => {
    const t = weakness(parsed, 'III.1.1').tasks[5]!;
    expect(t.text).toMatch(/^Phối hợp với Sở Công Thương, Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh/);
    expect(t.involvedAgencyIds).toEqual([TH(K.ct), TH('trung-tam-xuc-tien-dau-tu-thuong-mai-va-du-lich'), TH(K.lq)]);
    expect(weakness(parsed, 'V.3').tasks[1]!.involvedAgencyIds).toEqual(['bo-ke-hoach-va-dau-tu', 'bo-tai-chinh', 'bo-chu-quan']);
  });

  it('makes one agency per body, with province-scoped ids and collectives holding their members', () => {
    const ids = parsed.agencies.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parsed.agencies).toHaveLength(57);
    const dolisa = parsed.agencies.find((a) => a.id === TH(K.ldtbxh))!;
    expect(dolisa).toMatchObject({ key: K.ldtbxh, name: 'Sở Lao động - Thương binh và Xã hội', level: 'province', kind: 'body', province: 'Thanh Hóa' });
    expect(parsed.agencies.find((a) => a.id === 'chinh-phu')).toMatchObject({ level: 'central', province: null });
    const departments = parsed.agencies.find((a) => a.id === TH(K.cacSo))!;
    expect(departments.kind).toBe('collective');
    expect(departments.memberIds).toContain(TH(K.tnmt));
    expect(departments.memberIds).toContain(TH(K.ca));
    expect(departments.memberIds).not.toContain(TH('ubnd-tinh'));
    expect(departments.memberIds).not.toContain(TH('hiep-hoi-doanh-nghiep-tinh'));
    expect(departments.memberIds).toHaveLength(26);
  });

  it('matches every unit of the plan: no unmatched-unit warnings', () => {
    expect(parsed.warnings.filter((w) => w.kind === 'unmatched-unit')).toEqual([]);
  });
});

describe('Plan 83/KH-UBND: references', () => {
  const ref = (key: string) => parsed.references.find((r) => r.key === key);

  it('finds 66 numbered documents and 30 cited by name, 113 mentions in all', () => {
    expect(parsed.references.filter((r) => r.symbol)).toHaveLength(66);
    expect(parsed.references.filter((r) => !r.symbol)).toHaveLength(30);
    expect(parsed.citations).toHaveLength(113);
  });

  it('reads type, date, issuer and subject', () => {
    expect(ref('thanh-hoa:08-NQ/TU')).toEqual({
      key: 'thanh-hoa:08-NQ/TU',
      symbol: '08-NQ/TU',
      name: null,
      docType: 'Nghị quyết',
      docTypeEn: 'Resolution',
      date: '2021-12-06',
      issuer: 'Ban Chấp hành Đảng bộ tỉnh',
      issuerAgencyId: TH('tinh-uy'),
      subject: 'về phương hướng, nhiệm vụ năm 2022',
    });
    expect(ref('43/2022/QH15')).toMatchObject({ docType: 'Nghị quyết', date: null, issuer: 'Quốc hội', issuerAgencyId: 'quoc-hoi' });
    expect(ref('thanh-hoa:3161/2014/QĐ-UBND')).toMatchObject({ docType: 'Quyết định', docTypeEn: 'Decision', date: '2014-09-26' });
    expect(ref('35-CT/TW')).toMatchObject({ docType: 'Chỉ thị', docTypeEn: 'Directive', date: '2014-05-26', issuerAgencyId: 'bo-chinh-tri' });
    expect(ref('thanh-hoa:26-KH/TU')).toMatchObject({ docType: 'Kế hoạch', docTypeEn: 'Plan', date: '2021-08-13', issuerAgencyId: TH('tinh-uy') });
    expect(ref('thanh-hoa:2073-KL/TU')).toMatchObject({ docType: 'Kết luận', docTypeEn: 'Conclusion', issuerAgencyId: TH('ban-thuong-vu-tinh-uy') });
    expect(ref('thanh-hoa:175/BC-UBND')).toMatchObject({ docType: 'Báo cáo', docTypeEn: 'Report', issuerAgencyId: TH('ubnd-tinh') });
    expect(ref('114/2021/NĐ-CP')).toMatchObject({ docType: 'Nghị định', docTypeEn: 'Decree', issuerAgencyId: 'chinh-phu' });
    expect(ref('thanh-hoa:15652/UBND-THKH')).toMatchObject({ docType: 'Công văn', docTypeEn: 'Official letter', date: '2021-10-07' });
    expect(ref('thanh-hoa:198/PA-UBND')).toMatchObject({ docType: 'Phương án', docTypeEn: 'Scheme', date: '2021-09-02' });
    expect(ref('thanh-hoa:16/CT-UBND')).toMatchObject({ issuer: 'Chủ tịch UBND tỉnh', issuerAgencyId: TH('chu-tich-ubnd-tinh') });
    expect(ref('255/QĐ-TTg')).toMatchObject({ issuerAgencyId: 'thu-tuong-chinh-phu', date: '2021-02-25' });
    expect(ref('585/QĐ-BYT')).toMatchObject({ issuer: 'Bộ y tế', issuerAgencyId: 'bo-y-te' });
    // No issuer in the text: the symbol's code names it.
    expect(ref('thanh-hoa:385/2021/NQ-HĐND')).toMatchObject({ issuer: null, issuerAgencyId: TH('hdnd-tinh') });
  });

  it('reads documents cited by name only', () => {
    expect(ref('name:luat-dat-dai')).toMatchObject({ symbol: null, name: 'Luật Đất đai', docType: 'Luật', docTypeEn: 'Law' });
    expect(ref('thanh-hoa:name:nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-xix')?.name).toBe('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX');
    expect(ref('name:chuong-trinh-mtqg-giam-ngheo-ben-vung')?.docType).toBe('Chương trình');
    expect(ref('thanh-hoa:name:de-an-thu-hut-dau-tu-theo-phuong-thuc-doi-tac-cong-tu-ppp-giai-doan-2021-2025-dinh-huong-den-nam-2030')?.name).toBe(
      'Đề án thu hút đầu tư theo phương thức đối tác công tư (PPP) giai đoạn 2021 - 2025, định hướng đến năm 2030',
    );
    // "Kế hoạch" inside "Sở Kế hoạch và Đầu tư" and plans a task is to draw up are not references.
    expect(parsed.references.some((r) => r.name?.startsWith('Kế hoạch và Đầu tư'))).toBe(false);
    expect(parsed.references.some((r) => r.name?.startsWith('Kế hoạch khắc phục'))).toBe(false);
  });

  it('cites from the plan preamble, causes and tasks', () => {
    const cites = (key: string) => parsed.citations.filter((c) => c.referenceKey === key).map((c) => [c.fromId, c.line]);
    expect(cites('thanh-hoa:08-NQ/TU')).toEqual([
      [PLAN, 33],
      [`${PLAN}#I.1/task-1`, 61],
    ]);
    expect(cites('100/2019/NĐ-CP')).toEqual([[`${PLAN}#III.2/cause-2`, 359]]);
    expect(cites('thanh-hoa:191/QĐ-UBND')).toEqual([
      [`${PLAN}#I.1/task-1`, 61],
      [`${PLAN}#I.2/task-5`, 103],
      [`${PLAN}#V.1/task-1`, 515],
    ]);
    expect(parsed.citations.filter((c) => c.referenceKey === 'thanh-hoa:191/QĐ-UBND').map((c) => c.date)).toEqual(['2022-01-11', '2022-01-12', '2022-01-11']);
  });
});

describe('Plan 83/KH-UBND: warnings and summary', () => {
  it('reports exactly the repairs and conflicts found by reading', () => {
    const notable = parsed.warnings.filter((w) => w.kind !== 'label-variant' || !/^sub-heading/.test(w.message));
    expect(notable.map((w) => [w.line, w.kind])).toEqual([
      [43, 'numbering-repaired'],
      [103, 'conflicting-reference'],
      [245, 'label-variant'],
      [247, 'label-variant'],
      [369, 'label-variant'],
      [461, 'numbering-repaired'],
      [847, 'conflicting-reference'],
      [893, 'numbering-repaired'],
      [915, 'label-variant'],
      [993, 'label-variant'],
      [995, 'label-variant'],
      [1049, 'numbering-repaired'],
      [1051, 'numbering-repaired'],
      [1075, 'numbering-repaired'],
    ]);
    expect(parsed.warnings.filter((w) => /^sub-heading/.test(w.message)).map((w) => w.line)).toEqual([333, 747]);
    expect(parsed.warnings.find((w) => w.line === 103)!.message).toBe('191/QĐ-UBND is dated 2022-01-11 at line 61 but 2022-01-12 at line 103');
  });

  it('summarises node and relationship counts', () => {
    expect(summarizeParse(parsed)).toEqual({
      nodes: { Plan: 1, Section: 9, Weakness: 30, Cause: 78, Task: 164, Agency: 57, PolicyReference: 96 },
      relationships: {
        HAS_SECTION: 9,
        HAS_WEAKNESS: 30,
        HAS_CAUSE: 78,
        HAS_TASK: 164,
        LEADS: 63,
        COORDINATES: 49,
        ASSIGNED_TO: 174,
        INVOLVES: 109,
        CITES: 113,
        ISSUED_BY: 67,
        MEMBER_OF: 60,
      },
    });
  });
});
