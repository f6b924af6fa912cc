/**
 * "Compare": two plans side by side — weaknesses that continue, that are new, that are no longer
 * listed; responsibilities that moved; documents only one plan cites. The graph beside it
 * highlights what was added and removed.
 */
import { useMemo } from 'react';
import { PLAN_LIST } from '../../api/over-time-documents.ts';
import type { ComparePlansQuery } from '../../api/generated/graphql.ts';
import { useApi } from '../../api/use-api.ts';
import { t, type Lang } from '../../i18n.ts';

type Comparison = ComparePlansQuery['comparePlans'];
type WeaknessRef = Comparison['added'][number];

interface CompareViewProps {
  lang: Lang;
  a: string | null;
  b: string | null;
  data: Comparison | null;
  loading: boolean;
  error: { message: string } | null;
  onChoose: (side: 'a' | 'b', planId: string | null) => void;
  onFocus: (id: string) => void;
}

const agencyNames = (agencies: { name: string; nameEn?: string | null }[], lang: Lang) =>
  agencies.map((agency) => (lang === 'en' && agency.nameEn) || agency.name).join(', ') || '—';

export function CompareView(props: CompareViewProps) {
  const { lang, data } = props;
  const plans = useApi(PLAN_LIST, {});
  const options = useMemo(() => plans.data?.overview.plans ?? [], [plans.data]);

  const weaknessItem = (w: WeaknessRef) => (
    <li key={w.id}>
      <button type="button" className="link" onClick={() => props.onFocus(w.id)}>
        {w.code}
      </button>{' '}
      {w.statement}
    </li>
  );

  return (
    <section className="list-view compare-view" aria-label={t(lang, 'tabCompare')}>
      <div className="list-view-head wrap">
        {(['a', 'b'] as const).map((side) => (
          <label key={side} className="field inline">
            <span>{t(lang, side === 'a' ? 'planA' : 'planB')}</span>
            <select value={props[side] ?? ''} onChange={(event) => props.onChoose(side, event.target.value || null)} data-testid={`compare-${side}`}>
              <option value="">{t(lang, 'choosePlan')}</option>
              {options.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.symbol} — {plan.province} {plan.date}
                  {plan.synthetic ? ` (${t(lang, 'synthetic')})` : ''}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {props.loading && !data && <p className="muted">{t(lang, 'loading')}</p>}
      {props.error && <p className="error-text">{props.error.message}</p>}
      {data && (
        <div data-testid="comparison">
          <p className="muted">{t(lang, data.sameProvince ? 'sameProvinceNote' : 'otherProvinceNote')}</p>
          <p className="counts">
            <span className="count-chip">
              {t(lang, 'recurring')}: {data.recurring.length}
            </span>
            <span className="count-chip added">
              {t(lang, 'added')}: {data.added.length}
            </span>
            <span className="count-chip removed">
              {t(lang, 'removed')}: {data.removed.length}
            </span>
            <span className="count-chip">
              {t(lang, 'moved')}: {data.movedResponsibilities.length}
            </span>
          </p>
          <div className="side-by-side">
            <div>
              <h3>{t(lang, 'removed')}</h3>
              <ul className="compare-list removed">{data.removed.map(weaknessItem)}</ul>
            </div>
            <div>
              <h3>{t(lang, 'added')}</h3>
              <ul className="compare-list added">{data.added.map(weaknessItem)}</ul>
            </div>
          </div>
          <h3>{t(lang, 'moved')}</h3>
          <table className="follow-through">
            <tbody>
              {data.movedResponsibilities.map((move) => (
                <tr key={`${move.a.code}|${move.b.code}|${move.role}`}>
                  <td>
                    {move.a.code} → {move.b.code}
                  </td>
                  <td>{move.role}</td>
                  <td>{agencyNames(move.from, lang)}</td>
                  <td>→ {agencyNames(move.to, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t(lang, 'recurring')}</h3>
          <ul className="compare-list">
            {data.recurring.map((match) => (
              <li key={`${match.a.id}|${match.b.id}`}>
                <button type="button" className="link" onClick={() => props.onFocus(match.a.id)}>
                  {match.a.code}
                </button>{' '}
                →{' '}
                <button type="button" className="link" onClick={() => props.onFocus(match.b.id)}>
                  {match.b.code}
                </button>{' '}
                {match.b.statement} <span className="muted">({match.score.toFixed(2)})</span>
                {match.lead.changed && <span className="badge warn">{t(lang, 'leadChanged')}</span>}
              </li>
            ))}
          </ul>
          <div className="side-by-side">
            <div>
              <h3>{t(lang, 'onlyInA')}</h3>
              <ul className="compare-list">
                {data.documentsOnlyInA.map((doc) => (
                  <li key={doc.id}>{doc.label}</li>
                ))}
              </ul>
            </div>
            <div>
              <h3>{t(lang, 'onlyInB')}</h3>
              <ul className="compare-list">
                {data.documentsOnlyInB.map((doc) => (
                  <li key={doc.id}>{doc.label}</li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
