import { useEffect, useRef } from 'react';
import { NEIGHBORHOOD } from '../api/documents.ts';
import { nodeDetailsDocument } from '../api/node-details.ts';
import { useApi } from '../api/use-api.ts';
import { fullLabel, groupNeighbours } from '../graph/transforms.ts';
import type { NodeData } from '../graph/transforms.ts';
import { nodeTypeName, sectionGloss, t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { NeighbourList } from './NeighbourList.tsx';
import { NodeSwatch } from './NodeSwatch.tsx';
import { PropertyList } from './PropertyList.tsx';

/** Neighbours listed in the panel (the canvas expansion has its own cap). */
const PANEL_NEIGHBOUR_LIMIT = 300;

interface DetailsPanelProps {
  lang: Lang;
  node: NodeData;
  /** Loaded neighbourhood of this node in the view, and whether its cap cut it. */
  expansion: { limit: number; truncated: boolean } | null;
  onClose: () => void;
  onFocus: (id: string) => void;
  onExpand: (id: string) => void;
  onShowMore: (id: string) => void;
  onShowCitations: (id: string) => void;
  onShowDuties: (id: string) => void;
  onFindPaths: (node: NodeData) => void;
  onHide: (id: string) => void;
}

/** The right column: a node's properties, verbatim source, neighbours by relationship, and actions. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { lang, node } = props;
  const details = useApi(nodeDetailsDocument(node.type), { id: node.id });
  const neighbourhood = useApi(NEIGHBORHOOD, { ids: [node.id], depth: 1, limit: PANEL_NEIGHBOUR_LIMIT });
  const record = details.data?.nodes[0] ?? null;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Keyboard users land on the panel heading when a node is focused.
  useEffect(() => {
    if (document.activeElement === document.body) headingRef.current?.focus({ preventScroll: true });
  }, [node.id]);

  const groups = neighbourhood.data ? groupNeighbours(node.id, neighbourhood.data.neighborhood) : [];
  const sourceText = typeof record?.sourceText === 'string' ? record.sourceText : typeof record?.preamble === 'string' ? record.preamble : null;
  const title = fullLabel(node, lang);
  const sectionTitle = node.type === 'Section' && typeof record?.title === 'string' ? record.title : null;

  return (
    <aside className="details-panel" aria-label={title}>
      <header className="panel-header">
        <div className="panel-type">
          <NodeSwatch type={node.type} kind={node.kind} />
          {nodeTypeName(node.type, lang)}
          {node.kind === 'collective' && <span className="badge">{lang === 'en' ? 'group' : 'nhóm'}</span>}
          {node.synthetic && (
            <span className="badge synthetic" title={t(lang, 'syntheticTitle')}>
              {t(lang, 'synthetic')}
            </span>
          )}
          {node.verified === false && (
            <span className="badge unverified" title={t(lang, 'unverifiedTitle')}>
              {t(lang, 'unverified')}
            </span>
          )}
          {node.complete === false && (
            <span className="badge incomplete" title={t(lang, 'incompleteTitle')}>
              {t(lang, 'incomplete')}
            </span>
          )}
        </div>
        <button type="button" className="icon" onClick={props.onClose} aria-label={t(lang, 'close')} title={t(lang, 'close')}>
          ×
        </button>
      </header>
      <h2 ref={headingRef} tabIndex={-1} className="panel-title">
        {title}
      </h2>
      {lang === 'en' && node.type === 'Agency' && node.labelEn && <p className="muted">{node.label}</p>}
      {lang === 'en' && sectionTitle && sectionGloss(sectionTitle) && (
        <p className="muted" lang="vi">
          {node.section}. {sectionTitle}
        </p>
      )}

      <div className="button-row wrap" role="toolbar" aria-label="Actions">
        {!props.expansion && (
          <button type="button" className="primary small" onClick={() => props.onExpand(node.id)}>
            {t(lang, 'expand')}
          </button>
        )}
        {props.expansion?.truncated && (
          <button type="button" className="primary small" onClick={() => props.onShowMore(node.id)}>
            {t(lang, 'showMore')}
          </button>
        )}
        {node.type === 'PolicyReference' && (
          <button type="button" className="small" onClick={() => props.onShowCitations(node.id)}>
            {t(lang, 'showCitations')}
          </button>
        )}
        {node.type === 'Agency' && (
          <button type="button" className="small" onClick={() => props.onShowDuties(node.id)}>
            {t(lang, 'showDuties')}
          </button>
        )}
        <button type="button" className="small" onClick={() => props.onFindPaths(node)}>
          {t(lang, 'findPaths')}
        </button>
        <button type="button" className="small" onClick={() => props.onHide(node.id)}>
          {t(lang, 'hide')}
        </button>
      </div>

      {details.error && <p className="error-text">{details.error.message}</p>}
      {details.loading && !record && <p className="muted">{t(lang, 'loading')}</p>}
      {record && <PropertyList lang={lang} record={record} />}

      {sourceText && (
        <section className="source">
          <h3>{t(lang, 'source')}</h3>
          <blockquote lang="vi">{sourceText}</blockquote>
          {typeof record?.sourceFile === 'string' && (
            <p className="source-ref">
              {record.sourceFile}
              {/* Word and PDF files are located by page and paragraph; text and web pages by their lines. */}
              {typeof record.page === 'number' && `, ${t(lang, 'page')} ${record.page}`}
              {typeof record.paragraph === 'number' && `, ${t(lang, 'paragraph')} ${record.paragraph}`}
              {typeof record.page !== 'number' &&
                typeof record.paragraph !== 'number' &&
                typeof record.lineStart === 'number' &&
                `, ${t(lang, 'lines')} ${record.lineStart}–${typeof record.lineEnd === 'number' ? record.lineEnd : record.lineStart}`}
            </p>
          )}
        </section>
      )}

      <section>
        <h3>{t(lang, 'neighbours')}</h3>
        {neighbourhood.loading && !neighbourhood.data && <p className="muted">{t(lang, 'loading')}</p>}
        {neighbourhood.error && <p className="error-text">{neighbourhood.error.message}</p>}
        {neighbourhood.data?.neighborhood.truncated && <p className="muted">{t(lang, 'truncatedNote')}</p>}
        {groups.map((group) => (
          <NeighbourList key={`${group.direction}:${group.type}`} lang={lang} group={group} onFocus={props.onFocus} />
        ))}
      </section>
    </aside>
  );
}
