import { useEffect, useId, useRef, useState } from 'react';
import type { Ref } from 'react';
import { gql } from '../api/client.ts';
import { SEARCH } from '../api/documents.ts';
import type { GraphNode, NodeType } from '../api/types.ts';
import { fullLabel } from '../graph/transforms.ts';
import type { NodeData } from '../graph/transforms.ts';
import { fold, nodeTypeName, t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { NodeSwatch } from './NodeSwatch.tsx';

interface SearchBoxProps {
  lang: Lang;
  /** Only these node types; every type when absent. */
  types?: NodeType[];
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

function localMatches(text: string, nodes: readonly NodeData[], types: NodeType[] | undefined): Suggestion[] {
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
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const listId = useId();
  const localRef = useRef(localNodes);
  localRef.current = localNodes;
  const typesKey = types?.join(',') ?? '';

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setSuggestions([]);
      setLoading(false);
      return undefined;
    }
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      gql(SEARCH, { text: query, types: types ?? null, limit: MAX_HITS }, controller.signal)
        .then((data) => data.search.map((hit) => ({ node: hit.node, snippet: hit.snippet })))
        .catch(() => {
          if (!controller.signal.aborted) setFailed(true);
          return [] as Suggestion[];
        })
        .then((remote) => {
          if (controller.signal.aborted) return;
          if (remote.length) setFailed(false);
          // Server ranking first; loaded nodes fill in what the index missed.
          const seen = new Set(remote.map((s) => s.node.id));
          const local = localMatches(query, localRef.current, types).filter((s) => !seen.has(s.node.id));
          setSuggestions([...remote, ...local].slice(0, MAX_HITS));
          setActive(0);
          setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [text, typesKey]);

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
