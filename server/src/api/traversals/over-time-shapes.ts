/** Shapes shared by the answers about plans over time: weaknesses, lead changes, repeated tasks, chains. */
import type { AgencyRef as AgencyRefAnswer, WeaknessRef } from '../generated/resolver-types.ts';

/** An agency as the over-time Cypher files return it: with its glossary key, to compare kinds of body. */
export type AgencyRef = AgencyRefAnswer & { key?: string | null };

/** A weakness as the over-time Cypher files return it: leads with their keys, and the texts compared. */
export type WeaknessRow = Omit<WeaknessRef, 'leads'> & {
  leads: AgencyRef[];
  coordinators?: AgencyRef[];
  causes?: string[];
  tasks: string[];
};

/** Bodies compared as kinds of body (glossary key): the same department of two provinces is the same. */
function keys(agencies: AgencyRef[]): Set<string> {
  return new Set(agencies.map((agency) => agency.key ?? agency.id));
}

/** Agencies in `a` whose kind of body is not in `b`. */
export function onlyIn(a: AgencyRef[], b: AgencyRef[]): AgencyRef[] {
  const other = keys(b);
  return a.filter((agency) => !other.has(agency.key ?? agency.id));
}

/** The lead units of a weakness in two plans and whether they differ. */
export function leadChange(from: WeaknessRow, to: WeaknessRow) {
  const changed = onlyIn(from.leads, to.leads).length > 0 || onlyIn(to.leads, from.leads).length > 0;
  return { changed, from: from.leads, to: to.leads };
}

/** Any run of spacing other than one plain space, or spacing at an end: rarely there, so tested before replacing. */
const IRREGULAR_SPACING = /\s\s|[^\S ]|^\s|\s$/;
function normalise(text: string): string {
  const composed = text.normalize('NFC');
  return IRREGULAR_SPACING.test(composed) ? composed.replace(/\s+/g, ' ').trim() : composed;
}

/** Each weakness's tasks as compared, worked out once per answer (a weakness is in many pairs). */
const comparedTasks = new WeakMap<WeaknessRow, string[]>();
function tasksCompared(weakness: WeaknessRow): string[] {
  let tasks = comparedTasks.get(weakness);
  if (tasks === undefined) {
    tasks = weakness.tasks.map(normalise);
    comparedTasks.set(weakness, tasks);
  }
  return tasks;
}

/** Tasks of the later weakness that repeat one of the earlier's word for word (spacing aside), verbatim. */
export function repeatedTasks(earlier: WeaknessRow, later: WeaknessRow): string[] {
  const before = new Set(tasksCompared(earlier));
  const after = tasksCompared(later);
  return later.tasks.filter((_, i) => before.has(after[i]!));
}

/**
 * Links grouped into chains (connected weaknesses), each chain's weaknesses oldest plan first;
 * longest chains first, then by their first weakness.
 */
export function chainsOf(links: { earlier: WeaknessRow; later: WeaknessRow }[]) {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const up = parent.get(id) ?? id;
    if (up === id) return id;
    const root = find(up);
    parent.set(id, root);
    return root;
  };
  const byId = new Map<string, WeaknessRow>();
  for (const { earlier, later } of links) {
    byId.set(earlier.id, earlier);
    byId.set(later.id, later);
    const [a, b] = [find(earlier.id), find(later.id)];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, WeaknessRow[]>();
  for (const [id, weakness] of byId) groups.set(find(id), [...(groups.get(find(id)) ?? []), weakness]);
  const order = (w: WeaknessRow) => `${w.plan.date ?? ''}|${w.plan.id}|${w.id}`;
  return [...groups.values()]
    .map((weaknesses) => {
      const sorted = weaknesses.sort((x, y) => (order(x) < order(y) ? -1 : 1));
      return { weaknesses: sorted, plans: new Set(sorted.map((w) => w.plan.id)).size };
    })
    .sort((x, y) => y.plans - x.plans || (order(x.weaknesses[0]!) < order(y.weaknesses[0]!) ? -1 : 1));
}
