/**
 * A document file to a parsed plan: readDocument + parsePlan, with each line's page and paragraph
 * carried into the records' provenance, the file's format and encoding on the plan, and plans
 * that stop before their end refused unless partial imports are allowed.
 */
import { parsePlan } from '../parse-plan.ts';
import type { Glossary, ParsedPlan } from '../types.ts';
import { DocumentReadError, type DocumentText, type SourceLocation } from './document-text.ts';
import { readDocument } from './read-document.ts';

export interface ParseDocumentOptions {
  /** File name for provenance and messages (no directories). */
  fileName: string;
  glossary: Glossary;
  /** Accept a plan the parser finds cut off (no signature, an unfinished sentence, fewer items than announced). */
  allowPartial?: boolean;
}

/** The parsed plan and the document it was read from. */
export interface ParsedDocument {
  parsed: ParsedPlan;
  document: DocumentText;
}

/**
 * Reads and parses one plan file.
 * @throws DocumentReadError when the file cannot be read, or when the plan is incomplete and
 * `allowPartial` is not set (the message says where the text ends); PlanParseError when the
 * text is not a plan.
 */
export async function parseDocument(bytes: Uint8Array, options: ParseDocumentOptions): Promise<ParsedDocument> {
  const { fileName, glossary, allowPartial = false } = options;
  const document = await readDocument(bytes, fileName);
  const parsed = parsePlan(document.text, { sourceFile: fileName, glossary, locations: document.locations });
  parsed.plan.sourceFormat = document.format;
  parsed.plan.sourceEncoding = document.encoding;
  if (!parsed.plan.complete && !allowPartial) {
    // The parser's own warning says why and where; this adds the page and paragraph of that line.
    const cut = parsed.warnings.find((warning) => warning.kind === 'truncated');
    const line = parsed.plan.truncatedAt ?? cut?.line ?? document.text.split('\n').length;
    throw new DocumentReadError(fileName, `the plan is incomplete: its text ends at line ${line}${where(document, line)} (${cut?.message ?? 'cut off'})`);
  }
  return { parsed, document };
}

/** ", page 3, paragraph 2" for a line of the document read from a PDF or Word file; "" for text and web pages. */
export function where(document: Pick<DocumentText, 'locations'>, line: number): string {
  const location: SourceLocation | null | undefined = document.locations?.[line - 1];
  const parts = [location?.page && `page ${location.page}`, location?.paragraph && `paragraph ${location.paragraph}`].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}
