import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';

export type ExportFormat = 'png' | 'svg' | 'json' | 'csv';

const FORMATS: [ExportFormat, string][] = [
  ['png', 'PNG'],
  ['svg', 'SVG'],
  ['json', 'JSON'],
  ['csv', 'CSV'],
];

/** A small menu offering the current view as an image (PNG, SVG) or as data (JSON, CSV). */
export function ExportMenu({ lang, onExport, disabled }: { lang: Lang; onExport: (format: ExportFormat) => void; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="menu" ref={rootRef}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} disabled={disabled} onClick={() => setOpen((o) => !o)} data-testid="export-button">
        {t(lang, 'export')} ▾
      </button>
      {open && (
        <ul
          role="menu"
          className="menu-list"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setOpen(false);
            }
          }}
        >
          {FORMATS.map(([format, name]) => (
            <li key={format} role="none">
              <button
                type="button"
                role="menuitem"
                data-format={format}
                autoFocus={format === 'png'}
                onClick={() => {
                  setOpen(false);
                  onExport(format);
                }}
              >
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
