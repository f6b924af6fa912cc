import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import type { ServiceStatus } from '../state/use-health.ts';

/** A plain message while the API or the database is down or empty, and a short note when it is back. */
export function StatusBanner({ lang, status, onRetry }: { lang: Lang; status: ServiceStatus; onRetry: () => void }) {
  const previous = useRef<ServiceStatus>(status);
  const [recovered, setRecovered] = useState(false);
  useEffect(() => {
    if (status === 'ok' && previous.current !== 'ok' && previous.current !== 'unknown') {
      setRecovered(true);
      const timer = setTimeout(() => setRecovered(false), 4000);
      previous.current = status;
      return () => clearTimeout(timer);
    }
    previous.current = status;
    return undefined;
  }, [status]);

  if (status === 'ok' || status === 'unknown') {
    return recovered ? (
      <div className="banner banner-ok" role="status">
        {t(lang, 'recovered')}
      </div>
    ) : null;
  }
  const message = status === 'api-down' ? t(lang, 'apiDown') : status === 'db-down' ? t(lang, 'dbDown') : t(lang, 'noData');
  return (
    <div className={`banner ${status === 'no-data' ? 'banner-warn' : 'banner-error'}`} role="alert" data-status={status}>
      <span>{message}</span>
      <button type="button" className="small" onClick={onRetry}>
        {t(lang, 'retry')}
      </button>
    </div>
  );
}
