/**
 * The period a "Thời gian khắc phục" deadline gives, as dates, so that duties can be classified
 * against any day (open, due, overdue) in the database itself.
 */
import { fold } from '../../../shared/fold.ts';
import type { Deadline } from './deadlines.ts';

/** First and last day of a deadline (ISO dates); `dueBy` is null when the work runs on or no end is stated. */
export interface DeadlinePeriod {
  dueFrom: string | null;
  dueBy: string | null;
}

const QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Reads the period of a deadline text whose years and open-endedness are already known:
 *   - a date ("trước ngày 30/6/2023"), a month ("tháng 6/2023", "tháng 6 năm 2023") or a quarter
 *     ("quý II/2023", "quý 2 năm 2023") ends on that day, the month's or the quarter's last day;
 *   - otherwise named years end on 31 December of the last one ("Năm 2022", "2022 - 2025");
 *   - "và các năm tiếp theo", "từng bước", "thường xuyên" (ongoing) have no end, unless a date is named.
 * The period starts on 1 January of the first year named, the year a plan's work is reckoned in.
 */
export function deadlinePeriod(text: string | null, deadline: Deadline): DeadlinePeriod {
  const ends = text ? namedEnds(fold(text)) : [];
  const lastEnd = ends.sort().at(-1) ?? null;
  const years = [...deadline.years, ...ends.map((iso) => Number(iso.slice(0, 4)))];
  const dueFrom = years.length > 0 ? `${Math.min(...years)}-01-01` : null;
  if (lastEnd) return { dueFrom, dueBy: lastEnd };
  if (deadline.ongoing || deadline.years.length === 0) return { dueFrom, dueBy: null };
  return { dueFrom, dueBy: `${Math.max(...deadline.years)}-12-31` };
}

/** Last days of the dates, months and quarters a folded deadline text names. */
function namedEnds(folded: string): string[] {
  const ends: string[] = [];
  for (const m of folded.matchAll(/(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)/g)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) ends.push(iso);
  }
  for (const m of folded.matchAll(/thang\s+(\d{1,2})\s*(?:\/|nam)\s*((?:19|20)\d{2})(?!\d)/g)) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12) ends.push(lastDayOfMonth(Number(m[2]), month));
  }
  for (const m of folded.matchAll(/quy\s+(iv|iii|ii|i|[1-4])\s*(?:\/|nam)\s*((?:19|20)\d{2})(?!\d)/g)) {
    ends.push(lastDayOfMonth(Number(m[2]), QUARTER[m[1]!]! * 3));
  }
  return ends;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
