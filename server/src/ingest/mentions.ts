/**
 * Finds the policy documents a paragraph mentions: numbered ones ("Nghị quyết số 08-NQ/TU ngày
 * 06/12/2021 của Ban Chấp hành Đảng bộ tỉnh về ...") and, conservatively, named ones without a
 * number ("Luật Đất đai", "Đề án ... giai đoạn 2021 - 2025"). Each mention keeps the date, issuer
 * and subject as that mention states them.
 */
import { LETTER, UPPER } from './letters.ts';
import { fold, slug } from '../../../shared/fold.ts';
import type { AgencyRegistry } from './agencies.ts';
import { codesOf, DOC_TYPES, issuerKeyOfCode, normalizeSymbol, referenceKey, SYMBOL_SOURCE, TYPE_CODES, type DocType } from './document-symbols.ts';
import type { ParseWarning } from './types.ts';

/** One mention of a document in a paragraph. */
export interface Mention {
  key: string;
  symbol: string | null;
  name: string | null;
  docType: DocType;
  text: string;
  date: string | null;
  issuer: string | null;
  issuerAgencyId: string | null;
  /** Issuer inferred from the symbol's issuer code when the text names none. */
  inferredIssuerId: string | null;
  subject: string | null;
  line: number;
  start: number;
  end: number;
}

const TYPE_WORD =
  'Thông tư liên tịch|Kế hoạch hành động|Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Kết luận|Kết luật|Báo cáo|Nghị định|Công văn|Công điện|Phương án|Chương trình|Thông báo|Thông tư|Hướng dẫn|Đề án|Bộ luật|Luật|Quy định|Quy chế';
const NUMBERED = new RegExp(`(?<![${LETTER}\\d])(${TYPE_WORD})\\s+(?:số\\s*:?\\s*)?(${SYMBOL_SOURCE})(?![${LETTER}\\d])`, 'gi');
const NAMED = new RegExp(`(?<![${LETTER}\\d])(Nghị quyết Đại hội|Bộ [Ll]uật|Luật|Đề án|Chương trình|Kế hoạch)\\s+(?=[${LETTER}])`, 'g');
// "ban hành" starts a subject only before a named document ("ban hành Kế hoạch ..."); in "của UBND tỉnh
// ban hành các văn bản" it is the main verb of the sentence.
const SUBJECT_START = new RegExp(`^\\s*,?\\s*(?:[Vv]ề|[Tt]hực hiện|[Qq]uy định|[Pp]hê duyệt|[Hh]ướng dẫn|ban hành(?=\\s+[${UPPER}]))\\s`);
const LISTED_DOCUMENT =
  '(?:,\\s+(?:và\\s+)?|\\svà\\s+)(?=(?:Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Kết luận|Nghị định|Công văn|Chương trình|Đề án|Luật|Bộ luật|Thông tư|Phương án|Báo cáo)\\s+(?!của\\s))';
const SUBJECT_STOP = new RegExp(
  `;|:|…|\\.{2,}|\\.(?=\\s|$)|,\\s(?:nhằm|phù hợp|trong đó|chủ động|tạo|góp phần|qua đó|đồng thời)\\s|\\s(?:nhằm|ảnh hưởng đến)\\s|${LISTED_DOCUMENT}`,
  'u',
);
const NAME_STOP =
  /[;:…]|\.{2,}|\.(?=\s|$)|\s(?:nhằm|để|trong đó|chậm|được|nên|đã|còn|gắn với|ban hành kèm|theo quy định|theo chỉ đạo|và các|đến các|cho từng|tại|đối với|do|nói chung|nói riêng)(?=[\s.,;:]|$)|,\s(?:trong đó|nhằm|phù hợp|đảm bảo|bảo đảm|tạo|góp phần|qua đó|đồng thời|nhiệm kỳ)\s/u;
const LAW_STOP = /,|\s(?:của|theo|đến|trong|về|với)\s|\svà\s(?!vừa)/u;
/** Named plans, projects and programmes must say which one ("giai đoạn 2021 - 2025", "tỉnh", "MTQG", "(OCOP)"). */
const SPECIFIC = new RegExp(`\\d{4}|giai đoạn|\\btỉnh\\b|MTQG|quốc gia|\\([${UPPER}]{2,}\\)`);
/** Verbs that make a named document the task's output rather than a document it cites. */
const MAKES = /(?:ban hành|xây dựng|(?<!Chương )trình|soạn thảo|phê duyệt)\s+(?:và tổ chức thực hiện(?: có hiệu quả)?\s+)?$/u;
const MAKES_FIRST = /^(?:[-+–—•◦▪●*·>]\s*)?(?:\S+\s+){0,2}(?:ban hành|xây dựng|soạn thảo|trình)\s/iu;

function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const when = new Date(Date.UTC(y, m - 1, d));
  if (when.getUTCMonth() !== m - 1 || when.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Context the extractor needs: the province (for keys and issuer names) and the agency registry. */
export interface ReferenceContext {
  province: string;
  registry: AgencyRegistry;
  warnings: ParseWarning[];
}

/**
 * Finds every document mentioned in one paragraph.
 * @param text the paragraph text; @param line its source line.
 */
export function findMentions(text: string, line: number, ctx: ReferenceContext): Mention[] {
  const numbered = [...text.matchAll(NUMBERED)];
  const mentions: Mention[] = [];
  numbered.forEach((match, index) => {
    const nextStart = numbered[index + 1]?.index ?? text.length;
    mentions.push(readNumbered(text, line, match, nextStart, ctx));
  });
  mentions.push(...findNamed(text, line, mentions, ctx));
  return mentions.sort((a, b) => a.start - b.start);
}

function readNumbered(text: string, line: number, match: RegExpExecArray, nextStart: number, ctx: ReferenceContext): Mention {
  const symbol = normalizeSymbol(match[2]!)!;
  const codes = codesOf(symbol);
  const word = fold(match[1]!);
  const typeCode = codes.find((code) => TYPE_CODES[code]);
  const typeKey = typeCode ? TYPE_CODES[typeCode]! : word;
  const docType = DOC_TYPES[typeKey] ?? DOC_TYPES[word] ?? { vi: match[1]!, en: 'Document' };
  if (!DOC_TYPES[word]) {
    ctx.warnings.push({ kind: 'label-variant', line, message: `document type "${match[1]}" of ${symbol} read as "${docType.vi}"` });
  }

  let pos = match.index + match[0].length;
  let date: string | null = null;
  let issuer: string | null = null;
  let issuerAgencyId: string | null = null;
  const readDate = () => {
    const d =
      /^\s*,?\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u.exec(text.slice(pos)) ??
      /^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text.slice(pos));
    if (d && !date) {
      date = isoDate(d[1]!, d[2]!, d[3]!);
      pos += d[0].length;
    }
  };
  readDate();
  const of = /^\s*,?\s*của\s+/u.exec(text.slice(pos));
  if (of) {
    const at = pos + of[0].length;
    const body = ctx.registry.matcher.matchAt(text, at);
    let end: number;
    if (body) {
      issuerAgencyId = ctx.registry.use(body.entry);
      end = body.end;
      // "của HĐND tỉnh Thanh Hóa": the province name after a generic name still belongs to the issuer.
      const provinceWords = ctx.province.split(/\s+/).length;
      const after = text.slice(end).match(new RegExp(`^\\s+(?:tỉnh\\s+)?(?:\\S+\\s*){${provinceWords}}`, 'u'))?.[0];
      if (after && fold(after).endsWith(fold(ctx.province))) end += after.trimEnd().length;
    } else {
      const phrase = /^[^,;.(]+?(?=\s+(?:về|ban hành|thực hiện|quy định|phê duyệt|tại)\s|[,;.(]|$)/u.exec(text.slice(at));
      end = at + (phrase?.[0].length ?? 0);
      ctx.warnings.push({ kind: 'unmatched-unit', line, message: `issuer "${text.slice(at, end)}" of ${symbol} is not in the agency glossary` });
    }
    issuer = text.slice(at, end).trim() || null;
    pos = end;
    const term = /^\s*\((?:khóa|khoá)[^)]*\)/iu.exec(text.slice(pos));
    if (term) {
      issuer = `${issuer} ${term[0].trim()}`;
      pos += term[0].length;
    }
    readDate();
  } else {
    // "theo chỉ đạo của Chủ tịch UBND tỉnh tại Chỉ thị số 16/CT-UBND": the issuer is named before.
    const before = /của\s+(.{3,60}?)\s+tại\s*$/u.exec(text.slice(0, match.index));
    const body = before ? ctx.registry.matcher.matchAt(before[1]!, 0) : null;
    if (body && body.end === before![1]!.length) {
      issuer = body.text;
      issuerAgencyId = ctx.registry.use(body.entry);
    }
  }

  let subject: string | null = null;
  const subjectStart = SUBJECT_START.exec(text.slice(pos));
  if (subjectStart) {
    const from = pos + subjectStart[0].length - subjectStart[0].trimStart().replace(/^,\s*/, '').length;
    const stop = SUBJECT_STOP.exec(text.slice(from));
    let to = stop ? from + stop.index : text.length;
    if (nextStart < to) {
      // A following mention ends the subject only when the text lists it ("..., Nghị quyết ...",
      // "... và triển khai Nghị quyết ..."); otherwise it is part of what the subject says.
      const lead = /(?:[,;]|\svà)(?:\s+[^\s,;]+){0,2}\s*$/u.exec(text.slice(from, nextStart));
      if (lead) to = from + lead.index;
    }
    subject =
      text
        .slice(from, to)
        .trim()
        .replace(/[,;.\s]+$/u, '') || null;
    if (subject) pos = from + text.slice(from, to).trimEnd().length;
  }

  let inferredIssuerId: string | null = null;
  for (const code of codes) {
    const key = issuerKeyOfCode(code);
    const entry = key ? ctx.registry.matcher.glossary.agencies.find((e) => e.key === key) : undefined;
    if (entry) {
      inferredIssuerId = ctx.registry.idOf(entry);
      break;
    }
  }
  return {
    key: referenceKey(symbol, ctx.province),
    symbol,
    name: null,
    docType,
    text: text.slice(match.index, pos).trim(),
    date,
    issuer,
    issuerAgencyId,
    inferredIssuerId,
    subject,
    line,
    start: match.index,
    end: pos,
  };
}

function findNamed(text: string, line: number, numbered: Mention[], ctx: ReferenceContext): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(NAMED)) {
    const start = match.index;
    if (/^\s*(?:số\b|\d)/u.test(text.slice(start + match[0].length))) continue;
    if ([...numbered, ...found].some((m) => start >= m.start && start < m.end)) continue;
    const typeWord = match[1]!;
    const kind = fold(typeWord);
    // "Kế hoạch" in "Sở Kế hoạch và Đầu tư" is part of a body's name, not a document.
    if (/(?:Sở|Bộ|Ban|Cục|Vụ|Phòng)\s+$/u.test(text.slice(0, start))) continue;
    // Stop words are searched with the space before them, right after the type word.
    const tailStart = start + typeWord.length;
    const tail = text.slice(tailStart);
    let cut = NAME_STOP.exec(tail)?.index ?? tail.length;
    if (kind === 'luat' || kind === 'bo luat' || kind === 'nghi quyet dai hoi') {
      const lawCut = (kind === 'nghi quyet dai hoi' ? /,/u : LAW_STOP).exec(tail)?.index;
      if (lawCut !== undefined) cut = Math.min(cut, lawCut);
    }
    const name = text
      .slice(start, tailStart + cut)
      .trim()
      .replace(/[,\s]+$/u, '');
    if (name.length <= typeWord.length + 1) continue;
    if (kind === 'nghi quyet dai hoi' && !/lần thứ/u.test(name)) continue;
    if (['de an', 'chuong trinh', 'ke hoach'].includes(kind)) {
      if (!SPECIFIC.test(name.slice(typeWord.length))) continue;
      if (isOutput(text, start)) continue;
    }
    const national = kind === 'luat' || kind === 'bo luat' || /MTQG|mục tiêu quốc gia/iu.test(name);
    const docType = DOC_TYPES[kind === 'nghi quyet dai hoi' ? 'nghi quyet' : kind]!;
    found.push({
      key: `${national ? '' : `${slug(ctx.province)}:`}name:${slug(name)}`,
      symbol: null,
      name,
      docType,
      text: name,
      date: null,
      issuer: null,
      issuerAgencyId: null,
      inferredIssuerId: null,
      subject: null,
      line,
      start,
      end: start + name.length,
    });
  }
  return found;
}

/** True when the named document at `start` is something the task is to produce ("ban hành Kế hoạch ..."). */
function isOutput(text: string, start: number): boolean {
  const before = text.slice(0, start);
  if (MAKES.test(before)) return true;
  if (!/;\s*$/u.test(before)) return false;
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), 0));
  const firstClause = sentence.replace(/^\.\s*/, '').split(';')[0]!;
  return MAKES_FIRST.test(firstClause);
}
