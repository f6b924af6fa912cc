import type { ApiError } from '../api/client.ts';
import type { GraphNode, Paths } from '../api/types.ts';
import { fullLabel } from '../graph/transforms.ts';
import type { NodeData } from '../graph/transforms.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { NodeSwatch } from './NodeSwatch.tsx';
import { SearchBox } from './SearchBox.tsx';

export interface PathDraft {
  from: GraphNode | null;
  to: GraphNode | null;
}

interface PathFinderProps {
  lang: Lang;
  draft: PathDraft;
  localNodes: readonly NodeData[];
  result: Paths | null;
  loading: boolean;
  error: ApiError | null;
  active: boolean;
  onDraft: (draft: PathDraft) => void;
  onFind: (from: string, to: string) => void;
  onClear: () => void;
  onFocus: (id: string) => void;
}

function Endpoint({ lang, node, onClear }: { lang: Lang; node: GraphNode; onClear: () => void }) {
  return (
    <span className="chip">
      <NodeSwatch type={node.type} kind={node.kind} />
      <span className="chip-label" title={fullLabel(node, lang)}>
        {fullLabel(node, lang)}
      </span>
      <button type="button" className="chip-x" aria-label="×" onClick={onClear}>
        ×
      </button>
    </span>
  );
}

/** Shortest accountability paths between two entities, drawn highlighted in the graph. */
export function PathFinder(props: PathFinderProps) {
  const { lang, draft, result } = props;
  const ends = [
    ['from', draft.from],
    ['to', draft.to],
  ] as const;
  return (
    <section className="path-finder" aria-label={t(lang, 'pathFinder')}>
      <h2>{t(lang, 'pathFinder')}</h2>
      {ends.map(([end, node]) => (
        <div className="field" key={end}>
          <span>{t(lang, end)}</span>
          {node ? (
            <Endpoint lang={lang} node={node} onClear={() => props.onDraft({ ...draft, [end]: null })} />
          ) : (
            <SearchBox
              lang={lang}
              label={`${t(lang, 'pathFinder')}: ${t(lang, end)}`}
              placeholder={`${t(lang, end)}…`}
              localNodes={props.localNodes}
              onChoose={(chosen) => props.onDraft({ ...draft, [end]: chosen })}
              className="compact"
            />
          )}
        </div>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="primary small"
          disabled={!draft.from || !draft.to}
          onClick={() => draft.from && draft.to && props.onFind(draft.from.id, draft.to.id)}
        >
          {t(lang, 'findPath')}
        </button>
        {props.active && (
          <button type="button" className="small" onClick={props.onClear}>
            {t(lang, 'clearPath')}
          </button>
        )}
      </div>
      {props.active && props.loading && <p className="muted">{t(lang, 'loading')}</p>}
      {props.active && props.error && <p className="error-text">{props.error.message}</p>}
      {props.active && result && !props.loading && (
        <div className="path-result" aria-live="polite">
          {result.paths.length === 0 ? (
            <p className="muted">{t(lang, 'noPath')}</p>
          ) : (
            <>
              <p className="muted">{t(lang, 'pathsFound', { n: result.paths.length, len: result.paths[0]!.length })}</p>
              <ol className="path-list">
                {result.paths.slice(0, 5).map((path, index) => (
                  <li key={index}>
                    {path.nodes.map((node, i) => (
                      <span key={node.id}>
                        {i > 0 && <span className="path-arrow"> → </span>}
                        <button type="button" className="link" onClick={() => props.onFocus(node.id)}>
                          {fullLabel(node, lang)}
                        </button>
                      </span>
                    ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
