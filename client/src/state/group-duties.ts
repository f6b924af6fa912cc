/** Grouping of an agency's duties for the Duties tab. */
import type { AgencyDuties, Duty, DutyRole } from '../api/types.ts';
import { romanValue } from './roman.ts';

export type RoleGroup = DutyRole | 'VIA';
export const ROLE_ORDER: RoleGroup[] = ['LEADS', 'COORDINATES', 'ASSIGNED', 'INVOLVED', 'VIA'];

export interface SectionGroup {
  numeral: string;
  title: string;
  roles: Map<RoleGroup, Duty[]>;
}

/** Duties grouped by section (plan order), then by role; duties through collective groups form their own role. */
export function groupDuties(data: AgencyDuties): SectionGroup[] {
  const sections = new Map<string, SectionGroup>();
  const add = (duty: Duty, role: RoleGroup): void => {
    let section = sections.get(duty.section.id);
    if (!section) sections.set(duty.section.id, (section = { numeral: duty.section.numeral, title: duty.section.title, roles: new Map() }));
    const list = section.roles.get(role) ?? [];
    if (!list.some((d) => d.itemId === duty.itemId && d.role === duty.role)) list.push(duty);
    section.roles.set(role, list);
  };
  for (const duty of data.duties) add(duty, duty.via ? 'VIA' : duty.role);
  for (const duty of data.collectiveDuties) add(duty, 'VIA');
  return [...sections.values()].sort((a, b) => romanValue(a.numeral) - romanValue(b.numeral));
}
