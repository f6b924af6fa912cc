/**
 * Folding for matching and search: Vietnamese text without diacritics, lower case, single spaces.
 * "Đ/đ" is its own letter in Unicode (NFD does not decompose it), so it is mapped to "d" by hand;
 * Neo4j's `standard-folding` analyser does the same, so queries and index agree.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A folded slug for keys and ids: "Sở Tài nguyên và Môi trường" → "so-tai-nguyen-va-moi-truong". */
export function slug(text: string): string {
  return fold(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Text folded like {@link fold}, with each folded character's index in the original string. */
export interface FoldedText {
  original: string;
  folded: string;
  /** `map[i]` is the original index of `folded[i]`; `map[folded.length]` is `original.length`. */
  map: number[];
}

const charCache = new Map<string, string>();
function foldChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    out = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    charCache.set(ch, out);
  }
  return out;
}

/**
 * Folds text like {@link fold} (but without trimming) and keeps the index map, so matches found in
 * the folded form can be cut verbatim out of the original.
 */
export function foldWithMap(original: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/[\s\u00a0]/.test(ch)) {
      if (!inSpace) {
        folded += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    for (const f of foldChar(ch)) {
      folded += f;
      map.push(i);
    }
  }
  map.push(original.length);
  return { original, folded, map };
}

/** For each ASCII code: its lower-case letter or digit, or 0 for a separator. */
const ASCII_WORD_CHARS = Uint8Array.from({ length: 128 }, (_, code) => {
  const lower = String.fromCharCode(code).toLowerCase();
  return /[a-z0-9]/.test(lower) ? lower.charCodeAt(0) : 0;
});

/**
 * The words of `fold(text)`: its runs of a-z and 0-9, exactly as `fold(text).split(/[^a-z0-9]+/)`
 * without the empty strings, in one pass over the text. Comparing plans reads every word of every
 * weakness; folding the whole text first (normalisation and three regular expressions) took
 * three times as long.
 */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  const end = () => {
    if (word !== '') words.push(word);
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const folded = ASCII_WORD_CHARS[code]!;
      if (folded === 0) end();
      else word += String.fromCharCode(folded);
      continue;
    }
    // A combining mark folds to nothing and joins its letter's word; a letter folds to letters.
    for (const folded of foldChar(text[i]!)) {
      const ascii = folded.charCodeAt(0) < 128 ? ASCII_WORD_CHARS[folded.charCodeAt(0)]! : 0;
      if (ascii === 0) end();
      else word += String.fromCharCode(ascii);
    }
  }
  end();
  return words;
}
