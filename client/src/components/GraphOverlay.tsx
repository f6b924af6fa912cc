import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';

interface GraphOverlayProps {
  lang: Lang;
  visibleNodes: number;
  visibleEdges: number;
  loading: boolean;
  layingOut: boolean;
  truncatedAt: number | null;
  highlightLabel: string | null;
  onClearHighlight: () => void;
  onFit: () => void;
  error: string | null;
}

/** Status over the canvas: counts, loading and layout state, what is highlighted. */
export function GraphOverlay(props: GraphOverlayProps) {
  const { lang } = props;
  return (
    <>
      <div className="graph-status" aria-live="polite">
        <span>{t(lang, 'nodesShown', { n: props.visibleNodes, e: props.visibleEdges })}</span>
        {props.truncatedAt !== null && <span className="warn"> · {t(lang, 'networkTruncated', { n: props.truncatedAt })}</span>}
        <button type="button" className="small" onClick={props.onFit}>
          {t(lang, 'fit')}
        </button>
      </div>
      {props.highlightLabel && (
        <div className="graph-highlight" role="status">
          <span className="hl-dot" />
          {props.highlightLabel}
          <button type="button" className="chip-x" onClick={props.onClearHighlight} aria-label={t(lang, 'clearPath')}>
            ×
          </button>
        </div>
      )}
      {(props.loading || props.layingOut) && (
        <div className="graph-loading" role="status">
          <span className="spinner" /> {props.layingOut && !props.loading ? t(lang, 'layingOut') : t(lang, 'loading')}
        </div>
      )}
      {props.error && (
        <div className="graph-error" role="alert">
          {t(lang, 'error')}: {props.error}
        </div>
      )}
    </>
  );
}
