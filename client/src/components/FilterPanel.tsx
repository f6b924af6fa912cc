import { NODE_TYPES, RELATIONSHIP_TYPES } from '../api/types.ts';
import type { NodeType, RelationshipType } from '../api/types.ts';
import { nodeTypeName, relationshipName, sectionGloss, t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { LAYOUTS } from '../state/view-state.ts';
import type { DeadlineFilter, Filters, LayoutName } from '../state/view-state.ts';
import { EdgeSwatch } from './EdgeSwatch.tsx';
import { NodeSwatch } from './NodeSwatch.tsx';

interface FilterPanelProps {
  lang: Lang;
  filters: Filters;
  layout: LayoutName;
  nodeCounts: ReadonlyMap<NodeType, number>;
  edgeCounts: ReadonlyMap<RelationshipType, number>;
  sections: { numeral: string; title: string }[];
  plans: { id: string; label: string; synthetic: boolean }[];
  hiddenNodes: { id: string; label: string }[];
  onFilters: (filters: Filters) => void;
  onUnhide: (id: string | null) => void;
  onLayout: (layout: LayoutName) => void;
  onRelayout: () => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

const LAYOUT_KEYS = { fcose: 'layoutFcose', dagre: 'layoutDagre', concentric: 'layoutConcentric' } as const;

/** The left column: legend with type toggles, content filters, layout choice. */
export function FilterPanel(props: FilterPanelProps) {
  const { lang, filters, onFilters } = props;
  const deadlineOptions: [DeadlineFilter, string][] = [
    ['any', t(lang, 'anyDeadline')],
    ['this-year', t(lang, 'thisYear')],
    ['ongoing', t(lang, 'ongoing')],
  ];
  return (
    <nav className="filter-panel" aria-label={t(lang, 'filters')}>
      <fieldset>
        <legend>{t(lang, 'nodeTypes')}</legend>
        {NODE_TYPES.map((type) => (
          <label key={type} className="check-row">
            <input
              type="checkbox"
              checked={!filters.hiddenTypes.includes(type)}
              onChange={() => onFilters({ ...filters, hiddenTypes: toggle(filters.hiddenTypes, type) })}
            />
            <NodeSwatch type={type} />
            <span className="check-label">{nodeTypeName(type, lang)}</span>
            <span className="count">{props.nodeCounts.get(type) ?? 0}</span>
          </label>
        ))}
        <label className="check-row">
          <input type="checkbox" checked={filters.hideCollective} onChange={() => onFilters({ ...filters, hideCollective: !filters.hideCollective })} />
          <NodeSwatch type="Agency" kind="collective" />
          <span className="check-label">{t(lang, 'hideCollective')}</span>
        </label>
        <div className="legend-row" data-testid="legend-unverified" title={t(lang, 'unverifiedTitle')}>
          <NodeSwatch type="Agency" mark="unverified" />
          <span className="check-label">{t(lang, 'unverifiedAgency')}</span>
        </div>
        <div className="legend-row" data-testid="legend-incomplete" title={t(lang, 'incompleteTitle')}>
          <NodeSwatch type="Weakness" mark="incomplete" />
          <span className="check-label">{t(lang, 'incompleteItem')}</span>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'relationships')}</legend>
        {RELATIONSHIP_TYPES.map((type) => (
          <label key={type} className="check-row">
            <input
              type="checkbox"
              checked={!filters.hiddenRels.includes(type)}
              onChange={() => onFilters({ ...filters, hiddenRels: toggle(filters.hiddenRels, type) })}
            />
            <EdgeSwatch type={type} />
            <span className="check-label">{relationshipName(type, lang)}</span>
            <span className="count">{props.edgeCounts.get(type) ?? 0}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'filters')}</legend>
        <label className="field">
          <span>{t(lang, 'section')}</span>
          <select value={filters.section ?? ''} onChange={(event) => onFilters({ ...filters, section: event.target.value || null })}>
            <option value="">{t(lang, 'allSections')}</option>
            {props.sections.map((section) => (
              <option key={section.numeral} value={section.numeral} title={section.title}>
                {section.numeral}. {lang === 'en' ? (sectionGloss(section.title) ?? section.title) : section.title}
              </option>
            ))}
          </select>
        </label>
        <div className="field" role="radiogroup" aria-label={t(lang, 'deadline')}>
          <span>{t(lang, 'deadline')}</span>
          {deadlineOptions.map(([value, text]) => (
            <label key={value} className="radio-row">
              <input type="radio" name="deadline" checked={filters.deadline === value} onChange={() => onFilters({ ...filters, deadline: value })} />
              {text}
            </label>
          ))}
        </div>
        {props.plans.length > 0 && (
          <label className="field">
            <span>{t(lang, 'plan')}</span>
            <select value={filters.plan ?? ''} onChange={(event) => onFilters({ ...filters, plan: event.target.value || null })}>
              <option value="">{t(lang, 'allPlans')}</option>
              {props.plans.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.synthetic ? `${plan.label} (${t(lang, 'synthetic')})` : plan.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {props.hiddenNodes.length > 0 && (
          <div className="field">
            <span>
              {t(lang, 'hiddenNodes')} ({props.hiddenNodes.length})
            </span>
            <ul className="hidden-list">
              {props.hiddenNodes.map((node) => (
                <li key={node.id}>
                  <button type="button" className="link" onClick={() => props.onUnhide(node.id)} title={node.label}>
                    ↺ {node.label}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="small" onClick={() => props.onUnhide(null)}>
              {t(lang, 'showAll')}
            </button>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'layout')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t(lang, 'layout')}>
          {LAYOUTS.map((name) => (
            <button
              key={name}
              type="button"
              role="radio"
              aria-checked={props.layout === name}
              className={props.layout === name ? 'on' : undefined}
              onClick={() => props.onLayout(name)}
            >
              {t(lang, LAYOUT_KEYS[name])}
            </button>
          ))}
        </div>
        <button type="button" className="small" onClick={props.onRelayout}>
          {t(lang, 'relayout')}
        </button>
      </fieldset>
    </nav>
  );
}
