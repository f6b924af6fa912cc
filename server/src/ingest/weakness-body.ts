/**
 * Reads what a weakness says under its heading, label by label, whatever marks the labels:
 * causes, the lead and coordinating units, who carries out the tasks, the task list itself and the
 * deadline. Labels may come in any order and at any depth under the heading; lines before the
 * first label (a description of the weakness) are not records of their own.
 */
import type { Label, LabelKind } from './labels.ts';
import type { Marker } from './markers.ts';
import type { Item, Para } from './outline-tree.ts';
import type { ParseWarning } from './types.ts';

/** A labelled line with the text after its label ("Nguyên nhân: <inline>"). */
export interface Labelled {
  para: Para;
  /** Text after the label's colon, or null. */
  value: string | null;
}

/** One paragraph of a task list, with where it sits among the others. */
export interface TaskItem {
  para: Para;
  marker: Marker | null;
  /** Text after the marker. */
  body: string;
  /** Ends in ":" — what follows in its own style belongs to it. */
  opener: boolean;
  /** Position of its parent in the task list, or -1. */
  parent: number;
}

/** One task of a table: its cell text and the cells naming who does it. */
export interface TableTask {
  para: Para;
  text: string;
  lead: string | null;
  coordinating: string | null;
}

export interface WeaknessBody {
  /** One entry per cause: the inline text after "Nguyên nhân:" or a bullet (with its continuation paragraphs). */
  causes: Para[][];
  lead: Labelled | null;
  coordinating: Labelled | null;
  /** Text after "b) Nhiệm vụ, giải pháp khắc phục:" naming who carries out the tasks, if any. */
  taskOwner: Labelled | null;
  /** Paragraphs of the task list, in order. */
  tasks: TaskItem[];
  /** Tasks read from a table, each with the cells naming its owners and partners. */
  tableTasks?: TableTask[];
  deadline: Labelled | null;
  /** Label kinds in the order they first appear, for telling a complete weakness from a cut one. */
  labelKinds: LabelKind[];
  /** Lettered labels ("b)."), whose marks the outline compares across the plan. */
  letterLabels: { para: Para; printed: string }[];
  /** The marker of each lead/coordinating line ("-", "+"), compared across the plan. */
  responsibilityMarks: { para: Para; printed: string }[];
}

type State = 'cause' | 'remedy' | 'deadline' | null;

/**
 * Reads a weakness's body.
 * @param indexes the items under the heading, in document order.
 */
export function readWeaknessBody(items: Item[], indexes: number[], heading: Item, code: string, warnings: ParseWarning[]): WeaknessBody {
  const body: WeaknessBody = {
    causes: [],
    lead: null,
    coordinating: null,
    taskOwner: null,
    tasks: [],
    deadline: null,
    labelKinds: [],
    letterLabels: [],
    responsibilityMarks: [],
  };
  const prefix = heading.marker?.kind === 'arabic' ? heading.marker.parts : [];
  let numberedLabels = 0;
  let state: State = null;
  let resumeState: State = null;
  let subpart: 'responsibility' | 'tasks' | null = null;
  let causeDepth = -1;
  let lastCauseMarked = false;
  const taskPosition = new Map<number, number>();

  for (const index of indexes) {
    const item = items[index]!;
    const { para, label, marker } = item;
    if (label && !(state === 'cause' && label.kind === 'cause' && item.depth > causeDepth)) {
      if (!body.labelKinds.includes(label.kind)) body.labelKinds.push(label.kind);
      if (item.parent >= 0 && items[item.parent] === heading && marker?.kind === 'arabic') {
        numberedLabels++;
        const wanted = [...prefix, numberedLabels];
        if (marker.parts.join('.') !== wanted.join('.')) {
          warnings.push({
            kind: 'numbering-repaired',
            line: para.line,
            message: `"${marker.parts.join('.')}." under weakness ${code} is "${wanted.join('.')}." by position`,
          });
        }
      }
      if (marker?.kind === 'letter') body.letterLabels.push({ para, printed: marker.printed });
      const next = applyLabel(body, item, label, warnings);
      if (next === 'keep') continue;
      if (label.kind === 'cause') {
        causeDepth = item.depth;
        lastCauseMarked = false;
      }
      if (label.kind === 'deadline') resumeState = state === 'deadline' ? resumeState : state;
      if (label.kind === 'responsibility' || label.kind === 'tasks') subpart = label.kind;
      else if (label.kind === 'remedy') subpart = null;
      state = next;
      if (label.kind === 'tasks' || label.kind === 'remedy') {
        if (label.value) body.taskOwner = { para, value: label.value };
      }
      continue;
    }
    if (state === 'cause') {
      // A lead-in that only groups the causes below it ("- Nguyên nhân khách quan:") is not one itself.
      if (item.opener && item.children.length > 0) continue;
      const last = body.causes.at(-1);
      // A plain paragraph after a marked one continues it; marked paragraphs each open a new cause.
      if (!marker && last && lastCauseMarked) last.push(para);
      else {
        body.causes.push([para]);
        lastCauseMarked = marker !== null;
      }
    } else if (state === 'deadline') {
      if (body.deadline && !body.deadline.value) body.deadline = { para, value: para.text };
      else if (resumeState === 'remedy') {
        state = 'remedy';
        addTask(body, items, item, index, taskPosition);
      }
    } else if (state === 'remedy') {
      if (subpart === 'responsibility') {
        // Kept as task text rather than dropped: plans without a "b)" heading list tasks right here.
        warnings.push({ kind: 'label-variant', line: para.line, message: 'line under "Trách nhiệm" that names no lead or coordinating units; read as a task' });
      }
      addTask(body, items, item, index, taskPosition);
    }
  }
  return body;
}

/** Applies a label; returns the state that follows, or "keep" when the label leaves the state as it is. */
function applyLabel(body: WeaknessBody, item: Item, label: Label, warnings: ParseWarning[]): State | 'keep' {
  const { para } = item;
  switch (label.kind) {
    case 'cause':
      if (label.value) body.causes.push([{ ...para, text: label.value }]);
      return 'cause';
    case 'lead':
    case 'coordinating': {
      if (item.marker?.kind === 'bullet') body.responsibilityMarks.push({ para, printed: item.marker.printed });
      const previous = body[label.kind === 'lead' ? 'lead' : 'coordinating'];
      const value = label.value;
      body[label.kind === 'lead' ? 'lead' : 'coordinating'] = previous
        ? { para: previous.para, value: [previous.value, value].filter(Boolean).join('; ') || null }
        : { para, value };
      if (label.variant) {
        const text = item.body;
        warnings.push({ kind: 'label-variant', line: para.line, message: `misspelt label "${text.slice(0, text.indexOf(':') < 0 ? 30 : text.indexOf(':'))}"` });
      }
      return 'keep';
    }
    case 'deadline':
      body.deadline = { para, value: label.value };
      return 'deadline';
    case 'output':
    case 'statement':
      return 'keep';
    default:
      return 'remedy';
  }
}

function addTask(body: WeaknessBody, items: Item[], item: Item, index: number, positions: Map<number, number>): void {
  positions.set(index, body.tasks.length);
  let parent = item.parent;
  while (parent >= 0 && !positions.has(parent)) parent = items[parent]!.parent;
  body.tasks.push({ para: item.para, marker: item.marker, body: item.body, opener: item.opener, parent: parent >= 0 ? positions.get(parent)! : -1 });
}
