import type { ApiError } from '../api/client.ts';
import { OVERVIEW } from '../api/documents.ts';
import type { CitingItem, NodeType, ReferenceCitations, ReferenceRef } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import type { NodeData } from '../graph/transforms.ts';
import { agencyName, nodeTypeName, roleName, t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { NodeSwatch } from './NodeSwatch.tsx';
import { ListViewHead } from './ListViewHead.tsx';
import { PickList } from './PickList.tsx';

interface CitationsViewProps {
  lang: Lang;
  data: ReferenceCitations | null;
  loading: boolean;
  error: ApiError | null;
  localNodes: readonly NodeData[];
  onChooseReference: (id: string) => void;
  onFocus: (id: string) => void;
  onClear: () => void;
}

const ITEM_ORDER: CitingItem['itemType'][] = ['Plan', 'Weakness', 'Cause', 'Task'];
const REFERENCE_TYPES: readonly NodeType[] = ['PolicyReference'];

function referenceTitle(reference: ReferenceRef, lang: Lang): string {
  if (lang === 'en' && reference.docTypeEn && reference.symbol) return `${reference.docTypeEn} ${reference.symbol}`;
  return reference.label;
}

/** The Citations tab: a document, everything citing it, and the documents cited with it. */
export function CitationsView(props: CitationsViewProps) {
  const { lang, data } = props;
  const overview = useApi(OVERVIEW, { limit: 15 });
  const reference = data?.reference ?? null;

  return (
    <section className="list-view citations-view" aria-label={t(lang, 'tabCitations')}>
      <ListViewHead
        lang={lang}
        types={REFERENCE_TYPES}
        label="chooseReference"
        localNodes={props.localNodes}
        onChoose={props.onChooseReference}
        onClear={data ? props.onClear : null}
      />
      {props.loading && <p className="muted">{t(lang, 'loading')}</p>}
      {props.error && <p className="error-text">{props.error.message}</p>}
      {!data && !props.loading && !props.error && (
        <div>
          <p className="muted">{t(lang, 'noReference')}</p>
          {overview.data && (
            <>
              <h3>{t(lang, 'mostCited')}</h3>
              <PickList
                items={overview.data.overview.mostCited.map(({ reference: cited, citations }) => ({
                  id: cited.id,
                  label: referenceTitle(cited, lang),
                  title: cited.subject ?? undefined,
                  count: citations,
                }))}
                onChoose={props.onChooseReference}
              />
            </>
          )}
        </div>
      )}
      {data && !data.resolved && (
        <div>
          <p>{t(lang, 'candidates')}</p>
          <PickList
            items={data.candidates.map((candidate) => ({ id: candidate.id, label: referenceTitle(candidate, lang) }))}
            onChoose={props.onChooseReference}
          />
        </div>
      )}
      {reference && (
        <>
          <h2 className="list-title">
            <button type="button" className="link" onClick={() => props.onFocus(reference.id)}>
              {referenceTitle(reference, lang)}
            </button>
          </h2>
          <p className="muted">{[reference.date, reference.issuer, reference.subject].filter(Boolean).join(' · ')}</p>
          <h3>
            {t(lang, 'citedBy')} <span className="count">{data!.citedBy.length}</span>
          </h3>
          {ITEM_ORDER.map((itemType) => {
            const items = data!.citedBy.filter((item) => item.itemType === itemType);
            if (!items.length) return null;
            return (
              <div key={itemType} className="duty-role">
                <h4>
                  <NodeSwatch type={itemType} /> {nodeTypeName(itemType, lang)} <span className="count">{items.length}</span>
                </h4>
                <ul>
                  {items.map((item) => (
                    <li key={item.itemId} className="duty citing-item" data-item-id={item.itemId} data-item-type={item.itemType}>
                      <button type="button" className="duty-main" onClick={() => props.onFocus(item.itemId)} title={t(lang, 'showInGraph')}>
                        {item.weaknessCode && <span className="code">{item.weaknessCode}</span>}
                        <span className="duty-text">{item.text}</span>
                      </button>
                      <div className="duty-meta">
                        <span className="mention" lang="vi">
                          “{item.mention.text}”{item.mention.line ? ` (${t(lang, 'lines')} ${item.mention.line})` : ''}
                        </span>
                        {item.agencies.slice(0, 6).map(({ agency, role }) => (
                          <span key={`${agency.id}:${role}`} className="agency-chip" title={roleName(role, lang)}>
                            {agencyName(agency, lang)}
                          </span>
                        ))}
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          {data!.coCited.length > 0 && (
            <>
              <h3>{t(lang, 'coCited')}</h3>
              <ul className="pick-list" data-testid="co-cited">
                {data!.coCited.map(({ reference: other, count }) => (
                  <li key={other.id}>
                    <button type="button" className="link" onClick={() => props.onChooseReference(other.id)} title={other.subject ?? undefined}>
                      {referenceTitle(other, lang)}
                    </button>
                    <span className="count">{count}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {data!.conflicts.length > 0 && (
            <>
              <h3>{t(lang, 'conflicts')}</h3>
              <ul className="conflicts">
                {data!.conflicts.map((conflict) => (
                  <li key={conflict.field}>
                    <b>{conflict.field}</b>: {conflict.values.join(' / ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
