/**
 * Vietnamese letters as regular-expression classes. `\p{L}` and `\p{Lu}` would do, but each
 * regular expression using them costs V8 a large Unicode table when it is first compiled, and the
 * parser's first run (the one `npm run bench` times) compiles dozens; these classes list only the
 * letters Vietnamese text uses.
 */
const LOWER_MARKED = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';

/** Lower-case letters (for use inside `[...]`). */
export const LOWER = `a-z${LOWER_MARKED}`;
/** Capital letters (for use inside `[...]`). */
export const UPPER = `A-Z${LOWER_MARKED.toUpperCase()}`;
/** Any letter (for use inside `[...]`). */
export const LETTER = `${LOWER}${UPPER}`;

/** True when the text's first character is a capital letter (any script). */
export function startsUpper(text: string): boolean {
  const first = text[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** True for a line printed in capitals ("KẾ HOẠCH", "TỈNH THANH HÓA"): it has letters, none in lower case. */
export function isUpperText(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}
