/**
 * Polls `GET /health` and says whether the API and its database are up. Polls faster while
 * something is down, and immediately when a request fails with an outage; on each recovery, and
 * when the data version moves (plans imported or removed, by anyone), every answer shown is
 * fetched again.
 */
import { useEffect, useRef, useState } from 'react';
import { fetchHealth, onOutage } from '../api/client.ts';
import { refetchEverything } from '../api/use-api.ts';

export type ServiceStatus = 'unknown' | 'ok' | 'api-down' | 'db-down' | 'no-data';

/** Poll period while all is well, and while something is down, ms. */
const POLL_OK_MS = 15_000;
const POLL_DOWN_MS = 3_000;

export function useHealth(): { status: ServiceStatus; recheck: () => void } {
  const [status, setStatus] = useState<ServiceStatus>('unknown');
  const statusRef = useRef<ServiceStatus>('unknown');
  const dataVersionRef = useRef<number | null>(null);
  const [trigger, setTrigger] = useState(0);

  useEffect(() => onOutage(() => setTrigger((n) => n + 1)), []);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async (): Promise<void> => {
      let next: ServiceStatus;
      let dataVersion: number | null = null;
      try {
        const health = await fetchHealth(AbortSignal.timeout(8_000));
        dataVersion = health.dataVersion ?? null;
        if (health.status === 'unavailable' || health.databaseReachable === false) next = 'db-down';
        else if (!health.dataLoaded) next = 'no-data';
        else next = 'ok';
      } catch {
        next = 'api-down';
      }
      if (!live) return;
      const previous = statusRef.current;
      statusRef.current = next;
      setStatus(next);
      const previousVersion = dataVersionRef.current;
      if (dataVersion !== null) dataVersionRef.current = dataVersion;
      if (next === 'ok' && previous !== 'ok' && previous !== 'unknown') {
        // Cached answers (and failures) predate the outage: fetch everything again.
        void refetchEverything();
      } else if (dataVersion !== null && previousVersion !== null && dataVersion !== previousVersion) {
        // Plans were imported or removed since the answers shown were fetched.
        void refetchEverything();
      }
      timer = setTimeout(() => void check(), next === 'ok' ? POLL_OK_MS : POLL_DOWN_MS);
    };
    void check();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [trigger]);

  return { status, recheck: () => setTrigger((n) => n + 1) };
}
