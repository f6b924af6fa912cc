/**
 * Reads the task list under "b) Nhiệm vụ, giải pháp khắc phục" and decides who owns each task.
 *
 * Ownership is written in several ways: the bullet's own subject ("- Sở X: ...", "- Sở X chủ trì,
 * phối hợp với ... <text>", "- Sở X, UBND các huyện... tiếp tục ..."); a bare "- Sở X" line whose
 * "+ " sub-bullets are that body's tasks; or the "b)" heading itself ("...: Sở X chủ trì, phối hợp
 * với các đơn vị liên quan") for the bullets below it. A task that states no subject is left
 * unassigned rather than guessed.
 */
import type { AgencyRegistry } from './agencies.ts';
import { unique } from './agencies.ts';
import { foldWithMap } from '../../../shared/fold.ts';
import { bulletOf, type Para } from './outline.ts';
import type { ParseWarning } from './types.ts';

export interface TaskDraft {
  /** Source paragraphs of the task: the bullet and any plain paragraphs continuing it. */
  paras: Para[];
  /** Task text without its bullet marker (continuation paragraphs joined by "\n"). */
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
  const ft = foldWithMap(text);
  if (/phoi hp\b/.test(ft.folded)) {
    warnings.push({ kind: 'label-variant', line, message: 'misprint "phối hp" read as "phối hợp"' });
  }
  let ownerOnly = false;
  if (subject.ids.length > 0) {
    const rest = text.slice(subject.end);
    const restFolded = foldWithMap(rest);
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
 * @param paras the paragraphs of the task list, bullets included.
 * @param headingOwner the text after "b) Nhiệm vụ, giải pháp khắc phục:", naming who carries out the bullets.
 */
export function buildTasks(
  paras: Para[],
  headingOwner: { para: Para; value: string | null } | null,
  registry: AgencyRegistry,
  warnings: ParseWarning[],
): TaskDraft[] {
  const head: Owner | null = headingOwner?.value ? readOwner(headingOwner.value, headingOwner.para.line, registry, warnings) : null;
  const tasks: TaskDraft[] = [];
  let parent: Owner | null = null;
  let last: TaskDraft | null = null;
  let lastFromBullet = false;

  const push = (para: Para, text: string, owner: Owner, partners: string[]) => {
    const assignedIds = unique(owner.assigned);
    const involvedIds = unique([...partners, ...owner.partners]).filter((id) => !assignedIds.includes(id));
    last = { paras: [para], text, assignedIds, involvedIds };
    tasks.push(last);
  };

  paras.forEach((para, index) => {
    const bullet = bulletOf(para.text);
    if (bullet?.marker === '+') {
      const own = readOwner(bullet.text, para.line, registry, warnings);
      const context = parent ?? head;
      if (own.assigned.length > 0) push(para, bullet.text, { assigned: own.assigned, partners: [] }, own.partners);
      else push(para, bullet.text, context ?? { assigned: [], partners: [] }, own.partners);
      lastFromBullet = true;
      return;
    }
    if (bullet) {
      const own = readOwner(bullet.text, para.line, registry, warnings);
      parent =
        own.assigned.length > 0
          ? { assigned: own.assigned, partners: own.partners }
          : { assigned: head?.assigned ?? [], partners: unique([...own.partners, ...(head?.partners ?? [])]) };
      const nextIsSubBullet = bulletOf(paras[index + 1]?.text ?? '')?.marker === '+';
      if (own.ownerOnly && nextIsSubBullet) {
        last = null;
        lastFromBullet = false;
        return;
      }
      push(para, bullet.text, parent, []);
      lastFromBullet = true;
      return;
    }
    const previous = last;
    if (previous && lastFromBullet) {
      // The site splits long bullets into paragraphs; a plain paragraph after a bullet continues it.
      previous.paras.push(para);
      previous.text += `\n${para.text}`;
      const more = registry.partnersIn(para.text, para.line, warnings).filter((id) => !previous.assignedIds.includes(id));
      previous.involvedIds = unique([...previous.involvedIds, ...more]);
      return;
    }
    // An introductory paragraph ("Các sở, ban, ngành, ... tập trung triển khai ...") is a task of its own.
    const own = readOwner(para.text, para.line, registry, warnings);
    push(para, para.text, own.assigned.length > 0 ? { assigned: own.assigned, partners: [] } : (head ?? { assigned: [], partners: [] }), own.partners);
    parent = null;
    lastFromBullet = false;
  });
  return tasks;
}
