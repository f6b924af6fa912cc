/**
 * PDF with a text layer → paragraphs (see pdf-layout.ts), located by page and paragraph. The text
 * items come from pdf.js through unpdf (1.7: the last release for Node 20; it needs no canvas).
 * A PDF without text — a scan — is refused: reading it needs OCR, which this project does not do.
 */
import { DocumentReadError, type SourceLocation } from './document-text.ts';
import { pageLines, paragraphs, type PdfItem } from './pdf-layout.ts';

/** Fewer readable characters than this per page means the pages are pictures of text. */
const MIN_CHARS_PER_PAGE = 20;

/** Reads a PDF's text layer. */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<{ text: string; locations: SourceLocation[] }> {
  // Loaded on first use: pdf.js is large and only PDFs need it.
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes over the buffer it is given; hand it a copy.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new DocumentReadError(fileName, 'the PDF is password-protected: save an unprotected copy');
    throw new DocumentReadError(fileName, `the PDF cannot be read (${(error as Error).message})`);
  }
  try {
    const pages = [];
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // Only horizontal text: rotated stamps and margin notes are not the document's body.
        if (Math.abs(b!) > 0.01 * Math.abs(a!)) continue;
        items.push({ text: item.str, x: x!, y: y!, width: item.width, size: item.height || Math.hypot(c!, d!) });
        characters += item.str.replace(/\s/g, '').length;
      }
      pages.push(pageLines(items));
      page.cleanup();
    }
    if (characters < MIN_CHARS_PER_PAGE * pdf.numPages) {
      throw new DocumentReadError(
        fileName,
        `no text layer: scanned documents need OCR first (${characters} characters of text on ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'})`,
      );
    }
    const result = paragraphs(pages);
    return { text: result.map((p) => p.text).join('\n'), locations: result.map(({ page, paragraph }) => ({ page, paragraph })) };
  } finally {
    await pdf.destroy();
  }
}
