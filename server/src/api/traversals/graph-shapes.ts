import type { GraphEdge, GraphNode } from '../answer-types.ts';

/** Longest label drawn on a node; the full text is in the details panel. */
const LABEL_LENGTH = 80;

/** Maps a node projection from the Cypher files (`n {.id, .name, ..., type}`) to a GraphNode. */
export function toGraphNode(row: Record<string, unknown>): GraphNode {
  const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string) : null);
  const type = text('type') ?? 'Entity';
  const label = (() => {
    switch (type) {
      case 'Plan':
        return text('symbol');
      case 'Section':
        return `${text('numeral')}. ${text('title')}`;
      case 'Weakness':
        return `${text('code')} ${text('statement')}`;
      case 'Agency':
        return text('name');
      case 'PolicyReference':
        return text('label') ?? text('symbol') ?? text('name');
      default:
        return text('text');
    }
  })();
  const labelEn =
    type === 'Agency'
      ? text('nameEn')
      : type === 'PolicyReference' && text('docTypeEn')
        ? `${text('docTypeEn')} ${text('symbol') ?? text('name') ?? ''}`.trim()
        : null;
  const id = text('id') ?? '';
  return {
    id,
    type,
    label: truncate(label ?? id),
    labelEn: labelEn ? truncate(labelEn) : null,
    kind: text('kind'),
    planId: text('planId') ?? (type === 'Plan' ? id : null),
    section: type === 'Section' ? text('numeral') : sectionOfOwnedId(type, id),
    deadlineYears: Array.isArray(row.deadlineYears) ? (row.deadlineYears as number[]) : null,
    ongoing: typeof row.ongoing === 'boolean' ? row.ongoing : null,
  };
}

export function toGraphEdge(row: Record<string, unknown>): GraphEdge {
  return { id: String(row.id), source: String(row.source), target: String(row.target), type: String(row.type) };
}

/** Weakness, cause and task ids carry their section: "<plan>#III.1.2/task-1" → "III". */
function sectionOfOwnedId(type: string, id: string): string | null {
  if (type !== 'Weakness' && type !== 'Cause' && type !== 'Task') return null;
  const code = id.split('#')[1];
  return code ? (code.split(/[./]/)[0] ?? null) : null;
}

function truncate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1)}…` : flat;
}
