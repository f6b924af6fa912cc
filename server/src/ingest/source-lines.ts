/**
 * The text of a document as numbered lines, and the checks that refuse text that cannot be a plan
 * at all. Table rows arrive as one line each, cells separated by " | " (text tables, and the Word
 * and HTML tables the document readers render the same way).
 */
import { isUpperText } from './letters.ts';
import { PlanParseError } from './types.ts';

/** One line of the source: its 1-based number and its text with surrounding (also non-breaking) spaces trimmed. */
export interface SourceLine {
  line: number;
  text: string;
  /** Leading white space, in spaces (a tab counts 4): nesting where a document indents. */
  indent: number;
}

/** Splits text into numbered, trimmed lines (any line break: LF, CRLF, CR). */
export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({ line: i + 1, text: raw.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, ''), indent: indentOf(raw) }));
}

function indentOf(raw: string): number {
  let indent = 0;
  for (const ch of raw) {
    if (ch === '\t') indent += 4;
    else if (ch === ' ' || ch === '\u00a0' || ch === '\u3000') indent++;
    else break;
  }
  return indent;
}

/** True for a line holding table cells ("STT | Nội dung | Đơn vị chủ trì"). */
export function isTableRow(text: string): boolean {
  return /(?:^|\s)\|(?:\s|$)/.test(text);
}

/** The cells of a table row, trimmed; a line without cells is one cell. */
export function cellsOf(text: string): string[] {
  if (!isTableRow(text)) return [text];
  return text
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(/\s*\|\s*/)
    .map((cell) => cell.trim());
}

/** True for a heading-like line printed in capitals ("KẾ HOẠCH", "TỈNH THANH HÓA"). */
export function isUpperLine(text: string): boolean {
  return isUpperText(text);
}

/**
 * Refuses input that cannot be a plan text at all: empty, or binary (NUL bytes, mostly control or
 * replacement characters).
 * @throws PlanParseError naming the file and the reason.
 */
export function assertUsableText(text: string, sourceFile: string): void {
  if (text.trim().length === 0) throw new PlanParseError(sourceFile, 'the text is empty');
  if (text.includes('\u0000')) throw new PlanParseError(sourceFile, 'the text is binary (it contains NUL bytes), not a plan');
  const sample = text.slice(0, 20000);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: they mark a binary file.
  const bad = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (bad / sample.length > 0.05) {
    throw new PlanParseError(sourceFile, 'the text looks binary (mostly control or undecodable characters), not a plan');
  }
}
