/**
 * Reads the header and signature fields of a located plan: issuer, province, symbol, place, date,
 * document type, title and signer.
 */
import { fold } from '../../../shared/fold.ts';
import type { BodyLocation } from './locate-body.ts';
import { PlanParseError } from './types.ts';

export interface PlanHeader {
  issuer: string;
  province: string;
  place: string;
  symbol: string;
  date: string;
  year: number;
  docType: string;
  title: string;
  signer: string | null;
  signerTitle: string | null;
}

/** Capitalises each word of a heading printed in capitals ("THANH HÓA" → "Thanh Hóa"). */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (word ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
}

/** Sentence case for a document type printed in capitals ("KẾ HOẠCH" → "Kế hoạch"). */
function sentenceCase(text: string): string {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
}

/**
 * Interprets the header lines found by `locateBody`.
 * @throws PlanParseError when the date is impossible.
 */
export function readHeader(location: BodyLocation, sourceFile: string): PlanHeader {
  const issuer = location.issuerLines.map((l) => l.text).join(' ');
  // The province is named by the issuer ("... TỈNH THANH HÓA"); the place line spells it in normal case.
  const printed = /(?:^|\s)(?:TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(issuer)?.[1]?.trim();
  let province = location.place;
  if (printed) province = fold(printed) === fold(location.place) ? location.place : titleCase(printed);

  const { day, month, year } = location.date;
  const when = new Date(Date.UTC(year, month - 1, day));
  if (when.getUTCMonth() !== month - 1 || when.getUTCDate() !== day) {
    throw new PlanParseError(sourceFile, `the header date ${day}/${month}/${year} does not exist`, location.dateLine.line);
  }
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  const signature = location.signature;
  return {
    issuer,
    province,
    place: location.place,
    symbol: location.symbol,
    date,
    year,
    docType: location.docType ? sentenceCase(location.docType) : 'Kế hoạch',
    title: location.titleLines.map((l) => l.text).join('\n'),
    signer: signature?.signerLine?.text ?? null,
    signerTitle: signature && signature.capacityLines.length > 0 ? signature.capacityLines.map((l) => l.text).join(' / ') : null,
  };
}
