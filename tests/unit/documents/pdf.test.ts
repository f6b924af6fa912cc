/**
 * PDF: the seed printed by pdfkit (two-column header, justified paragraphs with a first-line
 * indent, wrapped over many pages) and read back by position; a scan without a text layer.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../server/src/ingest/documents/read-document.ts';
import { joinWrapped, pageLines, paragraphs } from '../../../server/src/ingest/documents/pdf-layout.ts';
import { expectSeedFacts, readAndParse } from './seed-facts.ts';
import { scannedPdf, seedDocument, seedPdf } from './seed-renderings.ts';

describe('a PDF of the seed', async () => {
  const doc = seedDocument();
  const { document, parsed } = await readAndParse(await seedPdf(), 'plan.pdf');

  it('rebuilds each paragraph on one line, wrapped lines joined, the header column after column', () => {
    expect(document.format).toBe('pdf');
    const expected = [...doc.issuer, doc.number, ...doc.motto, doc.dateLine, ...doc.body].map((line) => line.replace(/\u00a0/g, ' '));
    expect(document.text.split('\n')).toEqual(expected);
  });

  it('locates each paragraph by page and by its place on the page', () => {
    const lines = document.text.split('\n');
    expect(document.locations![0]).toEqual({ page: 1, paragraph: 1 });
    const pages = new Set(document.locations!.map((location) => location!.page!));
    expect(pages.size).toBeGreaterThan(20);
    const signer = document.locations![lines.indexOf('Đỗ Minh Tuấn')]!;
    expect(signer.page).toBe(Math.max(...pages));
    // Paragraph numbers restart on every page.
    const firstOfPage2 = document.locations!.find((location) => location!.page === 2)!;
    expect(firstOfPage2.paragraph).toBe(1);
  });

  it('is the same plan as the web page', () => {
    expectSeedFacts(parsed);
  });
});

describe('PDF layout', () => {
  const item = (text: string, x: number, y: number, width = text.length * 6) => ({ text, x, y, width, size: 12 });

  it('joins a word split by a hyphen at the line end, and keeps a hyphen before a digit', () => {
    expect(joinWrapped('khắc phục những hạn chế, yếu kém trong thực hiện các nhiệm vụ phát triển kinh tế - xã hội, bổ sung', 'kịp thời')).toMatch(
      /bổ sung kịp thời$/,
    );
    expect(joinWrapped('the recom-', 'mendation')).toBe('the recommendation');
    expect(joinWrapped('dịch Covid-', '19')).toBe('dịch Covid-19');
    expect(joinWrapped('Nghị quyết số 192/2019/', 'NQ-HĐND')).toBe('Nghị quyết số 192/2019/NQ-HĐND');
  });

  it('splits pieces on one baseline into columns at wide gaps', () => {
    const lines = pageLines([item('Số:', 70, 700), item('83/KH-UBND', 92, 700), item('Thanh Hóa, ngày 24 tháng 3 năm 2022', 300, 700)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.segments.map((segment) => segment.text)).toEqual(['Số: 83/KH-UBND', 'Thanh Hóa, ngày 24 tháng 3 năm 2022']);
  });

  it('starts a paragraph at an indent, after a short line, or after extra space; continues a wrapped one', () => {
    const right = 520;
    const page = pageLines([
      item('- Đơn vị chủ trì: Sở Tài nguyên và Môi trường, Sở Xây dựng, Sở Kế hoạch và', 98, 700, right - 98),
      item('Đầu tư.', 70, 686, 40),
      item('- Đơn vị phối hợp: Các đơn vị liên quan.', 98, 672, 250),
      item('b) Nhiệm vụ, giải pháp khắc phục', 70, 650, 200),
    ]);
    expect(paragraphs([page]).map((p) => p.text)).toEqual([
      '- Đơn vị chủ trì: Sở Tài nguyên và Môi trường, Sở Xây dựng, Sở Kế hoạch và Đầu tư.',
      '- Đơn vị phối hợp: Các đơn vị liên quan.',
      'b) Nhiệm vụ, giải pháp khắc phục',
    ]);
  });
});

describe('a scanned PDF', () => {
  it('is refused: no text layer, OCR first', async () => {
    await expect(readDocument(await scannedPdf(), 'scan.pdf')).rejects.toThrow('scan.pdf: no text layer: scanned documents need OCR first');
  });
});
