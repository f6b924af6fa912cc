/** One test per kind of defect found in Plan 83/KH-UBND, each on a real excerpt of the seed. */
import { describe, expect, it } from 'vitest';
import { AgencyMatcher } from '../../../server/src/ingest/agency-matcher.ts';
import { buildOutline, type Para } from '../../../server/src/ingest/outline.ts';
import { PLAN, TH, fixture, glossary, lineOf, parse, weakness } from './helpers.ts';

/** Paragraphs copied from the seed, numbered from 1 for the outline builder. */
function paras(...texts: string[]): Para[] {
  return texts.map((text, i) => ({ line: i + 1, text, indent: 0 }));
}

const matcher = new AgencyMatcher(glossary, 'Thanh Hóa');
const split = (text: string) => matcher.splitList(text).matches.map((m) => m.entry.key);

describe('structure', () => {
  const sectionII = fixture('83-KH-UBND-2022.section-II.txt');
  const parsedII = parse(sectionII, 'section-II.txt');

  it('takes the second "A." part heading as part B and warns', () => {
    expect(parsedII.warnings).toContainEqual({
      kind: 'numbering-repaired',
      line: lineOf(sectionII, 'A. NỘI DUNG KẾ HOẠCH'),
      message: 'part "A. NỘI DUNG KẾ HOẠCH" is printed "A." but is part B by position',
    });
  });

  it('does not read part C "TỔ CHỨC THỰC HIỆN" as a section', () => {
    expect(parsedII.plan.sections).toHaveLength(1);
    expect(parsedII.plan.sections[0]!.provenance.lineEnd).toBeLessThan(lineOf(sectionII, 'C. TỔ CHỨC THỰC HIỆN'));
  });

  it('numbers sections by position: printed "II." alone is section I', () => {
    const [section] = parsedII.plan.sections;
    expect(section).toMatchObject({ numeral: 'I', order: 1 });
    expect(parsedII.warnings.map((w) => w.message)).toContain('section printed "II." is section I by position');
  });

  it('reads a section whose heading states its weakness (section II)', () => {
    const [w] = parsedII.plan.sections[0]!.weaknesses;
    expect(w).toMatchObject({ code: 'I', printedNumber: null, area: null, leadAgencyIds: [TH('so-y-te')] });
    expect(w!.statement).toMatch(/^CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19/);
    expect(w!.causes).toHaveLength(4);
    expect(w!.tasks).toHaveLength(7);
  });

  it('nests weaknesses under an area heading and reads "Lĩnh vực X: statement" headings', () => {
    const outline = buildOutline(
      paras(
        'III. VỀ PHÁT TRIỂN CÁC NGÀNH KINH TẾ',
        '1. Lĩnh vực nông nghiệp, lâm nghiệp và thủy sản',
        '1.1. Chuyển dịch cơ cấu cây trồng, vật nuôi, đổi mới hình thức tổ chức sản xuất chưa chuyển biến mạnh',
        '1.1.1. Nguyên nhân',
        '- Thanh Hóa là tỉnh có địa hình phức tạp, bị chia cắt mạnh',
        '1.2. Dịch tả lợn Châu Phi tái xảy ra tại một số địa phương',
        '1.2.1. Nguyên nhân',
        '- Dịch tả lợn Châu Phi hiện nay chưa có vắc xin phòng bệnh, chưa có thuốc điều trị',
        '2. Lĩnh vực công nghiệp: Một số sản phẩm công nghiệp chủ yếu có sản lượng không đạt kế hoạch như: Bia Thanh Hóa, thuốc lá…',
        '2.1. Nguyên nhân',
        '- Do ảnh hưởng của dịch bệnh Covid 19',
      ),
    );
    expect(outline.sections[0]!.weaknesses.map((w) => [w.code, w.area])).toEqual([
      ['I.1.1', 'Lĩnh vực nông nghiệp, lâm nghiệp và thủy sản'],
      ['I.1.2', 'Lĩnh vực nông nghiệp, lâm nghiệp và thủy sản'],
      ['I.2', 'Lĩnh vực công nghiệp'],
    ]);
  });
});

describe('numbering', () => {
  it('repairs a weakness printed "2.2." with no "2." (section IV)', () => {
    const text = fixture('83-KH-UBND-2022.section-IV.txt');
    const parsed = parse(text, 'section-IV.txt');
    const codes = parsed.plan.sections[0]!.weaknesses.map((w) => [w.code, w.printedNumber]);
    expect(codes).toEqual([
      ['I.1', '1.'],
      ['I.2', '2.2.'],
    ]);
    expect(parsed.warnings).toContainEqual({
      kind: 'numbering-repaired',
      line: lineOf(text, '2.2. Vi phạm trật tự xây dựng'),
      message: 'weakness printed "2.2." is "2." by position',
    });
    // Its own labels "2.2.1." – "2.2.3." follow the printed number, so they are not reported.
    expect(parsed.warnings.filter((w) => w.kind === 'numbering-repaired')).toHaveLength(2);
  });

  it('keeps labels numbered "1.1."–"1.3." under item 2 (section IX)', () => {
    const text = fixture('83-KH-UBND-2022.section-IX.txt');
    const parsed = parse(text, 'section-IX.txt');
    const second = parsed.plan.sections[0]!.weaknesses[1]!;
    expect(second).toMatchObject({ code: 'I.2', printedNumber: '2.', deadlineText: 'Năm 2022 và các năm tiếp theo.', ongoing: true });
    expect(second.causes).toHaveLength(1);
    expect(second.tasks).toHaveLength(5);
    expect(parsed.warnings.filter((w) => w.message.includes('under weakness I.2')).map((w) => w.message)).toEqual([
      '"1.1." under weakness I.2 is "2.1." by position',
      '"1.2." under weakness I.2 is "2.2." by position',
      '"1.3." under weakness I.2 is "2.3." by position',
    ]);
  });

  it('keeps a deadline numbered "3.3." under item 2', () => {
    const outline = buildOutline(
      paras(
        'VII. VỀ CÔNG TÁC QUẢN LÝ TÀI NGUYÊN VÀ BẢO VỆ MÔI TRƯỜNG',
        '2. Việc lấn, chiếm đất đai, xây dựng trái phép vẫn diễn ra ở một số địa phương',
        '2.1. Nguyên nhân',
        '- Sự phát triển của khu kinh tế, cụm công nghiệp… thu hút nhiều nhà đầu tư',
        '3.3. Thời gian khắc phục: Năm 2022 và các năm tiếp theo.',
      ),
    );
    expect(outline.sections[0]!.weaknesses[0]!.deadline?.value).toBe('Năm 2022 và các năm tiếp theo.');
    expect(outline.warnings.map((w) => [w.line, w.message])).toContainEqual([5, '"3.3." under weakness I.1 is "2.2." by position']);
  });
});

describe('labels', () => {
  const responsibility = (...lines: string[]) =>
    buildOutline(paras('VI. VỀ LĨNH VỰC VĂN HÓA, XÃ HỘI', '1. Tai nạn lao động vẫn còn xảy ra', '1.1. Nguyên nhân', '1.2. Kế hoạch khắc phục', ...lines));

  it('accepts "+ Đơn vị chủ trì" lines (seed line 245) and warns where the plan writes "-"', () => {
    const outline = responsibility(
      'a) Trách nhiệm của các đơn vị',
      '+ Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thị xã, thành phố.',
      '+ Đơn vị phối hợp: Các đơn vị liên quan.',
      '2. Dịch tả lợn Châu Phi tái xảy ra tại một số địa phương',
      '2.1. Nguyên nhân',
      '2.2. Kế hoạch khắc phục',
      '- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn.',
      '- Đơn vị phối hợp: Các đơn vị liên quan.',
      '3. Sức tiêu thụ nội địa và giá cả nhiều mặt hàng nông sản giảm mạnh',
      '3.1. Nguyên nhân',
      '3.2. Kế hoạch khắc phục',
      '- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn.',
    );
    const w = outline.sections[0]!.weaknesses[0]!;
    expect(w.lead?.value).toBe('Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thị xã, thành phố.');
    expect(w.coordinating?.value).toBe('Các đơn vị liên quan.');
    expect(outline.warnings.filter((x) => x.kind === 'label-variant').map((x) => x.message)).toEqual([
      'responsibility line bulleted with "+" instead of "-"',
      'responsibility line bulleted with "+" instead of "-"',
    ]);
  });

  it('does not hold a plan that bullets every responsibility line with "+" to another habit', () => {
    const outline = responsibility('+ Đơn vị chủ trì: Sở Y tế.', '+ Đơn vị phối hợp: Các đơn vị liên quan.');
    expect(outline.sections[0]!.weaknesses[0]!.lead?.value).toBe('Sở Y tế.');
    expect(outline.warnings.filter((x) => x.kind === 'label-variant')).toEqual([]);
  });

  it('accepts "Đơn vị chủ trì thực hiện:" (seed line 387) and a leading non-breaking space (seed line 713)', () => {
    const outline = responsibility(
      'a) Trách nhiệm của các đơn vị',
      '- Đơn vị chủ trì thực hiện: Sở Văn hóa, Thể thao và Du lịch.',
      '\u00a0- Đơn vị phối hợp: Các sở, ban, ngành cấp tỉnh.'.trim(),
    );
    const w = outline.sections[0]!.weaknesses[0]!;
    expect(w.lead?.value).toBe('Sở Văn hóa, Thể thao và Du lịch.');
    expect(w.coordinating?.value).toBe('Các sở, ban, ngành cấp tỉnh.');
  });

  it.each([
    ['b). Nhiệm vụ, giải pháp khắc phục', 'b).'],
    ['b. Nhiệm vụ, giải pháp khắc phục', 'b.'],
  ])('reads "%s" as "b)"', (heading, printed) => {
    const outline = responsibility(
      heading,
      '- Sở Nông nghiệp và Phát triển nông thôn',
      '+ Tổ chức triển khai có hiệu quả các chính sách phát triển sản xuất nông nghiệp.',
    );
    expect(outline.sections[0]!.weaknesses[0]!.tasks).toHaveLength(2);
    expect(outline.warnings.map((w) => w.message)).toContain(`sub-heading "${printed}" read as "b)"`);
  });

  it('reads the owner on the "b)" line, including the misprint "phối hp" (seed line 369)', () => {
    const parsed = parse(fixture('83-KH-UBND-2022.section-IV.txt'), 'section-IV.txt');
    expect(parsed.plan.sections[0]!.weaknesses[0]!.tasks[0]!.assignedAgencyIds).toEqual([TH('so-xay-dung')]);
    const outline = responsibility(
      'b) Nhiệm vụ, giải pháp khắc phục: Sở Công Thương chủ trì, phối hp với các đơn vị liên quan',
      '- Khảo sát, làm rõ nguyên nhân của việc giảm sản lượng một số sản phẩm.',
    );
    expect(outline.sections[0]!.weaknesses[0]!.taskOwner?.value).toBe('Sở Công Thương chủ trì, phối hp với các đơn vị liên quan');
  });
});

describe('agency lists', () => {
  it('splits lists without breaking names that contain commas', () => {
    expect(split('Sở Lao động, Thương binh và Xã hội, Bảo hiểm Xã hội tỉnh.')).toEqual(['so-lao-dong-thuong-binh-va-xa-hoi', 'bao-hiem-xa-hoi-tinh']);
    expect(split('Sở Xây dựng, các sở, ban, ngành cấp tỉnh, UBND các huyện, thị xã, thành phố có liên quan.')).toEqual([
      'so-xay-dung',
      'cac-so-ban-nganh-cap-tinh',
      'ubnd-cac-huyen',
    ]);
    expect(split('Thanh tra tỉnh; các sở, ban, ngành, đơn vị cấp tỉnh; UBND các huyện, thị xã, thành phố.')).toEqual([
      'thanh-tra-tinh',
      'cac-so-ban-nganh-cap-tinh',
      'ubnd-cac-huyen',
    ]);
    expect(split('Các sở, ban, ngành và các đơn vị có liên quan.')).toEqual(['cac-so-ban-nganh-cap-tinh', 'cac-don-vi-lien-quan']);
  });

  it('resolves spelling variants of one body to one key', () => {
    for (const name of ['Sở Nông nghiệp và PTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Phát triển Nông thôn'])
      expect(split(name)).toEqual(['so-nong-nghiep-va-phat-trien-nong-thon']);
    expect(split('Ban Quản lý KKT Nghi Sơn và các KCN')).toEqual(['ban-quan-ly-khu-kinh-te-va-cac-khu-cong-nghiep']);
    expect(split('Ban Quản lý Khu Kinh tế Nghi Sơn và các Khu công nghiệp')).toEqual(['ban-quan-ly-khu-kinh-te-va-cac-khu-cong-nghiep']);
    expect(split('Sở Lao động - Thương binh và Xã hội')).toEqual(split('Sở Lao động, Thương binh và Xã hội'));
    expect(split('Ủy ban nhân dân các huyện, thị xã, thành phố')).toEqual(['ubnd-cac-huyen']);
    expect(split('Kho bạc Nhà nước Thanh Hóa')).toEqual(['kho-bac-nha-nuoc-tinh']);
  });

  it('reads the stray comma of "Sở Nội vụ, Văn phòng, UBND tỉnh, ..." (seed line 993) as the PPC Office', () => {
    expect(split('Sở Nội vụ, Văn phòng, UBND tỉnh, các sở, ban, ngành, đơn vị cấp tỉnh và UBND các huyện, thị xã, thành phố liên quan')).toEqual([
      'so-noi-vu',
      'van-phong-ubnd-tinh',
      'cac-so-ban-nganh-cap-tinh',
      'ubnd-cac-huyen',
    ]);
  });

  it('reports a unit it cannot match instead of dropping it', () => {
    const { matches, unmatched } = new AgencyMatcher(
      { agencies: glossary.agencies.filter((e) => e.key !== 'cac-don-vi-dau-moi-theo-doi-du-an') },
      'Thanh Hóa',
    ).splitList(
      'Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, Ban Quản lý Khu Kinh tế Nghi Sơn và các Khu công nghiệp; các đơn vị được giao đầu mối theo dõi dự án',
    );
    expect(matches).toHaveLength(3);
    expect(unmatched).toEqual(['các đơn vị được giao đầu mối theo dõi dự án']);
  });
});

describe('tasks', () => {
  it('reads an introductory paragraph under "b)" as a task of its collective subject (seed line 61)', () => {
    const parsed = parse(fixture('83-KH-UBND-2022.section-II.txt'), 'section-II.txt');
    const last = parsed.plan.sections[0]!.weaknesses[0]!.tasks.at(-1)!;
    expect(last.text).toMatch(/^Các ngành, địa phương, đơn vị quán triệt/);
    expect(last.assignedAgencyIds).toEqual([TH('cac-nganh-dia-phuong-don-vi')]);
    expect(last.id).toBe('thanh-hoa/83-KH-UBND/2022#I/task-7');
  });

  it('gives "+" sub-bullets to the "- Thanh tra tỉnh" line above and leaves that line out', () => {
    const parsed = parse(fixture('83-KH-UBND-2022.section-IX.txt'), 'section-IX.txt');
    const w = parsed.plan.sections[0]!.weaknesses[1]!;
    expect(w.tasks.map((t) => t.assignedAgencyIds)).toEqual([
      [TH('thanh-tra-tinh')],
      [TH('thanh-tra-tinh')],
      [TH('thanh-tra-tinh')],
      [TH('cac-so-ban-nganh-cap-tinh'), TH('ubnd-cac-huyen')],
      [TH('cac-so-ban-nganh-cap-tinh'), TH('ubnd-cac-huyen')],
    ]);
    expect(w.tasks[0]!.text).toMatch(/^Tham mưu thực hiện có hiệu quả Chỉ thị số 35-CT\/TW/);
  });

  it('keeps an id scheme rooted in the plan id', () => {
    const parsed = parse(fixture('83-KH-UBND-2022.section-IV.txt'), 'section-IV.txt');
    expect(parsed.plan.id).toBe(PLAN);
    expect(weakness(parsed, 'I.2').tasks[0]!.id).toBe(`${PLAN}#I.2/task-1`);
  });
});
