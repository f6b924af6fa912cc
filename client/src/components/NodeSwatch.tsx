import type { NodeType } from '../api/types.ts';
import { defaults } from '../graph/defaults.ts';

const PATHS: Record<string, string> = {
  ellipse: 'M7 1a6 6 0 1 0 0.01 0Z',
  'round-rectangle': 'M3 2h8a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
  hexagon: 'M1 7l3-5.2h6L13 7l-3 5.2H4Z',
  'round-triangle': 'M7 1.5l6 10.5H1Z',
  'round-pentagon': 'M7 1l6 4.4-2.3 7.1H3.3L1 5.4Z',
  diamond: 'M7 1l6 6-6 6-6-6Z',
  star: 'M7 .8l1.8 4.2 4.5.4-3.4 3 1 4.4L7 10.5l-3.9 2.3 1-4.4-3.4-3 4.5-.4Z',
};

/** A ring drawn round a node: an unverified agency's dashes, an incomplete plan's or weakness's dots. */
export type SwatchMark = keyof typeof defaults.marks;

const DASHES: Record<SwatchMark, string> = { unverified: '3 2', incomplete: '1 1.5' };

/** The legend mark of a node type: its shape and colour as drawn in the graph, with its ring when it has one. */
export function NodeSwatch({ type, kind, mark }: { type: NodeType; kind?: string | null; mark?: SwatchMark }) {
  const look = defaults.nodes[type];
  const collective = type === 'Agency' && kind === 'collective';
  const stroke = mark ? defaults.marks[mark] : collective ? look.color : 'none';
  return (
    <svg className="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path
        d={PATHS[look.shape] ?? PATHS.ellipse}
        fill={collective ? '#dbeafe' : look.color}
        stroke={stroke}
        strokeWidth={mark || collective ? 2 : 0}
        strokeDasharray={mark ? DASHES[mark] : undefined}
      />
    </svg>
  );
}
