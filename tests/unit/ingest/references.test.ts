import { describe, expect, it } from 'vitest';
import { AgencyRegistry } from '../../../server/src/ingest/agencies.ts';
import { parseDeadline } from '../../../server/src/ingest/deadlines.ts';
import { AgencyMatcher } from '../../../server/src/ingest/agency-matcher.ts';
import { normalizeSymbol, referenceKey } from '../../../server/src/ingest/document-symbols.ts';
import { findMentions } from '../../../server/src/ingest/mentions.ts';
import type { ParseWarning } from '../../../server/src/ingest/types.ts';
import { glossary } from './helpers.ts';

function mentions(text: string) {
  const warnings: ParseWarning[] = [];
  const registry = new AgencyRegistry(new AgencyMatcher(glossary, 'Thanh Hóa'), 'Thanh Hóa');
  return { found: findMentions(text, 1, { province: 'Thanh Hóa', registry, warnings }), warnings };
}

describe('normalizeSymbol', () => {
  it.each([
    ['08-NQ/TU', '08-NQ/TU'],
    ['08/NQ-TU', '08-NQ/TU'],
    ['nq 08-NQ/TU', '08-NQ/TU'],
    ['Nghị quyết số 08-nq/tu', '08-NQ/TU'],
    ['Kế hoạch 26-KH/TU', '26-KH/TU'],
    ['191/qđ-ubnd', '191/QĐ-UBND'],
    ['191/QD-UBND', '191/QĐ-UBND'],
    ['3161/2014/QĐ-UBND', '3161/2014/QĐ-UBND'],
    ['43 / 2022 / qh15', '43/2022/QH15'],
    ['255/QĐ-TTG', '255/QĐ-TTg'],
    ['173/NQ-HDND', '173/NQ-HĐND'],
    ['35-CT/TW', '35-CT/TW'],
    ['không có số hiệu', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSymbol(input)).toBe(expected);
  });

  it('scopes provincial symbols by province and keeps national ones global', () => {
    expect(referenceKey('79/KH-UBND', 'Thanh Hóa')).toBe('thanh-hoa:79/KH-UBND');
    expect(referenceKey('08-NQ/TU', 'Thanh Hóa')).toBe('thanh-hoa:08-NQ/TU');
    expect(referenceKey('173/NQ-HĐND', 'Thanh Hóa')).toBe('thanh-hoa:173/NQ-HĐND');
    for (const symbol of ['58-NQ/TW', '11/NQ-CP', '43/2022/QH15', '255/QĐ-TTg', '35-CT/TW', '100/2019/NĐ-CP']) {
      expect(referenceKey(symbol, 'Thanh Hóa')).toBe(symbol);
    }
  });
});

describe('findMentions', () => {
  it('reads date, issuer and subject of each mention in a list (seed line 33)', () => {
    const { found } = mentions(
      'Căn cứ Nghị quyết số 08-NQ/TU ngày 06/12/2021 của Ban Chấp hành Đảng bộ tỉnh về phương hướng, nhiệm vụ năm 2022; Nghị quyết số 173/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh tế - xã hội năm 2022 tỉnh Thanh Hóa;',
    );
    expect(found.map((m) => [m.symbol, m.date, m.issuer, m.issuerAgencyId, m.subject])).toEqual([
      ['08-NQ/TU', '2021-12-06', 'Ban Chấp hành Đảng bộ tỉnh', 'thanh-hoa/tinh-uy', 'về phương hướng, nhiệm vụ năm 2022'],
      ['173/NQ-HĐND', '2021-12-10', 'Hội đồng nhân dân tỉnh', 'thanh-hoa/hdnd-tinh', 'về Kế hoạch phát triển kinh tế - xã hội năm 2022 tỉnh Thanh Hóa'],
    ]);
  });

  it('reads a loosely written symbol and the misspelt type "Kết luật" (seed lines 97, 915)', () => {
    expect(mentions('Kế hoạch số 250/KH-UBND ngày 21/11/2021 của UBND tỉnh về triển khai thực hiện Kế hoạch 26-KH/TU;').found.map((m) => m.key)).toEqual([
      'thanh-hoa:250/KH-UBND',
      'thanh-hoa:26-KH/TU',
    ]);
    const { found, warnings } = mentions('Kết luật số 2073-KL/TU ngày 07/9/2020 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện');
    expect(found[0]!.docType).toEqual({ vi: 'Kết luận', en: 'Conclusion' });
    expect(warnings.map((w) => w.kind)).toEqual(['label-variant']);
  });

  it('takes an issuer named before "tại" (seed line 265)', () => {
    const { found } = mentions('theo chỉ đạo của Chủ tịch UBND tỉnh tại Chỉ thị số 09/CT-UBND ngày 17/6/2019.');
    expect(found[0]).toMatchObject({ issuer: 'Chủ tịch UBND tỉnh', issuerAgencyId: 'thanh-hoa/chu-tich-ubnd-tinh', date: '2019-06-17' });
  });

  it('reads laws named without a number, one per name (seed line 1071)', () => {
    const { found } = mentions(
      'Tiếp tục đẩy mạnh công tác phổ biến, tuyên truyền Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo, Luật Đất đai, Bộ Luật dân sự và các chủ trương',
    );
    expect(found.map((m) => [m.name, m.key])).toEqual([
      ['Luật Tiếp công dân', 'name:luat-tiep-cong-dan'],
      ['Luật Khiếu nại', 'name:luat-khieu-nai'],
      ['Luật Tố cáo', 'name:luat-to-cao'],
      ['Luật Đất đai', 'name:luat-dat-dai'],
      ['Bộ Luật dân sự', 'name:bo-luat-dan-su'],
    ]);
  });

  it('ignores plans a task is to draw up (seed line 451)', () => {
    expect(mentions('Tham mưu, trình UBND tỉnh ban hành Kế hoạch thực hiện lập quy hoạch xây dựng trên địa bàn tỉnh năm 2022.').found).toEqual([]);
  });
});

describe('parseDeadline', () => {
  it.each([
    ['Năm 2022.', [2022], false],
    ['Năm 2022 và các năm tiếp theo.', [2022], true],
    ['Thực hiện trong năm 2022 và các năm tiếp theo.', [2022], true],
    ['Khắc phục từng bước, đảm bảo ổn định tình hình.', [], true],
  ])('%s', (text, years, ongoing) => {
    expect(parseDeadline(text)).toEqual({ years, ongoing });
  });
});
