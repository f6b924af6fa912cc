/**
 * Rewording of a weakness statement, the way a province restates last year's weakness in this
 * year's plan: a few stock phrases exchanged for their usual equivalents, clauses in another
 * order, or only the first clause kept. Transformations of the seed's own words, never new prose.
 */

/**
 * Stock phrases of Vietnamese administrative writing and an equivalent each. Longer phrases come
 * first so that "vẫn còn xảy ra" is exchanged before "còn xảy ra" could be.
 */
const EQUIVALENTS: [string, string][] = [
  ['đạt thấp so với kế hoạch', 'chưa đạt kế hoạch đề ra'],
  ['giảm mạnh so với cùng kỳ', 'sụt giảm so với năm trước'],
  ['chưa đáp ứng được yêu cầu', 'chưa đạt yêu cầu'],
  ['vẫn còn xảy ra', 'tiếp tục xảy ra'],
  ['Vẫn còn xảy ra', 'Tiếp tục xảy ra'],
  ['vẫn còn diễn ra', 'còn tiếp diễn'],
  ['vẫn diễn ra', 'còn tiếp diễn'],
  ['Vẫn còn', 'Tiếp tục còn'],
  ['vẫn còn ở mức cao', 'ở mức đáng lo ngại'],
  ['có xu hướng tăng', 'tiếp tục tăng'],
  ['không đạt kế hoạch', 'chưa hoàn thành kế hoạch'],
  ['còn chậm', 'chưa đáp ứng tiến độ'],
  ['còn hạn chế', 'chưa cao'],
  ['còn yếu', 'chưa đáp ứng yêu cầu'],
  ['còn thấp', 'chưa cao'],
  ['chưa đảm bảo', 'chưa bảo đảm'],
  ['Tình trạng', 'Hiện tượng'],
  ['tình trạng', 'hiện tượng'],
  ['Một số', 'Nhiều'],
  ['một số', 'nhiều'],
  ['địa phương', 'địa bàn'],
  ['Tiến độ triển khai thực hiện', 'Việc triển khai'],
  ['Tiến độ thực hiện', 'Việc thực hiện'],
  ['Tiến độ lập', 'Việc lập'],
];

/** How far a statement is reworded. */
export type RewordLevel =
  /** stock phrases exchanged */
  | 'phrases'
  /** and its clauses in reverse order */
  | 'reordered'
  /** only its first clause, stock phrases exchanged */
  | 'shortened';

/** The clauses of a statement, split at ";" (or at sentence ends when it has none). */
export function clauses(statement: string): string[] {
  const bySemicolon = statement.split(/\s*;\s*/).filter(Boolean);
  if (bySemicolon.length > 1) return bySemicolon;
  return statement.split(/(?<=[^.]{12})\.\s+(?=\p{Lu})/u).filter(Boolean);
}

/** Joins clauses back into one statement, each after the first in lower case as the source writes them. */
export function joinClauses(parts: string[]): string {
  return parts.map((part, i) => (i === 0 ? upperFirst(part) : lowerFirst(part))).join('; ');
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word is an abbreviation ("GRDP", "OCOP"). */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  return first.length > 1 && first === first.toUpperCase() ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The statement reworded; a statement no stock phrase fits still changes by its "Về"/"Việc" opening or clause order. */
export function reword(statement: string, level: RewordLevel): string {
  let parts = clauses(statement);
  if (level === 'reordered' && parts.length > 1) parts = [...parts].reverse();
  if (level === 'shortened') parts = parts.slice(0, 1);
  let text = joinClauses(parts);
  for (const [from, to] of EQUIVALENTS) text = text.replaceAll(from, to);
  text = text.replace(/^(?:Về|Việc)\s+(\S)/u, (_whole, first: string) => first.toUpperCase());
  return text;
}
