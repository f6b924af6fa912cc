/**
 * Recognises a public body by the form of its name when the glossary does not know it: "Sở …",
 * "Ban Quản lý …", "UBND huyện X", "Chi cục …", "Trung tâm …" and the other heads Vietnamese
 * administrative writing uses. Such a body is real (the plan names it) but unverified: nobody has
 * checked its name, level or English name, so the parser marks it and the import report offers it
 * as a glossary entry to paste.
 *
 * A name's extent is read from the original text. Official names capitalise their first syllable
 * and often leave the rest in lower case ("Sở Giao thông vận tải"), so lower-case syllables are
 * accepted when they are name words (syllables of the glossary's names and of common unit names)
 * and do not start the sentence's predicate ("tham mưu", "tổ chức", "thực hiện" …). No maintained
 * library segments Vietnamese unit names, hence this hand-written reader.
 */
import { LETTER, startsUpper, UPPER } from './letters.ts';
import { fold, slug } from '../../../shared/fold.ts';
import type { AgencyLevel } from './types.ts';

/** One way a body's name begins, e.g. "Sở …". */
interface Form {
  /** Shown as `recognisedBy`, e.g. "Sở …". */
  label: string;
  /** Matches the head at the start of the text (original case: heads are capitalised). */
  head: RegExp;
  level: AgencyLevel;
  /** False for associations and companies: they are not among "các sở, ban, ngành". */
  collectiveMember: boolean;
  /** True when the head alone names the body ("Tỉnh đoàn"). */
  complete?: boolean;
}

const CAP = `(?=[${UPPER}])`;
const LOCAL = `(?=[${UPPER}]|tỉnh\\b|huyện\\b|thị xã\\b|thành phố\\b|quận\\b)`;

/** Longest heads first within each family, so "Ban Quản lý …" wins over "Ban …". */
const FORMS: Form[] = [
  {
    label: 'UBND huyện/thị xã/thành phố …',
    head: new RegExp(String.raw`^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|thị xã|thành phố|quận)\s+${CAP}`, 'u'),
    level: 'district',
    collectiveMember: true,
  },
  {
    label: 'UBND xã/phường/thị trấn …',
    head: new RegExp(String.raw`^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:xã|phường|thị trấn)\s+${CAP}`, 'u'),
    level: 'commune',
    collectiveMember: true,
  },
  { label: 'Ủy ban MTTQ …', head: /^(?:Ủy|Uỷ) ban (?:MTTQ|Mặt trận Tổ quốc)\s*/u, level: 'province', collectiveMember: false },
  { label: 'Ban Quản lý …', head: /^Ban [Qq]uản lý\s+/u, level: 'province', collectiveMember: true },
  { label: 'Ban …', head: new RegExp(String.raw`^Ban\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Bộ Chỉ huy …', head: /^Bộ [Cc]hỉ huy\s+/u, level: 'province', collectiveMember: true },
  // "Bộ luật" is a code of law, not a ministry.
  { label: 'Bộ …', head: new RegExp(String.raw`^Bộ\s+(?![Ll]uật\b)${CAP}`, 'u'), level: 'central', collectiveMember: true },
  { label: 'Tổng cục …', head: new RegExp(String.raw`^Tổng cục\s+${CAP}`, 'u'), level: 'central', collectiveMember: true },
  { label: 'Cục Thuế …', head: /^Cục [Tt]huế\s*/u, level: 'province', collectiveMember: true },
  { label: 'Chi cục …', head: new RegExp(String.raw`^Chi cục\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Cục …', head: new RegExp(String.raw`^Cục\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Sở …', head: new RegExp(String.raw`^Sở\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Công an …', head: new RegExp(String.raw`^Công an\s+${LOCAL}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Kho bạc …', head: new RegExp(String.raw`^Kho bạc\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Ngân hàng …', head: new RegExp(String.raw`^Ngân hàng\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Trung tâm …', head: new RegExp(String.raw`^Trung tâm\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Văn phòng …', head: new RegExp(String.raw`^Văn phòng\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Thanh tra …', head: new RegExp(String.raw`^Thanh tra\s+${LOCAL}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Bảo hiểm xã hội …', head: new RegExp(String.raw`^Bảo hiểm [Xx]ã hội\s+${LOCAL}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Hiệp hội …', head: new RegExp(`^Hiệp hội\\s+(?=[${LETTER}])`), level: 'province', collectiveMember: false },
  { label: 'Hội …', head: new RegExp(String.raw`^Hội\s+(?!đồng\b)${CAP}`, 'u'), level: 'province', collectiveMember: false },
  { label: 'Liên đoàn …', head: new RegExp(String.raw`^Liên đoàn\s+${CAP}`, 'u'), level: 'province', collectiveMember: false },
  { label: 'Liên minh …', head: new RegExp(String.raw`^Liên minh\s+${CAP}`, 'u'), level: 'province', collectiveMember: false },
  { label: 'Tỉnh đoàn', head: new RegExp(`^Tỉnh [Đđ]oàn(?![${LETTER}\\d])`), level: 'province', collectiveMember: false, complete: true },
  { label: 'Đài …', head: new RegExp(String.raw`^Đài\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Báo …', head: new RegExp(String.raw`^Báo\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Trường …', head: new RegExp(String.raw`^Trường\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Bệnh viện …', head: new RegExp(String.raw`^Bệnh viện\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Viện …', head: new RegExp(String.raw`^Viện\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: 'Tòa án …', head: /^(?:Tòa|Toà) án\s+/u, level: 'province', collectiveMember: true },
  { label: 'Quỹ …', head: new RegExp(String.raw`^Quỹ\s+${CAP}`, 'u'), level: 'province', collectiveMember: true },
  { label: '(Tổng) công ty …', head: new RegExp(String.raw`^(?:Tổng )?[Cc]ông ty\s+(?:${CAP}|cổ phần|TNHH)`, 'u'), level: 'province', collectiveMember: false },
];

/** Forms by the folded first syllable of their head, so most positions are rejected by one lookup. */
const FORMS_BY_FIRST = new Map<string, Form[]>();
for (const form of FORMS) {
  // "UBND" is also written "Ủy ban nhân dân"; "(Tổng) công ty" starts either way.
  const firsts = form.label.startsWith('UBND') ? ['ubnd', 'uy'] : form.label.startsWith('(Tổng)') ? ['tong', 'cong'] : [fold(form.label.split(' ')[0]!)];
  for (const first of firsts) FORMS_BY_FIRST.set(first, [...(FORMS_BY_FIRST.get(first) ?? []), form]);
}

/**
 * Lower-case syllables that occur inside unit names, compared with their diacritics ("tải" is a
 * name word, "tại" is not). A syllable also used as a verb ("xây dựng", "quản lý") is still listed:
 * the predicate phrases below are checked first.
 */
const NAME_WORDS = new Set(
  (
    'tỉnh huyện thị xã thành phố phường trấn quận và các của về cấp chi nhánh nhà nước nhân dân ' +
    'khu cụm công nghiệp kinh tế quản lý dự án đầu tư xây dựng giao thông vận tải nông thôn mới lâm thủy thuỷ sản lợi ' +
    'phát triển điều phối xúc tiến thương mại du lịch hội đồng tổ quốc gia đa khoa y dược cổ truyền phòng chống ' +
    'bệnh tật kiểm soát niên phụ nữ liên hiệp hành chính an ninh quân sự biên đội thuế hải quan thống kê trường ' +
    'môi tài nguyên văn hóa hoá thể thao học nghệ thông tin truyền ngoại vụ tư pháp nội lao động thương binh giáo ' +
    'dục đào tạo hình phần một viên điện lực nước đô sạch vệ sinh thực phẩm bảo vệ thực vật thú chăn nuôi trồng ' +
    'trọt chất lượng đo lường tiêu chuẩn bồi dưỡng chính trị cán bộ dân tộc tôn giáo thi đua khen thưởng lưu trữ ' +
    'tư vấn hỗ trợ doanh nghiệp việc làm nghề bảo trợ người có công hướng nghiệp dạy kỹ thuật tổng hợp đất đai ' +
    'đăng ký quy hoạch kiến trúc định giá dịch vụ ngân sách kho bạc khuyến nông công tác xã hội cứu trợ'
  ).split(/\s+/),
);

/** Lower-case phrases (with diacritics) that start a predicate: a name never runs into them. */
const PREDICATE = new RegExp(
  '^(?:' +
    [
      'chủ trì',
      'phối hợp',
      'phối hp',
      'tham mưu',
      'tiếp tục',
      'thực hiện',
      'theo chức năng',
      'tăng cường',
      'có trách nhiệm',
      'chịu trách nhiệm',
      'khẩn trương',
      'triển khai',
      'tổ chức(?! chính trị)',
      'chỉ đạo',
      'hướng dẫn',
      'rà soát',
      'nghiên cứu',
      'đôn đốc',
      'tập trung',
      'đẩy mạnh',
      'kiểm tra',
      'thanh tra',
      'giám sát',
      'nâng cao',
      'bảo đảm',
      'đảm bảo',
      'phấn đấu',
      'chủ động',
      'phát huy',
      'hỗ trợ',
      'cung cấp',
      'bố trí',
      'xem xét',
      'giải quyết',
      'xử lý',
      'theo dõi',
      'tổng hợp',
      'báo cáo',
      'đề xuất',
      'ban hành',
      'cập nhật',
      'vận động',
      'tuyên truyền',
      'thường xuyên',
      'kịp thời',
      'tạo điều kiện',
      'hoàn thành',
      'hoàn thiện',
      'quan tâm',
      'quán triệt',
      'cần',
      'phải',
      'được',
      'sẽ',
      'đã',
      'đang',
      'làm',
      'là',
      'với',
      'cho',
      'tại',
      'trong',
      'trên',
      'theo',
      'để',
      'nhằm',
      'và các (?:đơn vị|cơ quan|ngành|địa phương|sở)',
      'xây dựng (?:kế hoạch|và|phương án|đề án|chương trình|cơ chế)',
      'quản lý (?:nhà nước|chặt chẽ|việc|các)',
    ].join('|') +
    `)(?![${LETTER}])`,
);

/** Acronyms that open a unit's name ("UBND các huyện", "HĐND tỉnh"): a name never runs on into them. */
const UNIT_ACRONYM = /^(?:UBND|HĐND|UBMTTQ|BQL)$/u;

/** A body found by its form: its verbatim name, where it ends, and what the form says about it. */
export interface FormMatch {
  name: string;
  /** End offset in the original text. */
  end: number;
  form: string;
  level: AgencyLevel;
  collectiveMember: boolean;
}

/**
 * The body named at `start` of `text` by its form, or null.
 * @param foldedFirstWord the first word at `start`, folded (the caller has the folded text).
 * @param isUnitStart tells whether a unit (a glossary name) starts at an original offset, so a list
 *   "Sở X, UBND các huyện" stops before the next unit rather than running on.
 * @param extraNameWords folded syllables of the glossary's names, accepted in lower case.
 */
export function recogniseForm(
  text: string,
  start: number,
  foldedFirstWord: string,
  isUnitStart: (at: number) => boolean,
  extraNameWords: ReadonlySet<string>,
): FormMatch | null {
  const forms = FORMS_BY_FIRST.get(foldedFirstWord.replace(/[^a-z]+$/, ''));
  if (!forms) return null;
  const rest = text.slice(start, start + 60);
  for (const form of forms) {
    const head = form.head.exec(rest);
    if (!head) continue;
    let end = start + head[0].trimEnd().length;
    if (!form.complete || startsUpper(text.slice(end).trimStart())) end = extend(text, end, isUnitStart, extraNameWords);
    const name = text.slice(start, end).replace(/\s+/g, ' ').trim();
    // A head with nothing after it ("Sở", "Ban Quản lý") names no body.
    if (!form.complete && fold(name).split(' ').length <= fold(head[0]).split(' ').length) return null;
    return { name, end, form: form.label, level: levelOf(form, name), collectiveMember: form.collectiveMember };
  }
  return null;
}

/** Reads name words after the head: capitalised ones, name syllables in lower case, commas and "và" inside the name. */
function extend(text: string, from: number, isUnitStart: (at: number) => boolean, extraNameWords: ReadonlySet<string>): number {
  let end = from;
  let at = from;
  let words = 0;
  // A word after a comma, a spaced hyphen ("Lao động - Thương binh"), an ampersand or spaces.
  const token = /^(?:(\s*,\s*)|\s+-\s+|\s*&\s*|\s+)([^\s,;:.()[\]“”"]+)/u;
  while (words < 16) {
    const m = token.exec(text.slice(at));
    if (!m) break;
    const separator = m[1] ?? '';
    const word = m[2]!;
    const wordStart = at + m[0].length - word.length;
    const lower = word.toLowerCase();
    const folded = fold(word);
    // The first word may itself name a unit: "Văn phòng UBND tỉnh", "Thanh tra Sở Xây dựng" are bodies of their own.
    if (words > 0 && isUnitStart(wordStart)) break;
    const capital = startsUpper(word) || /^\d/.test(word);
    // Predicates are written in lower case; a capitalised word ("Cần Thơ") is a name word.
    if (!capital && PREDICATE.test(text.slice(wordStart, wordStart + 40))) break;
    if (separator.includes(',')) {
      // A comma continues the name only before another capitalised name word ("Sở Văn hóa, Thể thao và Du lịch").
      // An acronym after a comma ("…, VCCI Thanh Hóa") starts another unit.
      if (!capital || recogniseHeadAt(text, wordStart) || (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase())) break;
    } else if (folded === 'va' || folded === 'cac') {
      // "và Môi trường", "và các Khu công nghiệp" continue a name; "và các đơn vị" does not.
      const next = /^\s+(?:các\s+)?(\S+)/u.exec(text.slice(wordStart + word.length));
      // "và UBND các huyện" starts another unit, whatever follows the acronym.
      if (!next || !startsUpper(next[1]!) || UNIT_ACRONYM.test(next[1]!) || recogniseHeadAt(text, wordStart + word.length + next[0].length - next[1]!.length))
        break;
      if (isUnitStart(wordStart + word.length + next[0].length - next[1]!.length)) break;
    } else if (!capital && !NAME_WORDS.has(lower) && !extraNameWords.has(lower)) {
      break;
    } else if (capital && words > 0 && recogniseHeadAt(text, wordStart)) {
      break;
    }
    at = wordStart + word.length;
    if (!['va', 'cac', 'cua', 've'].includes(folded)) end = at;
    words++;
  }
  return end;
}

/** True when some word of the text starts a predicate ("tham mưu", "thực hiện", …): it is not a unit's name. */
export function hasPredicate(text: string): boolean {
  for (const m of text.matchAll(/(?:^|\s)(\S)/g)) if (PREDICATE.test(text.slice(m.index + m[0].length - 1, m.index + 40))) return true;
  return false;
}

function recogniseHeadAt(text: string, at: number): boolean {
  const rest = text.slice(at, at + 60);
  return FORMS.some((form) => form.head.test(rest));
}

function levelOf(form: Form, name: string): AgencyLevel {
  const f = fold(name);
  if (form.level === 'central' && /\b(?:tinh|huyen)\b/.test(f)) return 'province';
  if (form.level === 'province' && /^(?:\S+\s+){1,5}(?:huyen|thi xa|quan)\s+\S/.test(f) && !/\btinh\b/.test(f)) return 'district';
  return form.level;
}

/**
 * The glossary key an unverified body gets: its folded name without the plan's province, so the
 * same kind of body has one key in every province ("Sở Ngoại vụ Nghệ An" → "so-ngoai-vu").
 */
export function formKey(name: string, province: string | null): string {
  let f = fold(name);
  if (province) {
    const p = fold(province);
    f = f.replace(new RegExp(`\\s+(?:tinh\\s+)?${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '');
  }
  return slug(f) || slug(name);
}

/** The name as a glossary template: the plan's province becomes "{province}". */
export function templateName(name: string, province: string | null): string {
  if (!province) return name;
  const escaped = province.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return name.replace(new RegExp(`(?<![${LETTER}])${escaped}(?![${LETTER}])`, 'g'), '{province}');
}
