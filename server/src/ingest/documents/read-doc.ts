/**
 * Word 97–2003 (.doc) → one line per paragraph, through word-extractor (maintained, pure
 * JavaScript). It gives the body text with Word's cell marks turned into tabs, and no borders: a
 * row of three or more cells is data (a task table), one line with its cells joined by " | "; a
 * row of two is taken for the two-column layout of the header and signature (number | place and
 * date), its cells one line each, as a PDF's two columns are read. Lists numbered automatically
 * lose their numbers in .doc (they live in binary list tables word-extractor does not read): save
 * such files as .docx.
 */
import WordExtractor from 'word-extractor';
import { DocumentReadError, type SourceLocation } from './document-text.ts';

/** Reads a .doc file's body text. */
export async function readDoc(bytes: Uint8Array, fileName: string): Promise<{ text: string; locations: SourceLocation[] }> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    body = document.getBody();
  } catch (error) {
    throw new DocumentReadError(fileName, `the Word 97–2003 file cannot be read (${(error as Error).message})`);
  }
  const lines: { text: string; paragraph: number }[] = [];
  body.split('\n').forEach((raw, index) => {
    // Cells end in a tab (Word's cell mark).
    const cells = raw
      .replace(/\t+$/, '')
      .split('\t')
      .map((cell) => cell.trim());
    const texts = cells.length >= 3 ? [cells.join(' | ')] : cells;
    for (const text of texts) if (text.replace(/[\s|]/g, '').length > 0) lines.push({ text, paragraph: index + 1 });
  });
  return { text: lines.map((line) => line.text).join('\n'), locations: lines.map((line) => ({ paragraph: line.paragraph })) };
}
