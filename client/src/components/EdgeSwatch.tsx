import type { RelationshipType } from '../api/types.ts';
import { defaults } from '../graph/defaults.ts';

/** The legend mark of a relationship type: its colour, line style and arrow as drawn in the graph. */
export function EdgeSwatch({ type }: { type: RelationshipType }) {
  const look = defaults.edges[type];
  const dash = look.lineStyle === 'dashed' ? '4 3' : look.lineStyle === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg className="swatch swatch-edge" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      <line x1="1" y1="6" x2={look.arrow === 'none' ? 27 : 21} y2="6" stroke={look.color} strokeWidth={Math.max(look.width, 1.5)} strokeDasharray={dash} />
      {look.arrow !== 'none' && <path d="M20 2l7 4-7 4Z" fill={look.color} />}
    </svg>
  );
}
