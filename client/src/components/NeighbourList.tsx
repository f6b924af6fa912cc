import { useState } from 'react';
import type { NeighbourGroup } from '../graph/transforms.ts';
import { fullLabel, truncateLabel } from '../graph/transforms.ts';
import { relationshipName, t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { EdgeSwatch } from './EdgeSwatch.tsx';
import { NodeSwatch } from './NodeSwatch.tsx';

/** Items shown before "n more". */
const FIRST_ITEMS = 12;

/** Neighbours over one relationship type in one direction; each is a button that focuses it. */
export function NeighbourList({ lang, group, onFocus }: { lang: Lang; group: NeighbourGroup; onFocus: (id: string) => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? group.nodes : group.nodes.slice(0, FIRST_ITEMS);
  const incoming = group.direction === 'in';
  return (
    <div className="neighbour-group">
      <h4>
        <EdgeSwatch type={group.type} />
        <span>{incoming ? '←' : '→'}</span> {relationshipName(group.type, lang, incoming)}
        <span className="count">{group.nodes.length}</span>
        <span className="direction">{t(lang, incoming ? 'incoming' : 'outgoing')}</span>
      </h4>
      <ul>
        {shown.map((node) => (
          <li key={node.id}>
            <button type="button" className="neighbour" onClick={() => onFocus(node.id)} title={fullLabel(node, lang)}>
              <NodeSwatch type={node.type} kind={node.kind} />
              <span>{truncateLabel(fullLabel(node, lang), 90)}</span>
            </button>
          </li>
        ))}
      </ul>
      {group.nodes.length > FIRST_ITEMS && !all && (
        <button type="button" className="link small" onClick={() => setAll(true)}>
          {t(lang, 'moreItems', { n: group.nodes.length - FIRST_ITEMS })}
        </button>
      )}
    </div>
  );
}
