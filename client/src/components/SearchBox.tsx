import { useId, useMemo, useState } from 'react';
import type { Ref } from 'react';
import { SEARCH } from '../api/documents.ts';
import { useApi } from '../api/use-api.ts';
import type { GraphNode, NodeType } from '../api/types.ts';
import { fullLabel } from '../graph/transforms.ts';
import type { NodeData } from '../graph/transforms.ts';
import { fold, nodeTypeName, t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { useDebouncedValue } from '../state/use-debounced-value.ts';
import { NodeSwatch } from './NodeSwatch.tsx';

interface SearchBoxProps {
  lang: Lang;
  /** Only these node types; every type when absent. */
  types?: readonly NodeType[];
  placeholder?: string;
  /** Nodes already loaded: matched locally too (by English label as well), so they are found even offline. */
  localNodes?: readonly NodeData[];
  onChoose: (node: GraphNode) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Accessible name of the input. */
  label: string;
  className?: string;
}

/** Debounce of the search query while typing, ms. */
const DEBOUNCE_MS = 200;
const MAX_HITS = 12;

interface Suggestion {
  node: GraphNode;
  snippet: string;
}

function localMatches(text: string, nodes: readonly NodeData[], types: readonly NodeType[] | undefined): Suggestion[] {
  const words = fold(text).split(' ').filter(Boolean);
  if (!words.length) return [];
  const hits: Suggestion[] = [];
  for (const node of nodes) {
    if (types && !types.includes(node.type)) continue;
    const haystack = fold(`${node.label} ${node.labelEn ?? ''}`);
    if (words.every((word) => haystack.includes(word))) hits.push({ node, snippet: '' });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}

/** A combobox searching the graph as you type (diacritics and case do not matter), keyboard-driven. */
export function SearchBox({ lang, types, placeholder, localNodes = [], onChoose, inputRef, label, className }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const searching = query.length >= 2;
  const remote = useApi(SEARCH, searching ? { text: query, types: types ? [...types] : null, limit: MAX_HITS } : null);

  const suggestions = useMemo((): Suggestion[] => {
    if (!searching) return [];
    const hits = (remote.data?.search ?? []).map((hit) => ({ node: hit.node, snippet: hit.snippet }));
    // Server ranking first; loaded nodes fill in what the index missed (and answer when the API is down).
    const seen = new Set(hits.map((s) => s.node.id));
    const local = localMatches(query, localNodes, types).filter((s) => !seen.has(s.node.id));
    return [...hits, ...local].slice(0, MAX_HITS);
  }, [searching, query, remote.data, localNodes, types]);
  const loading = text.trim() !== query || remote.loading;
  const failed = remote.error !== null;

  const choose = (suggestion: Suggestion | undefined): void => {
    if (!suggestion) return;
    onChoose(suggestion.node);
    setOpen(false);
    setText('');
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape') {
      if (open && text) {
        // Close the list only; the panel stays open.
        event.stopPropagation();
        event.nativeEvent.stopImmediatePropagation();
        setOpen(false);
      } else {
        event.currentTarget.blur();
      }
    }
  };

  const showList = open && text.trim().length >= 2;
  return (
    <div className={`search-box ${className ?? ''}`}>
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && suggestions[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? t(lang, 'searchPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label={label}>
          {loading && !suggestions.length && <li className="search-status">{t(lang, 'searching')}</li>}
          {!loading && !suggestions.length && <li className="search-status">{failed ? t(lang, 'apiDown') : t(lang, 'noResults')}</li>}
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.node.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
              onMouseEnter={() => setActive(index)}
              data-node-id={suggestion.node.id}
            >
              <NodeSwatch type={suggestion.node.type} kind={suggestion.node.kind} />
              <span className="search-hit">
                <span className="search-hit-label">{fullLabel(suggestion.node, lang)}</span>
                <span className="search-hit-meta">
                  {nodeTypeName(suggestion.node.type, lang)}
                  {lang === 'vi' && suggestion.node.labelEn && suggestion.node.type === 'Agency' ? ` · ${suggestion.node.labelEn}` : ''}
                  {lang === 'en' && suggestion.node.type === 'Agency' && suggestion.node.labelEn ? ` · ${suggestion.node.label}` : ''}
                </span>
                {suggestion.snippet && <span className="search-hit-snippet">{suggestion.snippet}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
