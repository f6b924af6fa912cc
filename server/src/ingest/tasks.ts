/**
 * Reads the task list of a weakness and decides who owns each task.
 *
 * Ownership is written in several ways: the task's own subject ("- Sở X: ...", "- Sở X chủ trì,
 * phối hợp với ... <text>", "- Sở X, UBND các huyện... tiếp tục ...", "Người đứng đầu các ngành
 * ... phải ..."); a line naming only a body ("– Sở Tài nguyên và Môi trường", "Sở Y tế:") whose
 * items below it — nested by glyph, indentation or its colon, or simply following it in the same
 * style — are that body's tasks; or the "b)" heading itself ("...: Sở X chủ trì, phối hợp với các
 * đơn vị liên quan") for the items below it. A task that states no subject takes its owner from
 * the item it sits under; one with no owner anywhere is left unassigned rather than guessed.
 */
import type { AgencyRegistry } from './agencies.ts';
import { unique } from './agencies.ts';
import { foldCached } from './fold-cache.ts';
import type { ParseWarning } from './types.ts';
import type { Labelled, TableTask, TaskItem } from './weakness-body.ts';
import type { Para } from './outline-tree.ts';

export interface TaskDraft {
  /** Source paragraphs of the task: the item and any plain paragraphs continuing it. */
  paras: Para[];
  /** Task text without its marker (continuation paragraphs joined by "\n"). */
  text: string;
  assignedIds: string[];
  involvedIds: string[];
}

interface Owner {
  assigned: string[];
  partners: string[];
}

interface OwnerReading extends Owner {
  /** True when the text is nothing but an owner ("Sở Y tế chủ trì, phối hợp với các ngành, đơn vị liên quan"). */
  ownerOnly: boolean;
}

/** Folded words that may follow an owner without making the line a task of its own. */
const OWNER_TAIL = /^[\s,:.]*(?:theo chuc nang,? nhiem vu(?: duoc giao)?,?\s*)?(?:chu tri,?\s*)?(?:(?:phoi h(?:o)?p|dau moi)(?: chat che)?(?: voi)?\s+)?/;

function readOwner(text: string, line: number, registry: AgencyRegistry, warnings: ParseWarning[]): OwnerReading {
  const subject = registry.subjectOf(text, line, warnings);
  const partners = registry.partnersIn(text, line, warnings);
  const ft = foldCached(text);
  if (/phoi hp\b/.test(ft.folded)) {
    warnings.push({ kind: 'label-variant', line, message: 'misprint "phối hp" read as "phối hợp"' });
  }
  let ownerOnly = false;
  if (subject.ids.length > 0) {
    const rest = text.slice(subject.end);
    const restFolded = foldCached(rest);
    const tail = OWNER_TAIL.exec(restFolded.folded)![0].length;
    if (tail >= restFolded.folded.length) ownerOnly = true;
    else {
      const list = registry.matcher.leadingList(rest, restFolded.map[tail]);
      ownerOnly = list.matches.length > 0 && /^[\s.:;,]*$/.test(rest.slice(list.end));
    }
  }
  return { assigned: subject.ids, partners, ownerOnly };
}

/**
 * Builds the tasks of one weakness.
 * @param items the paragraphs of the task list, with their nesting.
 * @param headingOwner the text after "b) Nhiệm vụ, giải pháp khắc phục:", naming who carries out the items.
 */
export function buildTasks(items: TaskItem[], headingOwner: Labelled | null, registry: AgencyRegistry, warnings: ParseWarning[]): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  let head: Owner | null = null;
  if (headingOwner?.value) {
    const reading = readOwner(headingOwner.value, headingOwner.para.line, registry, warnings);
    head = { assigned: reading.assigned, partners: reading.partners };
    // "Giải pháp khắc phục: Tăng cường …" states a task, not an owner.
    if (!reading.ownerOnly && !/:\s*$/.test(headingOwner.value)) {
      tasks.push({ paras: [headingOwner.para], text: headingOwner.value, assignedIds: unique(reading.assigned), involvedIds: [] });
      tasks.at(-1)!.involvedIds = unique(reading.partners).filter((id) => !reading.assigned.includes(id));
    }
  }

  const readings = items.map((item) => readOwner(item.body, item.para.line, registry, warnings));
  const parents = effectiveParents(items, readings);
  const isHeader = items.map((_, i) => readings[i]!.ownerOnly && parents.some((p) => p === i));
  const contexts: Owner[] = [];
  let last: TaskDraft | null = null;
  let lastFromMarked = false;

  items.forEach((item, i) => {
    const own = readings[i]!;
    if (!item.marker && last && lastFromMarked && own.assigned.length === 0) {
      // A plain paragraph after an item continues it, unless it has a subject of its own.
      const previous: TaskDraft = last;
      previous.paras.push(item.para);
      previous.text += `\n${item.para.text}`;
      previous.involvedIds = unique([...previous.involvedIds, ...own.partners.filter((id) => !previous.assignedIds.includes(id))]);
      contexts[i] = contexts[i - 1] ?? { assigned: previous.assignedIds, partners: previous.involvedIds };
      return;
    }
    const parent = parents[i]!;
    const inherited = parent >= 0 ? contexts[parent]! : (head ?? { assigned: [], partners: [] });
    const context: Owner =
      own.assigned.length > 0
        ? { assigned: own.assigned, partners: own.partners }
        : { assigned: inherited.assigned, partners: unique([...own.partners, ...inherited.partners]) };
    contexts[i] = context;
    if (isHeader[i]) {
      last = null;
      lastFromMarked = false;
      return;
    }
    const assignedIds = unique(context.assigned);
    last = {
      paras: [item.para],
      text: item.marker ? item.body : item.para.text,
      assignedIds,
      involvedIds: unique(context.partners).filter((id) => !assignedIds.includes(id)),
    };
    tasks.push(last);
    lastFromMarked = item.marker !== null;
  });
  return tasks;
}

/**
 * Each item's parent within the list. Nesting by shape comes from the outline; on top of it, a
 * line that names only an owner and has nothing nested under it heads the items that follow it in
 * its own style ("- Sở Y tế" then "- Tham mưu …"), up to the next such line or a higher level.
 */
function effectiveParents(items: TaskItem[], readings: OwnerReading[]): number[] {
  const parents = items.map((item) => item.parent);
  // A lead-in ending in ":" holds the items of its own style below it only until one names its own
  // subject ("- Sở Y tế:" / "- Tham mưu …" / "- UBND các huyện tiếp tục …"): that item and those
  // after it are the lead-in's siblings again, as they would be under another glyph.
  const closed = new Set<number>();
  items.forEach((item, i) => {
    const p = parents[i]!;
    const lead = p >= 0 ? items[p]! : null;
    if (!lead?.opener || !item.marker || lead.marker?.style !== item.marker.style) return;
    if (readings[i]!.assigned.length > 0) closed.add(p);
    if (closed.has(p)) parents[i] = lead.parent;
  });
  const hasChildren = new Set(parents.filter((p) => p >= 0));
  let header = -1;
  items.forEach((item, i) => {
    const style = item.marker?.style ?? null;
    if (readings[i]!.ownerOnly && !hasChildren.has(i) && items[i + 1] && !readings[i + 1]!.ownerOnly) {
      header = i;
      return;
    }
    if (header < 0) return;
    const headerItem = items[header]!;
    const sameLevel = parents[i] === headerItem.parent && (style === (headerItem.marker?.style ?? null) || headerItem.marker === null);
    if (sameLevel && !readings[i]!.ownerOnly) parents[i] = header;
    else if (parents[i] === headerItem.parent) header = -1;
  });
  return parents;
}

/**
 * Builds the tasks of one weakness read from a table: each row's "chủ trì" cell names its owners
 * and its "phối hợp" cell its partners. A row without owners takes the subject of its own text, or
 * else the weakness's lead units (the row above it names them).
 */
export function buildTableTasks(rows: TableTask[], weaknessLead: string[], registry: AgencyRegistry, warnings: ParseWarning[]): TaskDraft[] {
  return rows.map((row) => {
    const own = readOwner(row.text, row.para.line, registry, warnings);
    const listed = row.lead ? registry.resolveList(row.lead, row.para.line, warnings) : [];
    const assigned = unique(listed.length > 0 ? listed : own.assigned.length > 0 ? own.assigned : weaknessLead);
    const partners = row.coordinating ? registry.resolveList(row.coordinating, row.para.line, warnings) : [];
    return {
      paras: [row.para],
      text: row.text,
      assignedIds: assigned,
      involvedIds: unique([...partners, ...own.partners]).filter((id) => !assigned.includes(id)),
    };
  });
}
