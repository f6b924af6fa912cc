import type { KeyboardEvent } from 'react';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { TABS } from '../state/view-state.ts';
import type { Tab } from '../state/view-state.ts';

const TAB_KEYS = {
  graph: 'tabGraph',
  duties: 'tabDuties',
  citations: 'tabCitations',
  time: 'tabTime',
  compare: 'tabCompare',
  import: 'tabImport',
  query: 'tabQuery',
} as const;

/** Graph / Duties / Citations / Query; arrow keys move between tabs (WAI-ARIA tabs pattern). */
export function Tabs({ lang, tab, onTab }: { lang: Lang; tab: Tab; onTab: (tab: Tab) => void }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    onTab(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  return (
    <div className="tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
      {TABS.map((name) => (
        <button
          key={name}
          id={`tab-${name}`}
          type="button"
          role="tab"
          aria-selected={tab === name}
          tabIndex={tab === name ? 0 : -1}
          className={tab === name ? 'on' : undefined}
          onClick={() => onTab(name)}
        >
          {t(lang, TAB_KEYS[name])}
        </button>
      ))}
    </div>
  );
}
