import { useState } from 'react';
import type { Ref } from 'react';
import type { GraphNode } from '../api/types.ts';
import type { NodeData } from '../graph/transforms.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { ExportMenu } from './ExportMenu.tsx';
import type { ExportFormat } from './ExportMenu.tsx';
import { SearchBox } from './SearchBox.tsx';

interface HeaderProps {
  lang: Lang;
  searchRef: Ref<HTMLInputElement>;
  localNodes: readonly NodeData[];
  canUndo: boolean;
  canRedo: boolean;
  busy: boolean;
  /** A synthetic plan is among those shown: the header says so on every view. */
  syntheticInView: boolean;
  onChoose: (node: GraphNode) => void;
  onLang: (lang: Lang) => void;
  onUndo: () => void;
  onRedo: () => void;
  onExport: (format: ExportFormat) => void;
  copyLink: () => Promise<void>;
}

/** Title, the search box, language, history and export controls. */
export function Header(props: HeaderProps) {
  const { lang } = props;
  const [copied, setCopied] = useState(false);
  return (
    <header className="app-header">
      <div className="brand">
        <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
          <path d="M8 16L24 8M8 16L24 24" stroke="#94a3b8" strokeWidth="2" />
          <circle cx="8" cy="16" r="6" fill="#3b82f6" />
          <circle cx="24" cy="8" r="5" fill="#ef4444" />
          <circle cx="24" cy="24" r="5" fill="#14b8a6" />
        </svg>
        <h1>{t(lang, 'appTitle')}</h1>
        {props.syntheticInView && (
          <span className="badge synthetic" title={t(lang, 'syntheticTitle')} data-testid="synthetic-in-view">
            {t(lang, 'syntheticInView')}
          </span>
        )}
        {props.busy && <span className="spinner" role="status" aria-label={t(lang, 'loading')} />}
      </div>
      <SearchBox
        lang={lang}
        inputRef={props.searchRef}
        localNodes={props.localNodes}
        onChoose={props.onChoose}
        label={t(lang, 'searchPlaceholder')}
        className="main-search"
      />
      <div className="header-tools">
        <div className="segmented" role="radiogroup" aria-label={t(lang, 'language')}>
          {(['vi', 'en'] as const).map((code) => (
            <button
              key={code}
              type="button"
              role="radio"
              aria-checked={lang === code}
              className={lang === code ? 'on' : undefined}
              onClick={() => props.onLang(code)}
              data-lang={code}
            >
              {code.toUpperCase()}
            </button>
          ))}
        </div>
        <button type="button" className="icon" onClick={props.onUndo} disabled={!props.canUndo} title={t(lang, 'undo')} aria-label={t(lang, 'undo')}>
          ↶
        </button>
        <button type="button" className="icon" onClick={props.onRedo} disabled={!props.canRedo} title={t(lang, 'redo')} aria-label={t(lang, 'redo')}>
          ↷
        </button>
        <ExportMenu lang={lang} onExport={props.onExport} disabled={false} />
        <button
          type="button"
          onClick={() =>
            void props.copyLink().then(() => {
              setCopied(true);
              setTimeout(() => setCopied(false), 1500);
            })
          }
        >
          {copied ? t(lang, 'linkCopied') : t(lang, 'copyLink')}
        </button>
      </div>
    </header>
  );
}
