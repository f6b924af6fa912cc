/**
 * The one entry point for documents: bytes and a file name in, the document's text out, whatever
 * the file is (plain text in any usual encoding, a saved web page, .docx, .doc, a PDF with text).
 * Pure: no file system, no network; the caller reads the file.
 */
import { detectFormat } from './detect-format.ts';
import { DocumentReadError, type DocumentFormat, type DocumentText, type SourceLocation } from './document-text.ts';
import { repairFontText } from './legacy-vietnamese.ts';
import { readDoc } from './read-doc.ts';
import { readDocx } from './read-docx.ts';
import { readHtml } from './read-html.ts';
import { readPdf } from './read-pdf.ts';
import { decodeText } from './text-encoding.ts';

export { DocumentReadError, type DocumentFormat, type DocumentText, type SourceLocation } from './document-text.ts';

const SUPPORTED = 'plain text (.txt), web pages (.html), Word (.docx, .doc) and PDF with a text layer';

interface Extracted {
  text: string;
  encoding: string | null;
  locations: SourceLocation[] | null;
}

const readers: Record<DocumentFormat, (bytes: Uint8Array, fileName: string) => Promise<Extracted> | Extracted> = {
  text: (bytes) => ({ ...decodeText(bytes), locations: null }),
  html: (bytes) => ({ ...readHtml(bytes), locations: null }),
  docx: (bytes, fileName) => ({ ...readDocx(bytes, fileName), encoding: null }),
  doc: (bytes, fileName) => ({ ...readDoc(bytes, fileName), encoding: null }),
  pdf: async (bytes, fileName) => ({ ...(await readPdf(bytes, fileName)), encoding: null }),
};

/**
 * Reads a document, deciding its type by content (the name is only used in messages).
 * @throws DocumentReadError naming the file and why it cannot be read: empty, an unknown type
 * (with what it looks like), damaged, password-protected, a scan without a text layer.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
  if (bytes.length === 0) throw new DocumentReadError(fileName, 'the file is empty');
  const detected = detectFormat(bytes);
  if (!detected.format) {
    throw new DocumentReadError(fileName, `unknown file type: this looks like ${detected.looksLike}; the importer reads ${SUPPORTED}`);
  }
  const extracted = await readers[detected.format](bytes, fileName);
  let { text, encoding } = extracted;
  // Word and PDF text set in .VnTime/VNI fonts without a font name to tell us: recognised by its letters.
  if (encoding === null) {
    const repaired = repairFontText(text);
    if (repaired) {
      text = repaired.text;
      encoding = `${repaired.encoding} characters`;
    }
  }
  text = text.normalize('NFC');
  if (text.trim().length === 0) throw new DocumentReadError(fileName, `the ${describe(detected.format)} holds no text`);
  return { fileName, format: detected.format, encoding, text, locations: extracted.locations };
}

function describe(format: DocumentFormat): string {
  return { text: 'text file', html: 'web page', docx: 'Word file', doc: 'Word file', pdf: 'PDF' }[format];
}
