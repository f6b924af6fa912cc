/**
 * Finds the document inside its file: the official header (issuer, "Số:", place and date, the
 * document type and title) down to the signature block, and an annex after the signature
 * ("PHỤ LỤC", often a table of tasks), skipping a web site's menus, metadata boxes and footers
 * around them. The header may be flattened onto one line, laid out in table cells ("ỦY BAN NHÂN
 * DÂN TỈNH X | CỘNG HÒA …"), or wrapped ("…, ngày 11 tháng 01 năm" / "2022"). Works on lines, so
 * every position is a 1-based line of the original file.
 */
import { LOWER, UPPER } from './letters.ts';
import { cellsOf, isTableRow, isUpperLine, splitLines, type SourceLine } from './source-lines.ts';
import { PlanParseError } from './types.ts';

export { assertUsableText, isUpperLine, type SourceLine } from './source-lines.ts';

/** Where the parts of the plan sit in the file. */
export interface BodyLocation {
  /** All lines of the file, trimmed, index i = line i + 1. */
  lines: SourceLine[];
  /** Issuer lines of the header ("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"). */
  issuerLines: SourceLine[];
  numberLine: SourceLine;
  /** The symbol printed after "Số:". */
  symbol: string;
  /** The line where "<place>, ngày …" starts. */
  dateLine: SourceLine;
  place: string;
  date: { day: number; month: number; year: number };
  docTypeLine: SourceLine | null;
  /** The document type as printed ("KẾ HOẠCH"), null when the header has none (letters). */
  docType: string | null;
  titleLines: SourceLine[];
  /** First and last line of the text between the title and the signature (inclusive). */
  contentStart: number;
  contentEnd: number;
  /** Capacity lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and the signer's name; null when the text stops before them. */
  signature: { capacityLines: SourceLine[]; signerLine: SourceLine | null } | null;
  /** An annex after the signature ("PHỤ LỤC …" to its last line), read as part of the plan. */
  annex: { start: number; end: number } | null;
  /** First and last line of the whole document (header to signer, or to the annex). */
  bodyStart: number;
  bodyEnd: number;
}

const NUMBER = /(?:^|[\s|])Số\s*:\s*([^\s,;|]+(?:\s*[/-]\s*[^\s,;|]+)*)|^Số\s+(\d[^\s,;|]*)/u;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const DATE_NUMERIC = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const MOTTO = /CỘNG H[ÒO]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐỘC LẬP\s*-\s*TỰ DO\s*-\s*HẠNH PHÚC/iu;
const SIGNATURE_START = new RegExp(`^(?:(?:TM|KT|TL|TUQ|Q)\\.\\s*[${UPPER}]|(?:PHÓ )?CHỦ TỊCH$)`);
const TITLE_WORD = new RegExp(`^[${UPPER}][${LOWER}]+$`);
const RECIPIENTS = /^Nơi nhận\s*:/u;
const PERSON_NAME = new RegExp(`^[${UPPER}][${LOWER}]*(?:\\s+[${UPPER}][${LOWER}]*){1,5}$`);
const SIGNED_MARK = /^[([]?\s*(?:đã ký|ký|signed|chữ ký|đã ký và đóng dấu)\s*[)\]]?$/iu;
/** Document types as printed above the title. */
const DOC_TYPE =
  /^(KẾ HOẠCH(?: HÀNH ĐỘNG)?|QUYẾT ĐỊNH|BÁO CÁO|THÔNG BÁO|CÔNG VĂN|TỜ TRÌNH|NGHỊ QUYẾT|CHỈ THỊ|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|KẾT LUẬN|HƯỚNG DẪN|PHƯƠNG ÁN|ĐỀ ÁN|QUY ĐỊNH|QUY CHẾ|CÔNG ĐIỆN|GIẤY MỜI)(?![a-zA-Z\u00c0-\u1ef9])/;
const ANNEX = /^(?:PHỤ LỤC|Phụ lục)(?![a-zA-Z\u00c0-\u1ef9])/;

function isRule(text: string): boolean {
  return /^[-_=.*\s]{3,}$/.test(text);
}

/**
 * Locates header, content, signature and annex of the plan in the file's lines.
 * @throws PlanParseError when no document header ("Số: ..." with a place and date) exists.
 */
export function locateBody(text: string, sourceFile: string): BodyLocation {
  const lines = splitLines(text);
  const at = (line: number) => lines[line - 1]!;
  const header = findHeader(lines);
  if (!header) {
    throw new PlanParseError(sourceFile, 'not a plan: no document header ("Số: ..." followed by a "<place>, ngày ... tháng ... năm ..." line) found');
  }
  const { numberLine, symbol, dateLine, dateEnd, place, date, issuerInCell } = header;
  const issuerLines = issuerInCell ? [issuerInCell] : findIssuer(lines, numberLine.line);

  let cursor = Math.max(numberLine.line, dateEnd) + 1;
  while (cursor <= lines.length && (!at(cursor).text || isRule(at(cursor).text) || /^V\/v\b/iu.test(at(cursor).text))) cursor++;
  let docTypeLine: SourceLine | null = null;
  let docType: string | null = null;
  const titleLines: SourceLine[] = [];
  const first = cursor <= lines.length ? at(cursor) : null;
  const typed = first ? DOC_TYPE.exec(first.text) : null;
  if (first && isUpperLine(first.text) && (typed || first.text.split(/\s+/).length <= 6) && !isTableRow(first.text)) {
    docTypeLine = first;
    docType = typed ? typed[1]! : first.text;
    // "KẾ HOẠCH KHẮC PHỤC …" on one line: the type, then the title.
    const rest = typed ? first.text.slice(typed[0].length).trim() : '';
    if (rest) titleLines.push({ ...first, text: rest });
    cursor++;
    let sentenceLines = 0;
    for (; cursor <= lines.length; cursor++) {
      const { text: t } = at(cursor);
      if (!t) continue;
      if (/^[A-Z]\.\s|^[IVXL]+\.\s|^\d+[.)]\s|^Căn cứ|^[-+•–]/u.test(t) || isTableRow(t)) break;
      if (!isUpperLine(t)) {
        // A title in sentence case (bold in the original): one or two short lines right under the type.
        if (titleLines.length > 0 || sentenceLines >= 2 || t.length > 300 || /[;]$/.test(t) || /^(?:Thực hiện|Để|Nhằm|Theo)\s/u.test(t)) break;
        sentenceLines++;
      }
      titleLines.push(at(cursor));
      if (!isUpperLine(t)) break;
    }
  }
  const contentStart = cursor;

  let contentEnd = lines.length;
  let signature: BodyLocation['signature'] = null;
  let signatureEnd = 0;
  for (let line = contentStart; line <= lines.length && !signature; line++) {
    const cells = cellsOf(at(line).text);
    if (cells.some((cell) => RECIPIENTS.test(cell))) contentEnd = Math.min(contentEnd, line - 1);
    const cell = cells.find((c) => SIGNATURE_START.test(c));
    if (!cell) continue;
    contentEnd = Math.min(contentEnd, line - 1);
    const inCell = cells.length > 1 || cell !== at(line).text ? signatureInCell(at(line), cell) : null;
    // A cell holding only the capacity leaves the name to the rows below it.
    signature = inCell?.signerLine ? inCell : signatureBelow(lines, line);
    signatureEnd = signature.signerLine?.line ?? signature.capacityLines.at(-1)?.line ?? line;
  }
  while (contentEnd > contentStart && !at(contentEnd).text) contentEnd--;
  const annex = signature ? findAnnex(lines, signatureEnd + 1) : null;
  const bodyStart = issuerLines[0]?.line ?? numberLine.line;
  const bodyEnd = annex?.end ?? (signature ? signatureEnd : contentEnd);
  return {
    lines,
    issuerLines,
    numberLine,
    symbol,
    dateLine,
    place,
    date,
    docTypeLine,
    docType,
    titleLines,
    contentStart,
    contentEnd,
    signature,
    annex,
    bodyStart,
    bodyEnd,
  };
}

interface Header {
  numberLine: SourceLine;
  symbol: string;
  dateLine: SourceLine;
  /** Last line the date runs onto. */
  dateEnd: number;
  place: string;
  date: { day: number; month: number; year: number };
  /** The issuer when it shares the number's table cell ("ỦY BAN NHÂN DÂN TỈNH X ----- Số: …"). */
  issuerInCell: SourceLine | null;
}

/** The first "Số:" line with a place-and-date nearby (after it, on it, or just before it). */
function findHeader(lines: SourceLine[]): Header | null {
  for (const candidate of lines) {
    const number = NUMBER.exec(candidate.text);
    if (!number) continue;
    let symbol = (number[1] ?? number[2]!).replace(/\s+/g, '');
    // A symbol wrapped after its hyphen or slash ("83/KH-" / "UBND") continues on the next line.
    if (/[-/]$/.test(symbol)) {
      const next = lines.slice(candidate.line).find((l) => l.text);
      const tail = next ? /^[\w\u00c0-\u1ef9&-]+/.exec(next.text)?.[0] : undefined;
      if (tail) symbol += tail;
    }
    const after = candidate.text.slice(number.index + number[0].length);
    const order = [0, ...range(1, 12), ...range(-1, -8)];
    for (const offset of order) {
      const line = candidate.line + offset;
      if (line < 1 || line > lines.length) continue;
      const found = dateAt(lines, line, offset === 0 ? after : lines[line - 1]!.text);
      if (!found) continue;
      const prefix = candidate.text.slice(0, number.index).replace(/\|.*$/, '').trim();
      const issuerText = prefix
        .replace(/-{3,}|_{3,}/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return {
        numberLine: candidate,
        symbol,
        dateLine: lines[line - 1]!,
        dateEnd: found.end,
        place: found.place,
        date: found.date,
        issuerInCell: issuerText && isUpperLine(issuerText) ? { ...candidate, text: issuerText } : null,
      };
    }
  }
  return null;
}

function range(from: number, to: number): number[] {
  const step = from <= to ? 1 : -1;
  const out: number[] = [];
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(i);
  return out;
}

/** A "<place>, ngày d tháng m năm yyyy" starting on `line` (whose text to search is `text`), possibly wrapped over the next two lines. */
function dateAt(lines: SourceLine[], line: number, text: string): { place: string; date: { day: number; month: number; year: number }; end: number } | null {
  const cells = cellsOf(text);
  for (const cell of cells) {
    const start = /(?:,|^)\s*ngày\s/u.exec(cell);
    if (!start) continue;
    let joined = cell.slice(start.index);
    let end = line;
    // A date wrapped in its column ("…, ngày 11 tháng 01 năm" / "2022") continues on the next lines.
    for (let k = line + 1; k <= Math.min(lines.length, line + 2) && !DATE_WORDS.test(joined) && !DATE_NUMERIC.test(joined); k++) {
      if (!lines[k - 1]!.text) continue;
      joined += ` ${cellsOf(lines[k - 1]!.text).at(-1)}`;
      end = k;
    }
    const m = DATE_WORDS.exec(joined) ?? DATE_NUMERIC.exec(joined);
    if (!m || m.index > 12) continue;
    let place = cell
      .slice(0, start.index)
      .split(/-{2,}|_{2,}|Hạnh phúc|HẠNH PHÚC|\s{3,}/u)
      .at(-1)!
      .trim();
    if (!place && start.index === 0 && line > 1) place = (cellsOf(lines[line - 2]!.text).at(-1) ?? '').replace(/,$/, '').trim();
    if (place.split(/\s+/).length > 6) continue;
    return { place, date: { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }, end };
  }
  return null;
}

/** The issuer sits in the left header column, above "Số:"; the national motto is the right column. */
function findIssuer(lines: SourceLine[], numberLine: number): SourceLine[] {
  const issuerLines: SourceLine[] = [];
  for (let line = numberLine - 1; line >= 1 && line >= numberLine - 12; line--) {
    const source = lines[line - 1]!;
    const t = cellsOf(source.text)[0]!;
    if (!t || isRule(t) || new RegExp(`^(?:${MOTTO.source})$`, 'iu').test(t)) {
      if (issuerLines.length > 0 && !t && line > 1 && !lines[line - 2]!.text) break;
      continue;
    }
    const cleaned = t
      .replace(new RegExp(`\\s*(?:${MOTTO.source}).*$`, 'iu'), '')
      .replace(/-{3,}|_{3,}/g, '')
      .trim();
    if (!cleaned || !isUpperLine(cleaned)) {
      if (issuerLines.length > 0) break;
      continue;
    }
    issuerLines.unshift({ ...source, text: cleaned });
  }
  return issuerLines;
}

/** Capacity lines and signer below a signature start ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / "(Đã ký)" / "Đỗ Minh Tuấn"). */
function signatureBelow(lines: SourceLine[], start: number): NonNullable<BodyLocation['signature']> {
  const capacityLines: SourceLine[] = [];
  let signerLine: SourceLine | null = null;
  for (let k = start; k <= Math.min(lines.length, start + 15); k++) {
    const source = lines[k - 1]!;
    const s = cellsOf(source.text).at(-1)!;
    if (!s || s.startsWith('-') || s.includes(';') || SIGNED_MARK.test(s)) continue;
    if (isUpperLine(s)) capacityLines.push({ ...source, text: s });
    else if (PERSON_NAME.test(s)) {
      signerLine = { ...source, text: s };
      break;
    } else break;
  }
  return { capacityLines, signerLine };
}

/** A signature in one table cell ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Minh Tuấn"). */
function signatureInCell(source: SourceLine, cell: string): NonNullable<BodyLocation['signature']> {
  const words = cell
    .replace(/[([]\s*(?:đã ký|ký)\s*[)\]]/giu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let split = words.length;
  while (split > 0 && TITLE_WORD.test(words[split - 1]!)) split--;
  const name = words.slice(split).join(' ');
  const capacity = words.slice(0, split).join(' ');
  const capacityLines = capacity
    .split(/\s+(?=(?:TM|KT|TL|TUQ|Q)\.\s)|\s+(?=(?:PHÓ )?CHỦ TỊCH$)/u)
    .filter(Boolean)
    .map((text) => ({ ...source, text }));
  return { capacityLines, signerLine: PERSON_NAME.test(name) ? { ...source, text: name } : null };
}

/** An annex after the signature: a "PHỤ LỤC" heading or a table of tasks, to its last table row (or last line). */
function findAnnex(lines: SourceLine[], from: number): { start: number; end: number } | null {
  let start = 0;
  for (let line = from; line <= lines.length; line++) {
    const t = lines[line - 1]!.text;
    if (ANNEX.test(t) || (isTableRow(t) && /chủ trì|phối hợp|thời gian|thời hạn/iu.test(t))) {
      start = line;
      break;
    }
  }
  if (!start) return null;
  let end = start;
  let lastRow = 0;
  for (let line = start; line <= lines.length; line++) {
    const t = lines[line - 1]!.text;
    if (!t) continue;
    if (cellsOf(t).some((cell) => RECIPIENTS.test(cell) || SIGNATURE_START.test(cell))) break;
    if (isTableRow(t)) lastRow = line;
    end = line;
  }
  return { start, end: lastRow || end };
}
