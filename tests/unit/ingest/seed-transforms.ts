/**
 * Fixtures made at test time by transforming the real seed plan (Plan 83/KH-UBND), never by
 * writing new prose: every sentence of every variant is the seed's, moved, restyled or renamed the
 * way other provinces' plans differ from it. Deterministic, so a failure names a fixed text.
 */
import type { ParsedPlan } from '../../../server/src/ingest/types.ts';

/** The seed's lines (LF), for transforms that work line by line. */
const linesOf = (text: string) => text.split(/\r?\n/);

/**
 * Other bullet glyphs: top-level items drawn with "–" and sub-items with "•" (or any pair), as in
 * plans typed in Word with its bullet library.
 */
export function swapGlyphs(text: string, top = '–', sub = '•'): string {
  return linesOf(text)
    .map((line) => line.replace(/^(\s*)- /u, `$1${top} `).replace(/^(\s*)\+ /u, `$1${sub} `))
    .join('\n');
}

/**
 * Another numbering scheme, level by level: Roman sections lose their numerals (capitals alone),
 * "1." becomes "1)", "1.1." becomes "a.", "1.1.1." becomes "(i)", the lettered sub-headings become
 * "–" items, "-" items become "•" and "+" items "◦".
 */
export function renumber(text: string): string {
  const counters = new Map<number, number>();
  const next = (depth: number) => {
    for (const key of [...counters.keys()]) if (key > depth) counters.delete(key);
    const n = (counters.get(depth) ?? 0) + 1;
    counters.set(depth, n);
    return n;
  };
  const letters = 'abcdđeghiklmnopqrstuvxy';
  const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
  let inBody = false;
  return linesOf(text)
    .map((line) => {
      const t = line.trim();
      if (/^A\. NỘI DUNG KẾ HOẠCH/u.test(t)) inBody = true;
      if (/^C\. TỔ CHỨC THỰC HIỆN/u.test(t)) inBody = false;
      if (!inBody) return line;
      let m: RegExpExecArray | null;
      if ((m = /^([IVX]+)\.\s+(.*)$/u.exec(t))) {
        counters.clear();
        return m[2]!;
      }
      if ((m = /^\d+\.\d+\.\d+\.\s+(.*)$/u.exec(t))) return `(${romans[next(3) - 1]}) ${m[1]}`;
      if ((m = /^\d+\.\d+\.\s+(.*)$/u.exec(t))) return `${letters[next(2) - 1]}. ${m[1]}`;
      if ((m = /^\d+\.\s+(.*)$/u.exec(t))) return `${next(1)}) ${m[1]}`;
      if ((m = /^[a-z]\)\.?\s+(.*)$|^[a-z]\.\s+(.*)$/u.exec(t))) return `– ${m[1] ?? m[2]}`;
      if ((m = /^-\s+(.*)$/u.exec(t))) return `• ${m[1]}`;
      if ((m = /^\+\s+(.*)$/u.exec(t))) return `◦ ${m[1]}`;
      return line;
    })
    .join('\n');
}

/**
 * The same plan issued by another province in another year: province names (upper and title
 * case), the economic zone's place name, and the years move; everything else stays the seed's.
 */
export function otherProvince(text: string, province = 'Nghệ An', zone = 'Đông Nam'): string {
  return text
    .replaceAll('THANH HÓA', province.toUpperCase())
    .replaceAll('Thanh Hóa', province)
    .replaceAll('Nghi Sơn', zone)
    .replaceAll('2022', '\u0000')
    .replaceAll('2021', '2022')
    .replaceAll('\u0000', '2023');
}

/**
 * The header laid out as a Word table rendered to text (cells separated by " | "), with the date
 * wrapped in its column: "Thanh Hóa, ngày 24 tháng 3 năm" / "2022".
 */
export function tableHeader(text: string): string {
  const lines = linesOf(text);
  const start = lines.findIndex((l) => l.trim() === 'ỦY BAN NHÂN DÂN');
  const date = lines.findIndex((l) => /^Thanh Hóa, ngày/u.test(l.trim()));
  const [issuer1, issuer2] = [lines[start]!.trim(), lines[start + 1]!.trim()];
  const motto = lines
    .slice(start, date)
    .filter((l) => /CỘNG HÒA|Độc lập/u.test(l))
    .map((l) => l.trim());
  const number = lines
    .slice(start, date)
    .find((l) => l.trim().startsWith('Số:'))!
    .trim();
  const [place, year] = lines[date]!.trim().split(/ (?=\d{4}$)/u);
  const rows = [`${issuer1} | ${motto[0]}`, `${issuer2} | ${motto[1]}`, `------- | ---------------`, `${number} | ${place}`, ` | ${year}`];
  return [...lines.slice(0, start), ...rows, ...lines.slice(date + 1)].join('\n');
}

/**
 * Paragraphs that follow a bullet with a subject of their own: task bullets whose text opens with
 * their owner lose their bullet ("- Sở Giáo dục và Đào tạo thực hiện …" → "Sở Giáo dục và Đào tạo
 * thực hiện …"), as when a Word list is broken by plain paragraphs.
 */
export function unbulletOwners(text: string, lines: number[]): string {
  return linesOf(text)
    .map((line, i) => (lines.includes(i + 1) ? line.replace(/^(\s*)[-+] /u, '$1') : line))
    .join('\n');
}

/** The text cut at a character offset (a file whose download or copy stopped there). */
export function truncateAt(text: string, offset: number): string {
  return text.slice(0, offset);
}

/**
 * The seed re-laid as an annex table of tasks, as many provinces publish their plans: a short body,
 * the signature, then "PHỤ LỤC" with rows STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |
 * Thời gian hoàn thành — a row per domain (Roman), per weakness (Arabic, with its lead and
 * coordinating units and deadline) and per task ("-", with the names of its owners and partners).
 * Built from the seed's parsed records, so every cell is the seed's own text.
 */
export function asTaskTable(text: string, parsed: ParsedPlan): string {
  const lines = linesOf(text);
  const bodyStart = lines.findIndex((l) => /^A\. NỘI DUNG KẾ HOẠCH/u.test(l.trim()));
  const signature = lines.findIndex((l) => /^TM\. ỦY BAN NHÂN DÂN/u.test(l.trim()));
  const partC = lines.findIndex((l) => /^C\. TỔ CHỨC THỰC HIỆN/u.test(l.trim()));
  const nameOf = (id: string) => parsed.agencies.find((a) => a.id === id)!.name;
  const names = (ids: string[]) => ids.map(nameOf).join(', ');
  const rows = ['STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành'];
  const units = (w: ParsedPlan['plan']['sections'][number]['weaknesses'][number]) =>
    `${w.leadText ?? ''} | ${w.coordinatingText ?? ''} | ${w.deadlineText ?? ''}`;
  for (const section of parsed.plan.sections) {
    // A domain that states its own weakness (II) carries that weakness's units on its own row.
    const own = section.weaknesses.length === 1 && section.weaknesses[0]!.code === section.numeral;
    rows.push(`${section.numeral} | ${section.title} | ${own ? units(section.weaknesses[0]!) : ' |  | '}`);
    section.weaknesses.forEach((weakness, w) => {
      if (!own) rows.push(`${w + 1} | ${weakness.statement} | ${units(weakness)}`);
      for (const task of weakness.tasks)
        rows.push(`- | ${task.text.replace(/\n/g, ' ')} | ${names(task.assignedAgencyIds)} | ${names(task.involvedAgencyIds)} | `);
    });
  }
  const annex = ['', 'PHỤ LỤC', 'NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC HẠN CHẾ, YẾU KÉM', `(Kèm theo Kế hoạch số ${parsed.plan.symbol})`, '', ...rows];
  return [
    ...lines.slice(0, bodyStart),
    ...lines.slice(partC, signature),
    ...lines.slice(signature, signature + 8),
    ...annex,
    ...lines.slice(signature + 8),
  ].join('\n');
}

/**
 * Sections numbered in Arabic, every number below moving one level down: "I." → "1.", its "1." →
 * "1.1.", its "1.1." → "1.1.1." — the "1. / 1.1. / 1.1.1." outline many provinces use.
 */
export function arabicSections(text: string): string {
  let section = 0;
  let inBody = false;
  return linesOf(text)
    .map((line) => {
      const t = line.trim();
      if (/^A\. NỘI DUNG KẾ HOẠCH/u.test(t)) inBody = true;
      if (/^C\. TỔ CHỨC THỰC HIỆN/u.test(t)) inBody = false;
      if (!inBody) return line;
      const roman = /^[IVX]+\.\s+(.*)$/u.exec(t);
      if (roman) return `${++section}. ${roman[1]}`;
      const arabic = /^(\d+(?:\.\d+)*\.)\s+(.*)$/u.exec(t);
      return arabic && section > 0 ? `${section}.${arabic[1]} ${arabic[2]}` : line;
    })
    .join('\n');
}

/**
 * Every provincial body named with its province, as plans of some provinces write them: "Sở Y tế"
 * → "Sở Y tế tỉnh Nghệ An", "Công an tỉnh" → "Công an tỉnh Nghệ An" — for each province-level
 * body of the glossary whose name the text prints as is.
 */
export function provinceInNames(text: string, province: string, names: string[]): string {
  let out = text;
  // Longest first, so "Sở Lao động - Thương binh và Xã hội" is renamed before any shorter name inside it.
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const suffix = name.endsWith(' tỉnh') ? ` ${province}` : ` tỉnh ${province}`;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}]| tỉnh)`, 'gu'), `${name}${suffix}`);
  }
  return out;
}

/**
 * One glyph for every level, nesting by indentation alone: "+" sub-items become "-" items indented
 * four spaces, as a Word list saved as text keeps its levels.
 */
export function indentSubItems(text: string): string {
  return linesOf(text)
    .map((line) => line.replace(/^\s*\+ /u, '    - '))
    .join('\n');
}

/**
 * One glyph for every level, nesting by lead-in lines: a "- Sở X" line whose items follow gets a
 * ":" ("- Sở Y tế chủ trì, phối hợp với các ngành, đơn vị liên quan:") and its "+" items become "-".
 */
export function colonLeadIns(text: string): string {
  const lines = linesOf(text);
  const nextText = (i: number) => lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
  return lines
    .map((line, i) => {
      if (/^\s*- /u.test(line) && /^\s*\+ /u.test(nextText(i))) return `${line.trimEnd().replace(/[.:;]$/u, '')}:`;
      return line.replace(/^(\s*)\+ /u, '$1- ');
    })
    .join('\n');
}
