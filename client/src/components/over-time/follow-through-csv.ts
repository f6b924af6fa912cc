/** The follow-through table as CSV (UTF-8 with a byte order mark, CRLF), as spreadsheet programs read it. */
import type { FollowThroughQuery } from '../../api/generated/graphql.ts';
import { csvField } from '../../graph/export.ts';

type Duty = FollowThroughQuery['followThrough']['duties'][number];

const COLUMNS = ['status', 'plan', 'plan_date', 'section', 'weakness', 'role', 'agency', 'agency_en', 'deadline', 'due_by', 'recurred_in', 'item_id', 'text'];

/** Text cells a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") get a leading apostrophe. */
function cell(value: string | null | undefined): string {
  const text = value ?? '';
  return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

export function followThroughCsv(duties: readonly Duty[]): string {
  const rows = duties.map((duty) =>
    [
      duty.status,
      duty.plan.symbol,
      duty.plan.date,
      duty.section.numeral,
      duty.weaknessCode,
      duty.role,
      duty.agency.name,
      duty.agency.nameEn,
      duty.deadlineText,
      duty.dueBy,
      duty.recurredIn.map((plan) => `${plan.symbol} (${plan.date ?? ''})`).join('; '),
      duty.itemId,
      duty.text,
    ]
      .map(cell)
      .join(','),
  );
  return `\ufeff${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
