/**
 * Chooses how 8-bit Vietnamese text was encoded — Windows-1258, TCVN3 or VNI — by decoding it each
 * way and keeping the reading whose words are Vietnamese syllables. The same test repairs text
 * that reached us as Windows-1252 characters of TCVN3/VNI bytes (Word runs and web pages set in
 * .VnTime or VNI-Times fonts).
 */
import { bytesOfCp1252Text } from './code-page-1252.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';
import { vietnameseScore } from './vietnamese-words.ts';

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

const decoders: Record<LegacyEncoding, (bytes: Uint8Array) => string> = {
  'windows-1258': (bytes) => new TextDecoder('windows-1258').decode(bytes).normalize('NFC'),
  tcvn3: decodeTcvn3,
  vni: decodeVni,
};

/** Decodes bytes of an 8-bit Vietnamese encoding, choosing the encoding by letter statistics (ties go to Windows-1258). */
export function decodeLegacyVietnamese(bytes: Uint8Array): { text: string; encoding: LegacyEncoding } {
  let best: { text: string; encoding: LegacyEncoding; score: number } | null = null;
  for (const encoding of Object.keys(decoders) as LegacyEncoding[]) {
    const text = decoders[encoding](bytes);
    const score = vietnameseScore(text);
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return { text: best!.text, encoding: best!.encoding };
}

/** A legacy font named on a run: its encoding, and whether it is an all-capitals font. */
export interface LegacyFont {
  encoding: 'tcvn3' | 'vni';
  capitals: boolean;
}

/**
 * The font families that mark a run as TCVN3 (".VnTime", ".VnArial"; an "H" at the end is the
 * all-capitals cut, ".VnTimeH") or VNI ("VNI-Times", "VNI-Helve") text.
 */
export function legacyFont(fontFamily: string | null | undefined): LegacyFont | null {
  if (!fontFamily) return null;
  const tcvn = /(?:^|[\s,'"])(\.vn[\w ]*?)\s*(?:$|[,'"])/i.exec(fontFamily);
  if (tcvn) return { encoding: 'tcvn3', capitals: /h$/i.test(tcvn[1]!.trim()) };
  if (/(?:^|[\s,'"])vni[-\s]/i.test(fontFamily)) return { encoding: 'vni', capitals: false };
  return null;
}

/** A run's text in a legacy font, as Unicode; the text unchanged when its characters cannot be font bytes. */
export function decodeFontRun(text: string, font: LegacyFont): string {
  const repaired = repairFontText(text, font.encoding)?.text ?? text;
  return font.capitals ? repaired.toUpperCase() : repaired;
}

/**
 * Text whose characters are really TCVN3 or VNI bytes, converted to Unicode. With a `hint` (from
 * the run's font) the conversion is done whenever the characters can be bytes; without one, only
 * when the converted text reads as Vietnamese clearly better than the text as it is.
 * Returns null when the text is left as it is.
 */
export function repairFontText(text: string, hint: 'tcvn3' | 'vni' | null = null): { text: string; encoding: 'tcvn3' | 'vni' } | null {
  if (!/[\u0080-\u{10ffff}]/u.test(text)) return null;
  const bytes = bytesOfCp1252Text(text);
  if (!bytes) return null;
  if (hint) return { text: decoders[hint](bytes), encoding: hint };
  const asIs = vietnameseScore(text);
  let best: { text: string; encoding: 'tcvn3' | 'vni'; score: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const decoded = decoders[encoding](bytes);
    const score = vietnameseScore(decoded);
    if (score > asIs && score > 0 && (!best || score > best.score)) best = { text: decoded, encoding, score };
  }
  return best && { text: best.text, encoding: best.encoding };
}
