import type { NodeType } from '../api/types.ts';
import type { NodeData } from '../graph/transforms.ts';
import { t, type Lang, type UiKey } from '../i18n.ts';
import { SearchBox } from './SearchBox.tsx';

interface ListViewHeadProps {
  lang: Lang;
  /** What the list is about: an agency (Duties) or a document (Citations). */
  types: readonly NodeType[];
  /** Label and placeholder of the search. */
  label: UiKey;
  localNodes: readonly NodeData[];
  onChoose: (id: string) => void;
  /** Clears the list; no button while there is nothing to clear. */
  onClear: (() => void) | null;
}

/** The head of a list tab: a search for the one entity the list is about, and a way back to none. */
export function ListViewHead({ lang, types, label, localNodes, onChoose, onClear }: ListViewHeadProps) {
  return (
    <div className="list-view-head">
      <SearchBox lang={lang} types={types} label={t(lang, label)} placeholder={t(lang, label)} localNodes={localNodes} onChoose={(node) => onChoose(node.id)} />
      {onClear && (
        <button type="button" className="small" onClick={onClear}>
          {t(lang, 'clearPath')}
        </button>
      )}
    </div>
  );
}
