/** Reads a "Thời gian khắc phục" text: the years it names and whether the work runs on. */
import { fold } from '../../../shared/fold.ts';

export interface Deadline {
  years: number[];
  ongoing: boolean;
}

/**
 * Years named in a deadline (ascending, without repeats; a range "2022 - 2025" gives both ends) and
 * whether it is open-ended: "và các năm tiếp theo", "từng bước", "thường xuyên", "hằng năm", "liên tục".
 */
export function parseDeadline(text: string): Deadline {
  const years = [...new Set([...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])))].sort((a, b) => a - b);
  const ongoing = /va cac nam tiep theo|tung buoc|thuong xuyen|hang nam|lien tuc/.test(fold(text));
  return { years, ongoing };
}
