/**
 * The tables behind document references: Vietnamese document types and their English names, the
 * type and issuer codes inside symbols ("NQ" and "TU" in "08-NQ/TU"), which issuers number their
 * documents nationwide, and how a loosely written symbol is normalised to its printed form.
 */
import { slug } from '../../../shared/fold.ts';

/** A document type in Vietnamese and English. */
export interface DocType {
  vi: string;
  en: string;
}

/** Document types by folded type word ("nghi quyet"). */
export const DOC_TYPES: Record<string, DocType> = {
  'nghi quyet': { vi: 'Nghị quyết', en: 'Resolution' },
  'quyet dinh': { vi: 'Quyết định', en: 'Decision' },
  'ke hoach': { vi: 'Kế hoạch', en: 'Plan' },
  'ke hoach hanh dong': { vi: 'Kế hoạch', en: 'Plan' },
  'chi thi': { vi: 'Chỉ thị', en: 'Directive' },
  'ket luan': { vi: 'Kết luận', en: 'Conclusion' },
  'bao cao': { vi: 'Báo cáo', en: 'Report' },
  'nghi dinh': { vi: 'Nghị định', en: 'Decree' },
  'cong van': { vi: 'Công văn', en: 'Official letter' },
  'cong dien': { vi: 'Công điện', en: 'Official dispatch' },
  'phuong an': { vi: 'Phương án', en: 'Scheme' },
  'chuong trinh': { vi: 'Chương trình', en: 'Programme' },
  'thong bao': { vi: 'Thông báo', en: 'Notice' },
  'thong tu': { vi: 'Thông tư', en: 'Circular' },
  'thong tu lien tich': { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  'huong dan': { vi: 'Hướng dẫn', en: 'Guidance' },
  'de an': { vi: 'Đề án', en: 'Project' },
  luat: { vi: 'Luật', en: 'Law' },
  'bo luat': { vi: 'Bộ luật', en: 'Code' },
  'quy dinh': { vi: 'Quy định', en: 'Regulation' },
  'quy che': { vi: 'Quy chế', en: 'Regulation' },
  'to trinh': { vi: 'Tờ trình', en: 'Submission' },
  'nghi quyet dai hoi': { vi: 'Nghị quyết', en: 'Resolution' },
};

/** Document type by the type code inside a symbol ("NQ" in "08-NQ/TU"), which outranks a misspelt type word. */
export const TYPE_CODES: Record<string, string> = {
  NQ: 'nghi quyet',
  QĐ: 'quyet dinh',
  KH: 'ke hoach',
  CT: 'chi thi',
  KL: 'ket luan',
  BC: 'bao cao',
  NĐ: 'nghi dinh',
  CĐ: 'cong dien',
  PA: 'phuong an',
  CTR: 'chuong trinh',
  TB: 'thong bao',
  TT: 'thong tu',
  TTLT: 'thong tu lien tich',
  HD: 'huong dan',
  ĐA: 'de an',
  QC: 'quy che',
  TTR: 'to trinh',
};

/** Codes that mark a Party document, written "number-TYPE/ISSUER" ("08-NQ/TU") instead of "number/TYPE-ISSUER". */
const PARTY_ISSUERS = new Set(['TW', 'TU', 'HU', 'ĐU', 'QU', 'TƯ', 'BCSĐ']);

/** Issuer codes of national bodies: their numbering is nationwide, so their documents are not scoped by province. */
const NATIONAL_ISSUERS = new Set([
  'TW',
  'TƯ',
  'CP',
  'TTG',
  'VPCP',
  'BYT',
  'BTC',
  'BKHĐT',
  'BGDĐT',
  'BNNPTNT',
  'BTNMT',
  'BCA',
  'BQP',
  'BCT',
  'BLĐTBXH',
  'BXD',
  'BGTVT',
  'BNV',
  'BTTTT',
  'BVHTTDL',
  'BKHCN',
  'BTP',
  'BNG',
  'NHNN',
  'UBQGVTE',
  'TTCP',
  'KTNN',
  'TANDTC',
  'VKSNDTC',
]);

/** Issuer codes whose body is known without reading the text (keys of the glossary). */
const ISSUER_CODE_KEYS: Record<string, string> = {
  UBND: 'ubnd-tinh',
  HĐND: 'hdnd-tinh',
  TU: 'tinh-uy',
  CP: 'chinh-phu',
  TTG: 'thu-tuong-chinh-phu',
  BYT: 'bo-y-te',
  UBQGVTE: 'uy-ban-quoc-gia-ve-tre-em',
};

/** The glossary key of the body an issuer code names ("UBND", "QH15" → "quoc-hoi"), if known without reading the text. */
export function issuerKeyOfCode(code: string): string | undefined {
  return ISSUER_CODE_KEYS[code] ?? (/^QH\d*$/.test(code) ? 'quoc-hoi' : undefined);
}

/** Code spellings without "Đ" as users type them, and the forms printed on documents. */
const CODE_SPELLING: Record<string, string> = {
  QD: 'QĐ',
  ND: 'NĐ',
  HDND: 'HĐND',
  CD: 'CĐ',
  DU: 'ĐU',
  DA: 'ĐA',
  TTG: 'TTg',
  CTR: 'CTr',
  TTR: 'TTr',
  BKHDT: 'BKHĐT',
  BGDDT: 'BGDĐT',
  BLDTBXH: 'BLĐTBXH',
};

/** A document symbol as printed or typed ("08-NQ/TU", "3161/2014/QĐ-UBND", "43 / 2022 / qh15"). */
export const SYMBOL_SOURCE = String.raw`\d{1,6}\s*(?:\/\s*\d{4}\s*)?[\/-]\s*[A-Za-zĐđƯư][A-Za-zĐđƯư0-9&]*(?:\s*[-\/]\s*[A-Za-zĐđƯư0-9&]+)*`;

/**
 * Normalises a document symbol written loosely ("nq 08-NQ/TU", "08/NQ-TU", "191/qd-ubnd") to its
 * printed form ("08-NQ/TU", "191/QĐ-UBND"): codes upper-cased with "Đ" restored, Party documents
 * written "number-TYPE/ISSUER", state documents "number[/year]/TYPE-ISSUER". Null when the input
 * holds no symbol.
 */
export function normalizeSymbol(input: string): string | null {
  const match = new RegExp(SYMBOL_SOURCE, 'u').exec(input.normalize('NFC').replace(/[–—]/g, '-'));
  if (!match) return null;
  const compact = match[0].replace(/\s+/g, '');
  const head = /^(\d+)(?:\/(\d{4}))?[/-](.+)$/.exec(compact);
  if (!head) return null;
  const [, number, year, rest] = head;
  const codes = rest!.split(/[-/]/).filter(Boolean).map(canonicalCode);
  if (codes.length >= 2 && PARTY_ISSUERS.has(codes.at(-1)!.toUpperCase())) {
    return `${number}-${codes[0]}/${codes.slice(1).join('-')}`;
  }
  return `${number}${year ? `/${year}` : ''}/${codes.join('-')}`;
}

function canonicalCode(code: string): string {
  const upper = code.toUpperCase();
  return CODE_SPELLING[upper] ?? upper;
}

/** The codes of a normalised symbol, upper-cased ("08-NQ/TU" → ["NQ", "TU"]). */
export function codesOf(symbol: string): string[] {
  return symbol
    .replace(/^\d+(?:\/\d{4})?[/-]/, '')
    .split(/[-/]/)
    .map((code) => code.toUpperCase());
}

/** True when the symbol belongs to a national body (numbered nationwide). */
export function isNationalSymbol(symbol: string): boolean {
  return codesOf(symbol).some((code) => NATIONAL_ISSUERS.has(code) || /^(?:UBTV)?QH\d*$/.test(code));
}

/** The reference key of a symbol: national symbols as they are, provincial ones prefixed by the province slug. */
export function referenceKey(symbol: string, province: string): string {
  return isNationalSymbol(symbol) ? symbol : `${slug(province)}:${symbol}`;
}
