import type { ApiError } from '../api/client.ts';
import { OVERVIEW } from '../api/documents.ts';
import type { AgencyDuties, DutyRole, NodeType } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import type { NodeData } from '../graph/transforms.ts';
import { agencyName, roleName, sectionGloss, t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { groupDuties, ROLE_ORDER } from '../state/group-duties.ts';
import { ListViewHead } from './ListViewHead.tsx';
import { PickList } from './PickList.tsx';

interface DutiesViewProps {
  lang: Lang;
  data: AgencyDuties | null;
  loading: boolean;
  error: ApiError | null;
  localNodes: readonly NodeData[];
  onChooseAgency: (id: string) => void;
  onFocus: (id: string) => void;
  onClear: () => void;
}

const AGENCY_TYPES: readonly NodeType[] = ['Agency'];

/** The Duties tab: everything one agency must do, by section and role, with deadlines. */
export function DutiesView(props: DutiesViewProps) {
  const { lang, data } = props;
  const overview = useApi(OVERVIEW, { limit: 15 });
  const groups = data?.resolved ? groupDuties(data) : [];

  return (
    <section className="list-view duties-view" aria-label={t(lang, 'tabDuties')}>
      <ListViewHead
        lang={lang}
        types={AGENCY_TYPES}
        label="chooseAgency"
        localNodes={props.localNodes}
        onChoose={props.onChooseAgency}
        onClear={data ? props.onClear : null}
      />
      {props.loading && <p className="muted">{t(lang, 'loading')}</p>}
      {props.error && (
        <p className="error-text">
          {props.error.message}
          {props.error.suggestions.length > 0 && ` — ${t(lang, 'candidates')} ${props.error.suggestions.join(', ')}`}
        </p>
      )}
      {!data && !props.loading && !props.error && (
        <div>
          <p className="muted">{t(lang, 'noAgency')}</p>
          {overview.data && (
            <>
              <h3>{t(lang, 'busiestAgencies')}</h3>
              <PickList
                items={overview.data.overview.agencyLoad.map(({ agency, total }) => ({
                  id: agency.id,
                  label: agencyName(agency, lang),
                  count: total,
                }))}
                onChoose={props.onChooseAgency}
              />
            </>
          )}
        </div>
      )}
      {data && !data.resolved && (
        <div>
          <p>{t(lang, 'candidates')}</p>
          <PickList items={data.candidates.map((candidate) => ({ id: candidate.id, label: agencyName(candidate, lang) }))} onChoose={props.onChooseAgency} />
        </div>
      )}
      {data?.resolved && (
        <>
          <h2 className="list-title">
            {data.agencies.map((agency) => (
              <button key={agency.id} type="button" className="link" onClick={() => props.onFocus(agency.id)}>
                {agencyName(agency, lang)}
              </button>
            ))}
          </h2>
          <p className="counts" data-testid="duty-counts">
            {(['leads', 'coordinates', 'assigned', 'involved'] as const).map((role) => (
              <span key={role} className="count-chip">
                {roleName(role.toUpperCase() as DutyRole, lang)}: <b>{data.counts[role]}</b>
              </span>
            ))}
            <span className="count-chip">
              {roleName('VIA', lang)}: <b>{data.counts.viaGroups}</b>
            </span>
          </p>
          {data.collectiveDuties.length < data.counts.viaGroups && (
            // The API pages duties held through groups (a body in every province shares thousands).
            <p className="muted" data-testid="collective-page">
              {t(lang, 'collectiveShown', { shown: data.collectiveDuties.length, total: data.counts.viaGroups })}
            </p>
          )}
          {groups.map((section) => (
            <section key={section.numeral} className="duty-section" data-section={section.numeral}>
              <h3>
                <span className="numeral">{section.numeral}</span> {lang === 'en' ? (sectionGloss(section.title) ?? section.title) : section.title}
              </h3>
              {ROLE_ORDER.filter((role) => section.roles.has(role)).map((role) => (
                <div key={role} className="duty-role">
                  <h4>
                    {roleName(role, lang)} <span className="count">{section.roles.get(role)!.length}</span>
                  </h4>
                  <ul>
                    {section.roles.get(role)!.map((duty) => (
                      <li
                        key={`${duty.role}:${duty.itemId}`}
                        className="duty"
                        data-item-id={duty.itemId}
                        data-weakness-code={duty.weaknessCode}
                        data-role={duty.role}
                      >
                        <button type="button" className="duty-main" onClick={() => props.onFocus(duty.itemId)} title={t(lang, 'showInGraph')}>
                          <span className="code">{duty.weaknessCode}</span>
                          <span className="duty-text">{duty.text}</span>
                        </button>
                        <div className="duty-meta">
                          {duty.deadlineText && (
                            <span className={`deadline${duty.ongoing ? ' ongoing' : ''}`}>
                              {t(lang, 'deadlineLabel')}: {duty.deadlineText}
                            </span>
                          )}
                          {duty.via && (
                            <span className="via">
                              {t(lang, 'viaGroup')}: {agencyName(duty.via, lang)}
                            </span>
                          )}
                          {duty.references.slice(0, 4).map((reference) => (
                            <span key={reference.id} className="ref-chip" title={reference.subject ?? reference.label}>
                              {reference.label}
                            </span>
                          ))}
                        </div>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
