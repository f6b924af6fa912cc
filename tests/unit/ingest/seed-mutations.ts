/**
 * fast-check generators of damaged seed plans, for the parser's property tests: excerpts of the
 * real seed (its header, some of its domains, its closing part and signature) or the whole seed,
 * then random edits of the kinds files suffer on their way to an analyst — lines dropped or
 * repeated, other bullet glyphs and numbering, changed white space, non-breaking spaces, CRLF line
 * ends, lines joined or wrapped, Unicode decomposed, stray characters, and a cut at any offset.
 * Every generated text is the seed's own text, damaged; nothing is written as new prose.
 */
import fc from 'fast-check';

const linesOf = (text: string) => text.split('\n');

/** The seed cut into its parts: header (to the first domain), the nine domains, and the rest (part C, signature, site footer). */
export interface SeedParts {
  head: string[];
  domains: string[][];
  tail: string[];
}

export function seedParts(seed: string): SeedParts {
  const lines = linesOf(seed);
  const body = lines.findIndex((l) => /^A\. NỘI DUNG KẾ HOẠCH/u.test(l.trim()));
  const closing = lines.findIndex((l) => /^C\. TỔ CHỨC THỰC HIỆN/u.test(l.trim()));
  const starts = lines.flatMap((l, i) => (i > body && i < closing && /^[IVX]+\.\s/u.test(l) ? [i] : []));
  if (body < 0 || closing < 0 || starts.length === 0) throw new Error('the seed no longer has the parts the property tests cut it into');
  return {
    head: lines.slice(0, starts[0]),
    domains: starts.map((start, i) => lines.slice(start, starts[i + 1] ?? closing)),
    tail: lines.slice(closing),
  };
}

/** An excerpt: the header, `count` consecutive domains from `first` (wrapping), and the closing part. */
export const excerptOf =
  (parts: SeedParts) =>
  ({ first, count }: { first: number; count: number }): string[] => {
    const domains = Array.from({ length: count }, (_, k) => parts.domains[(first + k) % parts.domains.length]!);
    return [...parts.head, ...domains.flat(), ...parts.tail];
  };

/** Which domains an excerpt keeps (the lines are made from it in the test, so a counterexample prints small). */
export function excerptArbitrary(parts: SeedParts, maxDomains = 2): fc.Arbitrary<{ first: number; count: number }> {
  // Mostly one domain: the whole-seed property covers many, and a small text parses in a third of the time.
  const count = fc.oneof({ arbitrary: fc.constant(1), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: maxDomains }), weight: 1 });
  return fc.record({ first: fc.nat({ max: parts.domains.length - 1 }), count });
}

/** Bullet glyphs and item numbers plans use. */
const GLYPHS = ['-', '–', '—', '•', '◦', '▪', '●', '*', '+', '·', '❖', '➢', '>', 'a)', 'đ)', '1.', '2)', 'i.', '(iv)', '1.1.', 'IV.', ''];
const SPACES = [' ', '  ', '\t', '\u00a0', ' \u00a0', '\u3000', '\u2003', '   '];
/** Other provinces and other places for the seed's own ("Thanh Hóa", "Nghi Sơn"), some written oddly. */
const PROVINCES = ['Nghệ An', 'Bà Rịa - Vũng Tàu', 'Thừa Thiên Huế', 'Hà Tĩnh', 'Đắk Lắk', 'Cần Thơ', 'Hòa Bình', 'Hoà Bình', 'Kon Tum', 'QUẢNG NINH'];
const PLACES = ['Đông Nam', 'Vũng Áng', 'Dung Quất', 'Chân Mây - Lăng Cô', 'Vân Đồn', 'Định An', 'Hòn La'];
/** Stray characters: punctuation and glyphs that carry meaning to the parser, and odd code points. */
const STRAY = [':', '.', ',', ';', '|', ' | ', '(', ')', '"', '“', '”', '…', '-', '/', '\u200b', '\u00ad', '\ufeff', '\ufffd', '\u0001', '\r'];

export type Mutation =
  | { kind: 'drop' | 'duplicate'; line: number; count: number }
  | { kind: 'glyph'; line: number; glyph: string }
  | { kind: 'indent'; line: number; space: string }
  | { kind: 'space'; offset: number; space: string }
  | { kind: 'nbsp' | 'nfd' | 'upper'; line: number }
  | { kind: 'join'; line: number; count: number }
  | { kind: 'restyle'; top: string; sub: string }
  | { kind: 'rename'; province: string; place: string }
  | { kind: 'split'; offset: number }
  | { kind: 'stray'; offset: number; text: string };

// Positions anywhere in the text (taken modulo its size), so unbiased: small numbers would all hit the web page's menu.
const line = fc.noBias(fc.nat());
const offset = fc.noBias(fc.nat());
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const), line, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('glyph' as const), line, glyph: fc.constantFrom(...GLYPHS) }),
  fc.record({ kind: fc.constant('indent' as const), line, space: fc.constantFrom(...SPACES) }),
  fc.record({ kind: fc.constant('space' as const), offset, space: fc.constantFrom(...SPACES) }),
  fc.record({ kind: fc.constantFrom('nbsp' as const, 'nfd' as const, 'upper' as const), line }),
  fc.record({ kind: fc.constant('join' as const), line, count: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 300 })) }),
  fc.record({ kind: fc.constant('restyle' as const), top: fc.constantFrom(...GLYPHS), sub: fc.constantFrom(...GLYPHS) }),
  fc.record({ kind: fc.constant('rename' as const), province: fc.constantFrom(...PROVINCES), place: fc.constantFrom(...PLACES) }),
  fc.record({ kind: fc.constant('split' as const), offset }),
  fc.record({
    kind: fc.constant('stray' as const),
    offset,
    text: fc.oneof(fc.constantFrom(...STRAY), fc.string({ unit: 'binary', minLength: 1, maxLength: 6 })),
  }),
);

const BULLET = /^(\s*)(?:[-–—•◦▪●*+·❖➢>]|\(?[a-zđ]\)|\(?[ivx]+[.)]|\d+(?:\.\d+)*[.)]|[IVX]+\.)\s+/u;

/** Applies one edit to the lines; positions are taken modulo the current size, so any edit applies to any text. */
export function applyMutation(lines: string[], m: Mutation): string[] {
  if (lines.length === 0) return lines;
  if (m.kind === 'restyle') return lines.map((l) => l.replace(/^(\s*)- /u, `$1${m.top} `).replace(/^(\s*)\+ /u, `$1${m.sub} `));
  if (m.kind === 'rename')
    return lines.map((l) => l.replaceAll('THANH HÓA', m.province.toUpperCase()).replaceAll('Thanh Hóa', m.province).replaceAll('Nghi Sơn', m.place));
  const out = [...lines];
  if ('line' in m) {
    const i = m.line % out.length;
    const text = out[i]!;
    switch (m.kind) {
      case 'drop':
        out.splice(i, m.count);
        break;
      case 'duplicate':
        out.splice(i, 0, ...out.slice(i, i + m.count));
        break;
      case 'glyph': {
        const bullet = BULLET.exec(text);
        const rest = bullet ? text.slice(bullet[0].length) : text.trimStart();
        out[i] = `${bullet?.[1] ?? ''}${m.glyph}${m.glyph ? ' ' : ''}${rest}`;
        break;
      }
      case 'indent':
        out[i] = m.space + text;
        break;
      case 'nbsp':
        out[i] = text.replaceAll(' ', '\u00a0');
        break;
      case 'join':
        out.splice(i, m.count + 1, out.slice(i, i + m.count + 1).join(' '));
        break;
      case 'nfd':
        out[i] = text.normalize('NFD');
        break;
      case 'upper':
        out[i] = text.toUpperCase();
        break;
    }
    return out;
  }
  // Character edits work on the joined text.
  const text = out.join('\n');
  const at = m.offset % (text.length + 1);
  const insert = m.kind === 'split' ? '\n' : m.kind === 'space' ? m.space : m.text;
  return linesOf(text.slice(0, at) + insert + text.slice(at));
}

/** The edits applied in order, then the line ends chosen (LF or CRLF), then the cut (a fraction of the length). */
export interface Damage {
  mutations: Mutation[];
  crlf: boolean;
  cut: number | null;
}

export function damageArbitrary(maxMutations: number): fc.Arbitrary<Damage> {
  return fc.record({
    mutations: fc.array(mutationArbitrary, { maxLength: maxMutations }),
    crlf: fc.boolean(),
    // A quarter of the texts are cut, anywhere: a uniform fraction (fast-check's doubles and biased integers favour 0, an empty text).
    cut: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1e6), weight: 1 }),
  });
}

export function damage(lines: string[], { mutations, crlf, cut }: Damage): string {
  const text = mutations.reduce(applyMutation, lines).join(crlf ? '\r\n' : '\n');
  return cut === null ? text : text.slice(0, Math.floor(text.length * cut));
}
