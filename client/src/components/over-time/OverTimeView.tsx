/**
 * "Over time": one province's plans side by side, or one agency's part in them. A timeline of its
 * recurring weaknesses (one row per weakness, one column per plan, the lead unit in each cell and a
 * mark where it changed), the duties of its plans against their deadlines on a day (with status
 * filters, a chart and CSV export).
 */
import { useMemo } from 'react';
import { FOLLOW_THROUGH, PLAN_LIST, RECURRENCES } from '../../api/over-time-documents.ts';
import { useApi } from '../../api/use-api.ts';
import { downloadBlob } from '../../graph/export.ts';
import { agencyName, t, type Lang } from '../../i18n.ts';
import { DUTY_STATUSES, type DutyStatus } from '../../state/view-state.ts';
import { explorerHook } from '../../test-hooks.ts';
import { followThroughCsv } from './follow-through-csv.ts';
import { STATUS_COLOURS, StatusChart } from './StatusChart.tsx';

interface OverTimeViewProps {
  lang: Lang;
  province: string | null;
  /** The agency followed (id), or null for all of the province's. */
  agency: string | null;
  asOf: string | null;
  statuses: DutyStatus[];
  onProvince: (province: string | null) => void;
  onAgency: (agency: string | null) => void;
  onAsOf: (asOf: string | null) => void;
  onStatuses: (statuses: DutyStatus[]) => void;
  onFocus: (id: string) => void;
}

export function OverTimeView(props: OverTimeViewProps) {
  const { lang, province } = props;
  const plans = useApi(PLAN_LIST, {});
  const provinces = useMemo(() => [...new Set((plans.data?.overview.plans ?? []).map((plan) => plan.province ?? ''))].filter(Boolean).sort(), [plans.data]);
  const recurrences = useApi(RECURRENCES, province ? { province } : null);
  const judged = { asOf: props.asOf, status: props.statuses.length ? props.statuses : null };
  // Every agency's duties: the list, and the agencies to choose from (still asked, from the cache,
  // while one agency is followed, so that the choice stays).
  const everyDuty = useApi(FOLLOW_THROUGH, province ? { province, ...judged } : null);
  const agencyDuties = useApi(FOLLOW_THROUGH, province && props.agency ? { province, agency: props.agency, ...judged } : null);
  const followThrough = props.agency ? agencyDuties : everyDuty;

  const allChains = useMemo(() => recurrences.data?.recurrences.chains ?? [], [recurrences.data]);
  const agencies = useMemo(() => {
    const byId = new Map<string, { id: string; name: string; nameEn?: string | null }>();
    for (const duty of everyDuty.data?.followThrough.duties ?? []) byId.set(duty.agency.id, duty.agency);
    for (const chain of allChains) for (const weakness of chain.weaknesses) for (const lead of weakness.leads) byId.set(lead.id, lead);
    if (props.agency && !byId.has(props.agency)) byId.set(props.agency, { id: props.agency, name: props.agency });
    return [...byId.values()].sort((a, b) => agencyName(a, lang).localeCompare(agencyName(b, lang), lang));
  }, [everyDuty.data, allChains, props.agency, lang]);
  // Followed: the chains in which the agency led the weakness in at least one year.
  const chains = useMemo(
    () => (props.agency ? allChains.filter((chain) => chain.weaknesses.some((w) => w.leads.some((lead) => lead.id === props.agency))) : allChains),
    [allChains, props.agency],
  );
  const links = recurrences.data?.recurrences.links ?? [];
  // Columns: every plan a chain passes through, oldest first.
  const columns = useMemo(
    () =>
      [...new Map(chains.flatMap((chain) => chain.weaknesses.map((w) => [w.plan.id, w.plan] as const))).values()].sort((a, b) =>
        (a.date ?? '') < (b.date ?? '') ? -1 : 1,
      ),
    [chains],
  );
  const changedLead = new Set(links.filter((link) => link.lead.changed).map((link) => link.later.id));
  const repeated = new Map(links.map((link) => [link.later.id, link.repeatedTasks.length]));
  const answer = followThrough.data?.followThrough;

  const exportCsv = (): void => {
    if (!answer) return;
    const blob = new Blob([followThroughCsv(answer.duties)], { type: 'text/csv;charset=utf-8' });
    const followed = props.agency ? `-${props.agency.split('/').at(-1)}` : '';
    const fileName = `follow-through-${province ?? 'all'}${followed}-${answer.asOf}.csv`;
    explorerHook.lastExport = { format: 'csv', fileName, bytes: blob.size };
    downloadBlob(blob, fileName);
  };

  return (
    <section className="list-view over-time-view" aria-label={t(lang, 'tabTime')}>
      <div className="list-view-head">
        <label className="field inline">
          <span>{t(lang, 'province')}</span>
          <select value={province ?? ''} onChange={(event) => props.onProvince(event.target.value || null)} data-testid="province-select">
            <option value="">{t(lang, 'chooseProvince')}</option>
            {provinces.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {province && (
          <label className="field inline">
            <span>{t(lang, 'agency')}</span>
            <select value={props.agency ?? ''} onChange={(event) => props.onAgency(event.target.value || null)} data-testid="time-agency-select">
              <option value="">{t(lang, 'allAgencies')}</option>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agencyName(agency, lang)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field inline">
          <span>{t(lang, 'asOf')}</span>
          <input type="date" value={props.asOf ?? ''} onChange={(event) => props.onAsOf(event.target.value || null)} />
        </label>
      </div>
      {!province && <p className="muted">{t(lang, 'chooseProvince')}</p>}

      {province && (
        <>
          <h3>{t(lang, 'recurring')}</h3>
          {recurrences.error && <p className="error-text">{recurrences.error.message}</p>}
          {props.agency && chains.length > 0 && <p className="muted">{t(lang, 'recurringLedBy')}</p>}
          {recurrences.data && chains.length === 0 && <p className="muted">{t(lang, props.agency ? 'noRecurrencesLedBy' : 'noRecurrences')}</p>}
          {chains.length > 0 && (
            <div className="timeline-scroll">
              <table className="timeline" data-testid="recurrence-timeline">
                <thead>
                  <tr>
                    {columns.map((plan) => (
                      <th key={plan.id}>
                        {plan.symbol}
                        <br />
                        <span className="muted">{plan.date}</span>
                        {plan.synthetic && <span className="badge synthetic">{t(lang, 'synthetic')}</span>}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {chains.map((chain) => (
                    <tr key={chain.weaknesses[0]!.id}>
                      {columns.map((plan) => {
                        const here = chain.weaknesses.filter((w) => w.plan.id === plan.id);
                        return (
                          <td key={plan.id}>
                            {here.map((w) => (
                              <div key={w.id} className="timeline-cell" title={w.statement}>
                                <button type="button" className="link" onClick={() => props.onFocus(w.id)}>
                                  {w.code}
                                </button>{' '}
                                <span className="timeline-statement">{w.statement}</span>
                                <div className="muted small">
                                  {w.leads.map((a) => agencyName(a, lang)).join(', ')}
                                  {changedLead.has(w.id) && <span className="badge warn">{t(lang, 'leadChanged')}</span>}
                                  {(repeated.get(w.id) ?? 0) > 0 && (
                                    <span className="badge" title={t(lang, 'repeatedTasks')}>
                                      ↻ {repeated.get(w.id)}
                                    </span>
                                  )}
                                </div>
                              </div>
                            ))}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h3>{t(lang, 'followThrough')}</h3>
          {followThrough.error && <p className="error-text">{followThrough.error.message}</p>}
          <div className="counts" role="group" aria-label={t(lang, 'status')}>
            {DUTY_STATUSES.map((status) => {
              const on = props.statuses.includes(status);
              const field = { OPEN: 'open', DUE: 'due', OVERDUE: 'overdue', OVERDUE_RECURRING: 'overdueRecurring' } as const;
              return (
                <label key={status} className="count-chip" style={{ borderColor: STATUS_COLOURS[status] }}>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() => props.onStatuses(on ? props.statuses.filter((s) => s !== status) : [...props.statuses, status])}
                  />
                  {t(lang, `status${status}`)} {answer ? answer.totals[field[status]] : ''}
                </label>
              );
            })}
            <button type="button" className="small" onClick={exportCsv} disabled={!answer} data-testid="export-follow-through">
              {t(lang, 'exportCsv')}
            </button>
          </div>
          {answer && <StatusChart lang={lang} bySection={answer.bySection} />}
          {answer && (
            <table className="follow-through" data-testid="follow-through-table">
              <caption className="muted">
                {t(lang, 'dutiesListed', { n: answer.duties.length })} · {t(lang, 'asOf')} {answer.asOf}
              </caption>
              <thead>
                <tr>
                  <th>{t(lang, 'status')}</th>
                  <th>{t(lang, 'plan')}</th>
                  <th>{t(lang, 'section')}</th>
                  <th>{t(lang, 'agency')}</th>
                  <th>{t(lang, 'deadline')}</th>
                  <th>{t(lang, 'recurredIn')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.duties.slice(0, 500).map((duty) => (
                  <tr key={`${duty.itemId}|${duty.role}|${duty.agency.id}`} data-status={duty.status}>
                    <td>
                      <span className="status-dot" style={{ background: STATUS_COLOURS[duty.status] }} />
                      {t(lang, `status${duty.status}`)}
                    </td>
                    <td>
                      {duty.plan.symbol} ({duty.plan.date?.slice(0, 4)})
                    </td>
                    <td>
                      <button type="button" className="link" onClick={() => props.onFocus(duty.weaknessId)} title={duty.text}>
                        {duty.weaknessCode}
                      </button>
                    </td>
                    <td>{agencyName(duty.agency, lang)}</td>
                    <td title={duty.dueBy ?? ''}>{duty.deadlineText}</td>
                    <td>{duty.recurredIn.map((plan) => plan.symbol).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
