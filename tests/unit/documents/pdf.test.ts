/**
 * PDF: the seed printed by pdfkit (two-column header, justified paragraphs with a first-line
 * indent, wrapped over many pages) and read back by position; a scan without a text layer.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../server/src/ingest/documents/read-document.ts';
import { dropFurniture } from '../../../server/src/ingest/documents/pdf-furniture.ts';
import { joinWrapped, pageLines } from '../../../server/src/ingest/documents/pdf-lines.ts';
import { paragraphs } from '../../../server/src/ingest/documents/pdf-paragraphs.ts';
import { pageRulings } from '../../../server/src/ingest/documents/pdf-rulings.ts';
import { continuation, pageTables } from '../../../server/src/ingest/documents/pdf-tables.ts';
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
    expect(joinWrapped('Kế hoạch 26-', 'KH/TU')).toBe('Kế hoạch 26-KH/TU');
    expect(joinWrapped('giai đoạn 2021-', '2025')).toBe('giai đoạn 2021-2025');
    expect(joinWrapped('kinh tế -', 'xã hội')).toBe('kinh tế - xã hội');
  });

  it('keeps a list label set off by a wide tab with its text, and notes where the text starts', () => {
    const [line] = pageLines([item('1.2.', 70, 700, 20), item('Kế hoạch khắc phục', 120, 700)]);
    expect(line!.segments).toEqual([{ text: '1.2. Kế hoạch khắc phục', x0: 70, x1: 120 + 18 * 6, textX: 120 }]);
  });

  it('continues a hanging-indent item under its text, and starts the next item at its label', () => {
    const right = 520;
    const page = pageLines([
      item('-', 70, 700, 4),
      item('Sở Tài nguyên và Môi trường chủ trì, phối hợp với các đơn vị liên quan', 90, 700, right - 90),
      item('tham mưu tổ chức triển khai thực hiện.', 90, 686, 200),
      item('-', 70, 672, 4),
      item('Sở Xây dựng chủ trì.', 90, 672, 110),
    ]);
    expect(paragraphs([{ width: 595, lines: page, tables: [] }]).map((p) => p.text)).toEqual([
      '- Sở Tài nguyên và Môi trường chủ trì, phối hợp với các đơn vị liên quan tham mưu tổ chức triển khai thực hiện.',
      '- Sở Xây dựng chủ trì.',
    ]);
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
    expect(paragraphs([{ width: 595, lines: page, tables: [] }]).map((p) => p.text)).toEqual([
      '- Đơn vị chủ trì: Sở Tài nguyên và Môi trường, Sở Xây dựng, Sở Kế hoạch và Đầu tư.',
      '- Đơn vị phối hợp: Các đơn vị liên quan.',
      'b) Nhiệm vụ, giải pháp khắc phục',
    ]);
  });
});

describe('PDF tables and page furniture', () => {
  const item = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 5, size: 10 });
  const h = (at: number, from = 50, to = 450) => ({ at, from, to });
  const v = (at: number, from = 500, to = 700) => ({ at, from, to });

  it('reads a ruled table by its borders: wrapped cells whole, merged cells once, text outside left alone', () => {
    // Columns at 50 | 90 | 300 | 450; rows 700–660–600–500. The first column's cell spans the
    // last two rows (no border between them there).
    const rulings = {
      horizontal: [h(700), h(660), h(600, 90, 450), h(500)],
      vertical: [v(50), v(90), v(300), v(450)],
    };
    const items = [
      item('STT', 55, 680),
      item('Nội dung', 95, 680),
      item('Đơn vị chủ trì', 305, 680),
      item('1', 55, 640),
      item('Rà soát quy hoạch,', 95, 640),
      item('kế hoạch sử dụng đất.', 95, 628),
      item('Sở Tài nguyên và', 305, 640),
      item('Môi trường', 305, 628),
      item('Công bố quy hoạch.', 95, 580),
      item('Ghi chú dưới bảng', 50, 480),
    ];
    const { tables, rest } = pageTables(rulings, items);
    expect(tables.map((table) => table.rows)).toEqual([
      [
        ['STT', 'Nội dung', 'Đơn vị chủ trì'],
        ['1', 'Rà soát quy hoạch, kế hoạch sử dụng đất.', 'Sở Tài nguyên và Môi trường'],
        ['', 'Công bố quy hoạch.', ''],
      ],
    ]);
    expect(rest.map((piece) => piece.text)).toEqual(['Ghi chú dưới bảng']);
  });

  it('takes a frame around one box for a frame, not a table', () => {
    expect(pageTables({ horizontal: [h(700), h(500)], vertical: [v(50), v(450)] }, [item('Nơi nhận:', 60, 600)]).tables).toEqual([]);
  });

  it('continues a table over a page without its repeated header row, joining a row the page broke', () => {
    const header = ['STT', 'Nội dung', 'Đơn vị chủ trì'];
    const rows = [header, ['-', 'Rà soát quy hoạch,', 'Sở Tài nguyên']];
    const next = {
      top: 700,
      bottom: 500,
      left: 50,
      right: 450,
      columns: [50, 90, 300, 450],
      rows: [header, ['', 'kế hoạch sử dụng đất.', 'và Môi trường'], ['-', 'Công bố.', 'Sở Xây dựng']],
    };
    expect(continuation(rows, next)).toEqual({
      last: ['-', 'Rà soát quy hoạch, kế hoạch sử dụng đất.', 'Sở Tài nguyên và Môi trường'],
      added: [['-', 'Công bố.', 'Sở Xây dựng']],
    });
  });

  it('finds borders drawn as lines and as thin filled rectangles, through the transformation matrix', () => {
    const ops = {
      save: 10,
      restore: 11,
      transform: 12,
      constructPath: 91,
      paintFormXObjectBegin: 74,
      paintFormXObjectEnd: 75,
      endPath: 28,
      fill: 22,
      eoFill: 23,
    };
    const path = (paint: number, ...data: number[]) => [paint, [new Float32Array(data)], null];
    const rulings = pageRulings(
      [10, 12, 91, 91, 11, 91, 91],
      [
        null,
        [1, 0, 0, 1, 100, 0], // shift right by 100
        path(20, 0, 0, 700, 1, 300, 700), // a stroked horizontal line
        path(22, 0, 0, 500, 1, 0.5, 500, 1, 0.5, 700, 1, 0, 700, 4), // a thin filled rectangle: a vertical line
        null,
        path(22, 0, 50, 50, 1, 550, 50, 1, 550, 800, 1, 50, 800, 4), // a page-sized filled area: not a line
        path(28, 0, 0, 0, 1, 600, 0), // a clipping path: nothing drawn
      ],
      ops,
    );
    expect(rulings).toEqual({ horizontal: [{ at: 700, from: 100, to: 400 }], vertical: [{ at: 100.25, from: 500, to: 700 }] });
  });

  it('drops running headers and footers: page numbers and lines repeated at the same end of the pages', () => {
    const line = (text: string, y: number) => ({ segments: [{ text, x0: 70, x1: 300, textX: null }], y, size: 12 });
    const pages = [1, 2, 3, 4].map((n) => [...(n > 1 ? [line(String(n), 800)] : []), line(`Nội dung trang ${n}`, 700), line(`Trang ${n}/4`, 40)]);
    expect(dropFurniture(pages).map((lines) => lines.map((l) => l.segments[0]!.text))).toEqual([1, 2, 3, 4].map((n) => [`Nội dung trang ${n}`]));
  });
});

describe('a scanned PDF', () => {
  it('is refused: no text layer, OCR first', async () => {
    await expect(readDocument(await scannedPdf(), 'scan.pdf')).rejects.toThrow('scan.pdf: no text layer: scanned documents need OCR first');
  });
});
