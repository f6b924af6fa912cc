/**
 * Letter statistics of Vietnamese, to tell a right decoding from a wrong one: decoded rightly,
 * nearly every word that carries a diacritic is a Vietnamese syllable; decoded with the wrong
 * table, words fill with symbols ("nh©n"), foreign letters ("ß", "Ö") and vowel clusters no
 * syllable has ("Vieọt"). No maintained package scores this, so it is written here from the
 * syllable structure: onset, vowel cluster, final consonant, one tone mark.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', ...'bcdđghklmnpqrstvx'];
const VOWEL_CLUSTERS = [
  ...'aăâeêioôơuưy',
  ...['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo', 'ôi', 'ơi'],
  ...['ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê'],
  ...['iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'ươi', 'ươu', 'uyu'],
];
const FINALS = ['ch', 'ng', 'nh', ...'cmnpt'];
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(`^(?:${byLength(ONSETS)})?(?:${byLength(VOWEL_CLUSTERS)})(?:${byLength(FINALS)})?$`, 'u');
const NON_ASCII = /[\u0080-\u{10ffff}]/u;

/** True when `word` (letters only, any case) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

/**
 * How Vietnamese a text reads: +1 for each word with a non-ASCII letter that is a syllable, −1 for
 * each that is not. Words are runs between spaces with the punctuation around them removed; only
 * the first `sampleChars` characters are read.
 */
export function vietnameseScore(text: string, sampleChars = 30_000): number {
  let score = 0;
  for (const chunk of text.slice(0, sampleChars).split(/[\s\u00a0]+/)) {
    if (!NON_ASCII.test(chunk)) continue;
    const word = chunk.replace(/^[\p{P}\p{S}\d]+|[\p{P}\p{S}\d]+$/gu, '');
    if (!NON_ASCII.test(word)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score;
}
