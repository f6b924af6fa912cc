/**
 * Finds the plan inside a saved web page: the official header (issuer, "Số:", place and date, the
 * document type and title) down to the signature block, skipping the site's menus, metadata boxes
 * and footers around it. Works on lines, so every position is a 1-based line of the original file.
 */
import { PlanParseError } from './types.ts';

/** One line of the source: its 1-based number and its text with surrounding (also non-breaking) spaces trimmed. */
export interface SourceLine {
  line: number;
  text: string;
}

/** Where the parts of the plan sit in the file. */
export interface BodyLocation {
  /** All lines of the file, trimmed, index i = line i + 1. */
  lines: SourceLine[];
  /** Issuer lines of the header ("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"). */
  issuerLines: SourceLine[];
  numberLine: SourceLine;
  /** The symbol printed after "Số:". */
  symbol: string;
  /** The "Place, ngày d tháng m năm yyyy" line. */
  dateLine: SourceLine;
  place: string;
  date: { day: number; month: number; year: number };
  docTypeLine: SourceLine | null;
  titleLines: SourceLine[];
  /** First and last line of the text between the title and the signature (inclusive). */
  contentStart: number;
  contentEnd: number;
  /** Capacity lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and the signer's name; null when the text stops before them. */
  signature: { capacityLines: SourceLine[]; signerLine: SourceLine | null } | null;
  /** First and last line of the whole document (header to signer). */
  bodyStart: number;
  bodyEnd: number;
}

const DATE_LINE = /^(.{2,80}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const NUMBER_LINE = /^Số\s*:\s*([^\s,;]+)/u;
const MOTTO = /^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐỘC LẬP\s*-\s*TỰ DO\s*-\s*HẠNH PHÚC)$/iu;
const SIGNATURE_START = /^(?:(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}|(?:PHÓ )?CHỦ TỊCH$)/u;
const RECIPIENTS = /^Nơi nhận\s*:/u;
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** True for a heading-like line printed in capitals ("KẾ HOẠCH", "TỈNH THANH HÓA"). */
export function isUpperLine(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

function isRule(text: string): boolean {
  return /^[-_=.*\s]{3,}$/.test(text);
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

/**
 * Locates header, content and signature of the plan in the file's lines.
 * @throws PlanParseError when no document header ("Số: ..." followed by a place and date line) exists.
 */
export function locateBody(text: string, sourceFile: string): BodyLocation {
  const lines: SourceLine[] = text.split(/\r\n|\r|\n/).map((raw, i) => ({ line: i + 1, text: raw.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '') }));
  const at = (line: number) => lines[line - 1]!;

  let numberLine: SourceLine | null = null;
  let dateLine: SourceLine | null = null;
  let dateMatch: RegExpExecArray | null = null;
  for (const candidate of lines) {
    if (!NUMBER_LINE.test(candidate.text)) continue;
    // The date may share the number's line when the page flattened the two header columns.
    const sameLine = DATE_LINE.exec(candidate.text.replace(NUMBER_LINE, '').trim());
    if (sameLine) {
      numberLine = candidate;
      dateLine = candidate;
      dateMatch = sameLine;
      break;
    }
    const next = lines.slice(candidate.line, candidate.line + 12).find((l) => DATE_LINE.test(l.text));
    if (next) {
      numberLine = candidate;
      dateLine = next;
      dateMatch = DATE_LINE.exec(next.text);
      break;
    }
  }
  if (!numberLine || !dateLine || !dateMatch) {
    throw new PlanParseError(sourceFile, 'not a plan: no document header ("Số: ..." followed by a "<place>, ngày ... tháng ... năm ..." line) found');
  }
  const symbol = NUMBER_LINE.exec(numberLine.text)![1]!;
  let place = dateMatch[1]!.trim();
  if (dateLine === numberLine) place = place.replace(/^.*?\s{2,}/, '');

  // The issuer sits in the left header column, above "Số:"; the national motto is the right column.
  const issuerLines: SourceLine[] = [];
  for (let line = numberLine.line - 1; line >= 1 && line >= numberLine.line - 12; line--) {
    const { text: t } = at(line);
    if (!t || isRule(t) || MOTTO.test(t)) {
      if (issuerLines.length > 0 && !t && line > 1 && !at(line - 1).text) break;
      continue;
    }
    const cleaned = t.replace(/\s*CỘNG H[ÒO]A XÃ HỘI CHỦ NGHĨA VIỆT NAM.*$/u, '').trim();
    if (!cleaned || !isUpperLine(cleaned)) {
      if (issuerLines.length > 0) break;
      continue;
    }
    issuerLines.unshift({ line, text: cleaned });
  }

  let cursor = dateLine.line + 1;
  while (cursor <= lines.length && !at(cursor).text) cursor++;
  let docTypeLine: SourceLine | null = null;
  const titleLines: SourceLine[] = [];
  if (cursor <= lines.length && isUpperLine(at(cursor).text) && at(cursor).text.split(/\s+/).length <= 6) {
    docTypeLine = at(cursor);
    cursor++;
    for (; cursor <= lines.length; cursor++) {
      const { text: t } = at(cursor);
      if (!t) continue;
      if (!isUpperLine(t) || /^[A-Z]\.\s|^[IVXL]+\.\s/.test(t)) break;
      titleLines.push(at(cursor));
    }
  }
  const contentStart = cursor;

  let contentEnd = lines.length;
  let signature: BodyLocation['signature'] = null;
  for (let line = contentStart; line <= lines.length; line++) {
    const { text: t } = at(line);
    if (RECIPIENTS.test(t)) {
      contentEnd = Math.min(contentEnd, line - 1);
      continue;
    }
    if (!SIGNATURE_START.test(t)) continue;
    contentEnd = Math.min(contentEnd, line - 1);
    const capacityLines: SourceLine[] = [];
    let signerLine: SourceLine | null = null;
    for (let k = line; k <= Math.min(lines.length, line + 15); k++) {
      const { text: s } = at(k);
      if (!s || s.startsWith('-') || s.includes(';')) continue;
      if (isUpperLine(s)) capacityLines.push(at(k));
      else if (PERSON_NAME.test(s)) {
        signerLine = at(k);
        break;
      } else break;
    }
    signature = { capacityLines, signerLine };
    break;
  }
  while (contentEnd > contentStart && !at(contentEnd).text) contentEnd--;
  const bodyStart = issuerLines[0]?.line ?? numberLine.line;
  const bodyEnd = signature?.signerLine?.line ?? signature?.capacityLines.at(-1)?.line ?? contentEnd;
  return {
    lines,
    issuerLines,
    numberLine,
    symbol,
    dateLine,
    place,
    date: { day: Number(dateMatch[2]), month: Number(dateMatch[3]), year: Number(dateMatch[4]) },
    docTypeLine,
    titleLines,
    contentStart,
    contentEnd,
    signature,
    bodyStart,
    bodyEnd,
  };
}
