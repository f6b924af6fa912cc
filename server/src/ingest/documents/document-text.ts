/**
 * What a document reader hands the parser: the document's text, one paragraph per line (tables as
 * one line per row, cells joined by " | "), and where each line sits in the original file.
 */
import { PlanParseError } from '../types.ts';

/** The kinds of file the importer reads, decided by content rather than by the file's name. */
export type DocumentFormat = 'text' | 'html' | 'docx' | 'doc' | 'pdf';

/** Where a line of the extracted text sits in the original: a PDF's page, a paragraph of a Word file or of a PDF page (1-based). */
export interface SourceLocation {
  page?: number;
  paragraph?: number;
}

export interface DocumentText {
  fileName: string;
  format: DocumentFormat;
  /** How the bytes were decoded, e.g. "utf-8", "utf-16le", "windows-1258", "tcvn3", "vni"; null for formats that carry their own (PDF, Word). */
  encoding: string | null;
  /** NFC text, one paragraph per line. */
  text: string;
  /** One entry per line of `text`; null when lines of the text are the file's own lines (plain text, web pages). */
  locations: (SourceLocation | null)[] | null;
}

/** A file that cannot be read as a document: unknown type, no text layer, damaged, encrypted. Names the file and the reason. */
export class DocumentReadError extends PlanParseError {}
