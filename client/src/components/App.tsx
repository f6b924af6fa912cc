import type { Core } from 'cytoscape';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { onPendingChange, pendingRequests } from '../api/client.ts';
import { COMPARE_PLANS } from '../api/over-time-documents.ts';
import { useApi } from '../api/use-api.ts';
import type { GraphNode, NodeType, RelationshipType } from '../api/types.ts';
import { exportView } from '../graph/export-view.ts';
import { computeHidden, fullLabel, type NodeData } from '../graph/transforms.ts';
import { t } from '../i18n.ts';
import type { BrowserHistory } from '../state/browser-history.ts';
import { syntheticSize, useExplorerData } from '../state/use-explorer-data.ts';
import { useHealth } from '../state/use-health.ts';
import { useHighlight } from '../state/use-highlight.ts';
import { useKeyboardShortcuts } from '../state/use-keyboard-shortcuts.ts';
import { DEFAULT_EXPAND_LIMIT, MAX_EXPAND_LIMIT, type ViewState } from '../state/view-state.ts';
import { explorerHook } from '../test-hooks.ts';
import { DetailsPanel } from './DetailsPanel.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { GraphOverlay } from './GraphOverlay.tsx';
import { GraphView } from './GraphView.tsx';
import { Header } from './Header.tsx';
import { CompareView } from './over-time/CompareView.tsx';
import { ImportPanel } from './over-time/ImportPanel.tsx';
import { PathFinder, type PathDraft } from './PathFinder.tsx';
import { StatusBanner } from './StatusBanner.tsx';
import { Tabs } from './Tabs.tsx';

// The graph loads first; the other tabs when first opened.
const QueryTab = lazy(() => import('./QueryTab.tsx').then((module) => ({ default: module.QueryTab })));
const DutiesView = lazy(() => import('./DutiesView.tsx').then((module) => ({ default: module.DutiesView })));
const CitationsView = lazy(() => import('./CitationsView.tsx').then((module) => ({ default: module.CitationsView })));
// The Over time view brings its chart library along: loaded when first opened.
const OverTimeView = lazy(() => import('./over-time/OverTimeView.tsx').then((module) => ({ default: module.OverTimeView })));

/** The explorer: view state from the URL history, data from the API, and the layout of the page. */
export function App({ history }: { history: BrowserHistory }) {
  const [view, setView] = useState<ViewState>(() => history.current());
  useEffect(() => history.subscribe(setView), [history]);
  const navigate = useCallback((update: (view: ViewState) => ViewState) => history.push(update(history.current())), [history]);

  const health = useHealth();
  const [pending, setPending] = useState(pendingRequests());
  useEffect(() => onPendingChange(setPending), []);
  const [layingOut, setLayingOut] = useState(false);
  const [relayoutKey, setRelayoutKey] = useState(0);
  const [pathDraft, setPathDraft] = useState<PathDraft>({ from: null, to: null });
  const cyRef = useRef<Core | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const { network, expansions, loadedExpansions, paths, duties, citations, elements, preset } = useExplorerData(view);
  const nodeById = useMemo(() => new Map(elements.nodes.map((node) => [node.id, node])), [elements]);
  const hidden = useMemo(() => computeHidden(elements, view.filters, view.hidden), [elements, view.filters, view.hidden]);
  const highlighted = useHighlight(view, {
    paths: paths.data?.paths ?? null,
    duties: duties.data?.agencyDuties ?? null,
    citations: citations.data?.citations ?? null,
  });
  const comparison = useApi(COMPARE_PLANS, view.compare.a && view.compare.b ? { a: view.compare.a, b: view.compare.b } : null);
  // On the Compare tab, the graph marks what one plan has and the other has not.
  const { highlight, highlightLabel } = useMemo(() => {
    const answer = view.tab === 'compare' ? comparison.data?.comparePlans : null;
    if (!answer) return highlighted;
    const ids = new Set([...answer.added, ...answer.removed].map((w) => w.id));
    return { highlight: { nodes: ids }, highlightLabel: `${t(view.lang, 'tabCompare')}: +${answer.added.length} −${answer.removed.length}` };
  }, [view.tab, view.lang, comparison.data, highlighted]);

  // Actions: each is one step of the history.
  const focusNode = useCallback(
    (id: string) =>
      navigate((current) => {
        const loaded = nodeById.has(id) || current.expanded.some((expansion) => expansion.id === id);
        return {
          ...current,
          focus: id,
          tab: current.tab === 'query' ? 'graph' : current.tab,
          hidden: current.hidden.filter((hiddenId) => hiddenId !== id),
          expanded: loaded ? current.expanded : [...current.expanded, { id, limit: DEFAULT_EXPAND_LIMIT }],
        };
      }),
    [navigate, nodeById],
  );
  const expand = (id: string, limit: number): void =>
    navigate((current) => ({ ...current, focus: id, expanded: [...current.expanded.filter((expansion) => expansion.id !== id), { id, limit }] }));
  const undo = useCallback(() => history.undo(), [history]);
  const redo = useCallback(() => history.redo(), [history]);

  useEffect(() => {
    explorerHook.view = () => history.current();
    explorerHook.undo = undo;
    explorerHook.redo = redo;
  }, [history, undo, redo]);
  useEffect(() => {
    explorerHook.pendingRequests = pending;
  }, [pending]);

  // Esc closes the details panel.
  useKeyboardShortcuts({
    searchRef,
    undo,
    redo,
    escape: () => {
      if (history.current().focus) navigate((current) => ({ ...current, focus: null }));
    },
  });

  // Left column data: counts for the legend, sections and plans for the filters.
  const { nodeCounts, edgeCounts, sections, plans } = useMemo(() => {
    const nodeCounts = new Map<NodeType, number>();
    const edgeCounts = new Map<RelationshipType, number>();
    for (const node of elements.nodes) nodeCounts.set(node.type, (nodeCounts.get(node.type) ?? 0) + 1);
    for (const edge of elements.edges) edgeCounts.set(edge.type, (edgeCounts.get(edge.type) ?? 0) + 1);
    const sectionMap = new Map<string, string>();
    for (const node of elements.nodes) {
      if (node.type === 'Section' && node.section) sectionMap.set(node.section, node.label.replace(/^[IVXLC]+\.\s*/, ''));
    }
    const sections = [...sectionMap].map(([numeral, title]) => ({ numeral, title }));
    const plans = elements.nodes.filter((node) => node.type === 'Plan').map((node) => ({ id: node.id, label: node.label, synthetic: node.synthetic === true }));
    return { nodeCounts, edgeCounts, sections, plans };
  }, [elements]);

  const lang = view.lang;
  const focusNodeData: NodeData | null = view.focus ? (nodeById.get(view.focus) ?? null) : null;
  const focusExpansion = view.focus ? view.expanded.find((expansion) => expansion.id === view.focus) : undefined;
  const focusExpansionAnswer = focusExpansion ? loadedExpansions.find(([expansion]) => expansion.id === focusExpansion.id)?.[1] : undefined;
  const firstError = network.error ?? expansions.errors[0] ?? null;
  const showPanel = view.focus !== null && view.tab !== 'query';

  return (
    <div className={`app lang-${lang}`} lang={lang}>
      <Header
        lang={lang}
        searchRef={searchRef}
        localNodes={elements.nodes}
        canUndo={history.canUndo()}
        canRedo={history.canRedo()}
        busy={pending > 0 || layingOut}
        syntheticInView={plans.some((plan) => plan.synthetic)}
        onChoose={(node: GraphNode) => focusNode(node.id)}
        onLang={(next) => navigate((current) => ({ ...current, lang: next }))}
        onUndo={undo}
        onRedo={redo}
        onExport={(format) => cyRef.current && exportView(cyRef.current, elements, hidden, format)}
        copyLink={async () => {
          try {
            await navigator.clipboard.writeText(history.url());
          } catch {
            window.prompt(t(lang, 'copyLink'), history.url());
          }
        }}
      />
      <StatusBanner lang={lang} status={health.status} onRetry={health.recheck} />
      <div className={`app-body tab-${view.tab}${showPanel ? ' with-panel' : ''}`}>
        {view.tab !== 'query' && (
          <aside className="left-column">
            <FilterPanel
              lang={lang}
              filters={view.filters}
              layout={view.layout}
              nodeCounts={nodeCounts}
              edgeCounts={edgeCounts}
              sections={sections}
              plans={plans}
              hiddenNodes={view.hidden.map((id) => ({ id, label: nodeById.get(id) ? fullLabel(nodeById.get(id)!, lang) : id }))}
              onFilters={(filters) => navigate((current) => ({ ...current, filters }))}
              onUnhide={(id) => navigate((current) => ({ ...current, hidden: id === null ? [] : current.hidden.filter((hiddenId) => hiddenId !== id) }))}
              onLayout={(layout) => navigate((current) => ({ ...current, layout }))}
              onRelayout={() => setRelayoutKey((n) => n + 1)}
            />
            <PathFinder
              lang={lang}
              draft={pathDraft}
              localNodes={elements.nodes}
              result={paths.data?.paths ?? null}
              loading={paths.loading}
              error={paths.error}
              active={view.path !== null}
              onDraft={setPathDraft}
              onFind={(from, to) => navigate((current) => ({ ...current, path: { from, to }, tab: current.tab === 'query' ? 'graph' : current.tab }))}
              onClear={() => navigate((current) => ({ ...current, path: null }))}
              onFocus={focusNode}
            />
          </aside>
        )}
        <main className="workspace">
          <Tabs lang={lang} tab={view.tab} onTab={(tab) => navigate((current) => ({ ...current, tab }))} />
          <div className="workspace-body">
            <Suspense fallback={<p className="muted pad">{t(lang, 'loading')}</p>}>
              {view.tab === 'duties' && (
                <DutiesView
                  lang={lang}
                  data={duties.data?.agencyDuties ?? null}
                  loading={duties.loading}
                  error={duties.error}
                  localNodes={elements.nodes}
                  onChooseAgency={(id) => navigate((current) => ({ ...current, agency: id, path: null }))}
                  onFocus={focusNode}
                  onClear={() => navigate((current) => ({ ...current, agency: null }))}
                />
              )}
              {view.tab === 'time' && (
                <OverTimeView
                  lang={lang}
                  province={view.province}
                  agency={view.timeAgency}
                  asOf={view.asOf}
                  statuses={view.statuses}
                  // Another province's plans have other agencies: the one followed is dropped.
                  onProvince={(province) => navigate((current) => ({ ...current, province, timeAgency: null }))}
                  onAgency={(timeAgency) => navigate((current) => ({ ...current, timeAgency }))}
                  onAsOf={(asOf) => navigate((current) => ({ ...current, asOf }))}
                  onStatuses={(statuses) => navigate((current) => ({ ...current, statuses }))}
                  onFocus={focusNode}
                />
              )}
              {view.tab === 'compare' && (
                <CompareView
                  lang={lang}
                  a={view.compare.a}
                  b={view.compare.b}
                  data={comparison.data?.comparePlans ?? null}
                  loading={comparison.loading}
                  error={comparison.error}
                  onChoose={(side, planId) => navigate((current) => ({ ...current, compare: { ...current.compare, [side]: planId } }))}
                  onFocus={focusNode}
                />
              )}
              {view.tab === 'import' && <ImportPanel lang={lang} onFocus={focusNode} />}
              {view.tab === 'citations' && (
                <CitationsView
                  lang={lang}
                  data={citations.data?.citations ?? null}
                  loading={citations.loading}
                  error={citations.error}
                  localNodes={elements.nodes}
                  onChooseReference={(id) => navigate((current) => ({ ...current, reference: id, path: null }))}
                  onFocus={focusNode}
                  onClear={() => navigate((current) => ({ ...current, reference: null }))}
                />
              )}
            </Suspense>
            <div className="graph-pane" hidden={view.tab === 'query'}>
              <GraphView
                elements={elements}
                preset={preset}
                hidden={hidden}
                highlight={highlight}
                focus={view.focus}
                lang={lang}
                layout={view.layout}
                relayoutKey={relayoutKey}
                anchor={view.expanded.at(-1)?.id ?? null}
                onSelect={(id) => (id ? focusNode(id) : navigate((current) => ({ ...current, focus: null })))}
                onReady={(cy) => {
                  cyRef.current = cy;
                }}
                onLayoutRunning={setLayingOut}
                renderMark={syntheticSize ? 'synthetic-rendered' : 'network-rendered'}
              />
              <GraphOverlay
                lang={lang}
                visibleNodes={elements.nodes.length - hidden.nodes.size}
                visibleEdges={elements.edges.length - hidden.edges.size}
                loading={network.loading || expansions.loading || paths.loading}
                layingOut={layingOut}
                truncatedAt={network.data?.network.truncated ? network.data.network.limit : null}
                highlightLabel={highlightLabel}
                onClearHighlight={() => navigate((current) => ({ ...current, path: null, agency: null, reference: null }))}
                onFit={() => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(':visible'), padding: 30 } }, { duration: 300 })}
                error={firstError && !firstError.isOutage ? firstError.message : null}
              />
            </div>
            {view.tab === 'query' && (
              <Suspense fallback={<p className="muted pad">{t(lang, 'loading')}</p>}>
                <QueryTab />
              </Suspense>
            )}
          </div>
        </main>
        {showPanel &&
          (focusNodeData ? (
            <DetailsPanel
              key={focusNodeData.id}
              lang={lang}
              node={focusNodeData}
              expansion={focusExpansion ? { limit: focusExpansion.limit, truncated: focusExpansionAnswer?.truncated ?? false } : null}
              onClose={() => navigate((current) => ({ ...current, focus: null }))}
              onFocus={focusNode}
              onExpand={(id) => expand(id, DEFAULT_EXPAND_LIMIT)}
              onShowMore={(id) => expand(id, Math.min((focusExpansion?.limit ?? DEFAULT_EXPAND_LIMIT) * 3, MAX_EXPAND_LIMIT))}
              onShowCitations={(id) => navigate((current) => ({ ...current, reference: id, tab: 'citations', path: null }))}
              onShowDuties={(id) => navigate((current) => ({ ...current, agency: id, tab: 'duties', path: null }))}
              onFindPaths={(node) => {
                setPathDraft({ from: node, to: null });
                requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.path-finder input')?.focus());
              }}
              onHide={(id) => navigate((current) => ({ ...current, hidden: [...current.hidden, id], focus: null }))}
            />
          ) : (
            <aside className="details-panel">
              <p className="muted">{expansions.loading || network.loading ? t(lang, 'loading') : view.focus}</p>
            </aside>
          ))}
      </div>
    </div>
  );
}
