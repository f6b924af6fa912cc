/**
 * What kind of document a text is, in words for a refusal: "a decision (191/QĐ-UBND) citing 3
 * documents; no weakness sections". Read from the type printed above the title, or else from the
 * type code inside the symbol; a symbol without a type code ("1234/UBND-THKH") is a letter.
 */
import { fold } from '../../../shared/fold.ts';
import { codesOf, DOC_TYPES, normalizeSymbol, TYPE_CODES } from './document-symbols.ts';

/** "a decision", "an official letter", from the printed type or the symbol's type code. */
export function documentKind(docType: string | null, symbol: string): string {
  const printed = docType ? DOC_TYPES[fold(docType)] : undefined;
  if (printed) return article(printed.en.toLowerCase());
  const normal = normalizeSymbol(symbol);
  const code = normal ? codesOf(normal).find((c) => TYPE_CODES[c]) : undefined;
  if (code) return article(DOC_TYPES[TYPE_CODES[code]!]!.en.toLowerCase());
  return 'an official letter (công văn)';
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** The reason a document that has no weakness sections is refused, naming what it is and what it cites. */
export function notAPlanReason(docType: string | null, symbol: string, citedDocuments: number): string {
  const cites = `citing ${citedDocuments} document${citedDocuments === 1 ? '' : 's'}`;
  return (
    `not a remediation plan: ${documentKind(docType, symbol)} (${symbol}) ${cites}; no weakness sections ` +
    '(no heading with "Nguyên nhân", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì" or "Thời gian khắc phục" under it, and no table of tasks)'
  );
}
