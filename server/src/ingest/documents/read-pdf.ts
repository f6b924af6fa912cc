/**
 * PDF with a text layer → paragraphs, located by page and paragraph. The text items come from
 * pdf.js through unpdf (1.7: the last release for Node 20; it needs no canvas). Pages are read in
 * stages: printed lines (pdf-lines.ts); ruled tables, for pages with text in columns, from the
 * page's drawing operators (pdf-rulings.ts, pdf-tables.ts); running headers and footers dropped
 * (pdf-furniture.ts); paragraphs rebuilt (pdf-paragraphs.ts).
 * A PDF without text — a scan — is refused: reading it needs OCR, which this project does not do.
 */
import type { getDocumentProxy } from 'unpdf';
import { DocumentReadError, type SourceLocation } from './document-text.ts';
import { dropFurniture } from './pdf-furniture.ts';
import { pageLines, type PdfItem, type PdfLine } from './pdf-lines.ts';
import { paragraphs, type PdfPage } from './pdf-paragraphs.ts';
import { pageRulings, type PdfOps } from './pdf-rulings.ts';
import { pageTables, type PdfTable } from './pdf-tables.ts';

/** Fewer readable characters than this per page means the pages are pictures of text. */
const MIN_CHARS_PER_PAGE = 20;

type Pdf = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Reads a PDF's text layer. */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<{ text: string; locations: SourceLocation[] }> {
  // Loaded on first use: pdf.js is large and only PDFs need it.
  const { getDocumentProxy, getResolvedPDFJS } = await import('unpdf');
  const { OPS } = await getResolvedPDFJS();
  allowFontTransfer();
  let pdf: Pdf;
  try {
    // pdf.js takes over the buffer it is given, and refuses a Node Buffer: hand it a plain copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new DocumentReadError(fileName, 'the PDF is password-protected: save an unprotected copy');
    throw new DocumentReadError(fileName, `the PDF cannot be read (${(error as Error).message})`);
  }
  try {
    const pages: { width: number; lines: PdfLine[]; tables: PdfTable[] }[] = [];
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const items = await pageItems(page);
      characters += items.reduce((sum, item) => sum + item.text.replace(/\s/g, '').length, 0);
      let lines = pageLines(items);
      let tables: PdfTable[] = [];
      // Only a page with text in columns can hold a table; the others need not be drawn.
      if (lines.some((line) => line.segments.length > 1)) {
        const operators = await page.getOperatorList();
        const found = pageTables(pageRulings(operators.fnArray, operators.argsArray, OPS satisfies PdfOps), items);
        if (found.tables.length > 0) [lines, tables] = [pageLines(found.rest), found.tables];
      }
      const [x0, , x1] = page.view;
      pages.push({ width: x1! - x0!, lines, tables });
      page.cleanup();
    }
    if (characters < MIN_CHARS_PER_PAGE * pdf.numPages) {
      throw new DocumentReadError(
        fileName,
        `no text layer: scanned documents need OCR first (${characters} characters of text on ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'})`,
      );
    }
    const bodies = dropFurniture(pages.map((page) => page.lines));
    const result = paragraphs(pages.map((page, i): PdfPage => ({ ...page, lines: bodies[i]! })));
    return { text: result.map((p) => p.text).join('\n'), locations: result.map(({ page, paragraph }) => ({ page, paragraph })) };
  } finally {
    await pdf.destroy();
  }
}

async function pageItems(page: Awaited<ReturnType<Pdf['getPage']>>): Promise<PdfItem[]> {
  const content = await page.getTextContent();
  const items: PdfItem[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    // Only horizontal text: rotated stamps and margin notes are not the document's body.
    if (Math.abs(b!) > 0.01 * Math.abs(a!)) continue;
    items.push({ text: item.str, x: x!, y: y!, width: item.width, size: item.height || Math.hypot(c!, d!) });
  }
  return items;
}

/**
 * pdf.js hands a page's fonts over with ArrayBuffer.prototype.transferToFixedLength (ES2024), which
 * Node 20 lacks, and without it the page's drawing operators come back empty. A copy is what the
 * method gives; the original is not detached here, which pdf.js does not rely on. Node 22 has it.
 */
function allowFontTransfer(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof prototype.transferToFixedLength === 'function') return;
  Object.defineProperty(prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}
