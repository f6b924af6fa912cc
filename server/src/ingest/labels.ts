/**
 * The labels that divide a weakness in this genre, recognised by their words whatever marks them
 * ("1.1. Nguyên nhân", "a) Nguyên nhân:", "- Nguyên nhân:", a bare "Nguyên nhân"):
 *
 *   statement       "Hạn chế:", "Tồn tại, hạn chế:" — the weakness itself, stated after the colon
 *   cause           "Nguyên nhân"
 *   remedy          "Kế hoạch khắc phục", "Giải pháp khắc phục", "Biện pháp khắc phục"
 *   tasks           "Nhiệm vụ, giải pháp (khắc phục)", "Nhiệm vụ", "Giải pháp" — the task list, maybe with its owner
 *   responsibility  "Trách nhiệm (của các đơn vị)"
 *   lead            "Đơn vị chủ trì:", "Cơ quan chủ trì:", "Đơn vị thực hiện:", "Chủ trì:"
 *   coordinating    "Đơn vị phối hợp:", "Cơ quan phối hợp:", "Phối hợp:"
 *   deadline        "Thời gian khắc phục/hoàn thành/thực hiện", "Thời hạn", "Tiến độ hoàn thành"
 *   output          "Sản phẩm:", "Kết quả đầu ra:" — read past, not a task
 */
import { fold } from '../../../shared/fold.ts';

export type LabelKind = 'statement' | 'cause' | 'remedy' | 'tasks' | 'responsibility' | 'lead' | 'coordinating' | 'deadline' | 'output';

export interface Label {
  kind: LabelKind;
  /** The text after the label's colon, or the whole sentence when the label opens one; null when nothing follows. */
  value: string | null;
  /** True when the label's words were misspelt ("Đơn vị phối hơp"). */
  variant: boolean;
}

/** Folded label phrases; the lead and coordinating ones need a colon (or dash) after them, being otherwise ordinary words. */
const PATTERNS: [LabelKind, RegExp, boolean][] = [
  ['statement', /^(?:noi dung )?(?:(?:ton tai|han che|yeu kem)(?:,? (?:va )?(?:ton tai|han che|yeu kem))*)\s*:/, true],
  ['cause', /^(?:cac )?nguyen nhan\b/, false],
  ['remedy', /^(?:ke hoach|bien phap|giai phap|phuong an|huong|noi dung)(?:,? (?:va )?(?:giai phap|bien phap))? khac phuc\b/, false],
  [
    'tasks',
    /^(?:cac )?(?:nhiem vu|giai phap|bien phap)(?:,? (?:va )?(?:nhiem vu|giai phap|bien phap))*(?: (?:khac phuc|thuc hien|chu yeu|trong tam|cu the))?(?=\s*(?::|$|\.$))/,
    false,
  ],
  ['responsibility', /^trach nhiem(?: cua cac (?:don vi|co quan)| thuc hien| cua cac (?:so|nganh)[^:]*)?(?=\s*(?::|$|\.$))/, false],
  ['lead', /^(?:(?:don vi|co quan) (?:chu tri|thuc hien|chiu trach nhiem)(?: thuc hien)?|chu tri)\s*[:\-–]/, true],
  ['coordinating', /^(?:(?:don vi|co quan) ph\S* h\S*p(?: thuc hien)?|phoi hop)\s*[:\-–]/, true],
  // "Tiến độ thực hiện một số dự án …" states a weakness, so the looser deadline words need their colon.
  [
    'deadline',
    /^(?:thoi (?:gian|han) (?:khac phuc|hoan thanh|thuc hien)(?: xong)?(?=\s*(?::|$|\.$|\s))|(?:thoi (?:gian|han)|tien do(?: thuc hien| hoan thanh)?|lo trinh(?: thuc hien)?)\s*:)/,
    false,
  ],
  ['output', /^(?:san pham|ket qua(?: dau ra| can dat)?)\s*:/, true],
];

/** The folded words every pattern above can start with (keep in step with them: the labels' test reads every label through labelOf). */
const FIRST_WORDS = new Set('noi ton han yeu cac nguyen ke bien giai phuong huong nhiem trach don co chu phoi thoi tien lo san ket'.split(' '));

/** Exactly spelt lead and coordinating labels; anything else they matched is a misprint worth a warning. */
const EXACT = /^(?:don vi|co quan) (?:chu tri|phoi hop|thuc hien)|^(?:chu tri|phoi hop)\b/;

/**
 * The label a paragraph's text (after its marker) opens with, or null.
 * "Nguyên nhân chủ quan: …" is a cause label too; callers decide from context whether it opens
 * the causes or is one of them.
 */
export function labelOf(text: string): Label | null {
  // Most paragraphs are ruled out by their first word, before 80 characters are folded.
  if (!FIRST_WORDS.has(fold(/^\S{0,12}/u.exec(text)![0]).replace(/[^a-z]+$/, ''))) return null;
  const f = fold(text.slice(0, 80));
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(f);
    if (!m) continue;
    if (kind === 'deadline' && !/:/.test(text) && text.length > 60) continue;
    const variant = (kind === 'lead' || kind === 'coordinating') && !EXACT.test(f);
    return { kind, value: valueOf(text, m[0].length), variant };
  }
  return null;
}

/**
 * What a label says after it: the text after its colon; or, for a label that opens a sentence
 * ("Nguyên nhân của tình trạng trên là do …"), the whole sentence; null for a bare label.
 */
function valueOf(text: string, labelLength: number): string | null {
  const colon = text.indexOf(':');
  if (colon >= 0 && colon <= labelLength + 40) {
    const value = text.slice(colon + 1).trim();
    return value ? value : null;
  }
  const dash = /^\s*[-–]\s*(\S.*)$/u.exec(text.slice(labelLength));
  if (dash) return dash[1]!.trim();
  const rest = text.slice(labelLength).trim();
  // A bare label, perhaps with a closing dot or a few words ("Nguyên nhân chủ yếu").
  if (rest.replace(/[.:]$/, '').split(/\s+/).filter(Boolean).length <= 3) return null;
  return text.trim();
}
