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
