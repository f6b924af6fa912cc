import type { DutyRole, GraphEdge, GraphNode, NodeType, RelationshipType } from '../generated/resolver-types.ts';

/** Longest label drawn on a node; the full text is in the details panel. */
const LABEL_LENGTH = 80;

/** Maps a node projection from the Cypher files (`n {.id, .name, ..., type}`) to a GraphNode. */
export function toGraphNode(row: Record<string, unknown>): GraphNode {
  const text = (key: string) => (typeof row[key] === 'string' ? row[key] : null);
  // The Cypher files project the node's label as its type; the schema's NodeType enum lists them all.
  const type = text('type') as NodeType;
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
    // Plans and what they own carry the mark (absent before it existed: those are real plans);
    // agencies and documents belong to no plan and carry none.
    synthetic: typeof row.synthetic === 'boolean' ? row.synthetic : type === 'Plan' || text('planId') ? false : null,
    // Stored before these marks existed, agencies were all glossary bodies and texts all whole.
    verified: type === 'Agency' ? row.verified !== false : null,
    complete: type === 'Plan' || type === 'Weakness' ? row.complete !== false : null,
  };
}

export function toGraphEdge(row: Record<string, unknown>): GraphEdge {
  // type(r) in Cypher: the schema's RelationshipType enum lists every relationship type.
  return { id: String(row.id), source: String(row.source), target: String(row.target), type: row.type as RelationshipType };
}

const roles: Record<string, DutyRole> = {
  LEADS: 'LEADS',
  COORDINATES: 'COORDINATES',
  ASSIGNED_TO: 'ASSIGNED',
  INVOLVES: 'INVOLVED',
};

/** The role an agency plays through a relationship of the graph (the Cypher files return relationship types). */
export function roleOfRelationship(relationshipType: string): DutyRole {
  const role = roles[relationshipType];
  if (!role) throw new Error(`no duty role for relationship type ${relationshipType}`);
  return role;
}

/** Weakness, cause and task ids carry their section: "<plan>#III.1.2/task-1" → "III". */
function sectionOfOwnedId(type: NodeType, id: string): string | null {
  if (type !== 'Weakness' && type !== 'Cause' && type !== 'Task') return null;
  const code = id.split('#')[1];
  return code ? (code.split(/[./]/)[0] ?? null) : null;
}

function truncate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1)}…` : flat;
}
