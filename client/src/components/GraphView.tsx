import type { Core, ElementDefinition, EventObject, Layouts, NodeSingular } from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { defaults } from '../graph/defaults.ts';
import { layoutReady } from '../graph/layout-extensions.ts';
import { layoutOptions, presetOptions, type LayoutRun } from '../graph/layouts.ts';
import { createCy } from '../graph/setup.ts';
import { fittingZoom } from '../graph/viewport.ts';
import { displayLabel, ringMarks } from '../graph/transforms.ts';
import type { GraphElements, HiddenSets, NodeData } from '../graph/transforms.ts';
import type { Lang } from '../i18n.ts';
import type { LayoutName } from '../state/view-state.ts';
import { exposeCy, markLayout } from '../test-hooks.ts';

/** The server's preset positions of the opening network's nodes (Subgraph.positions), by node id. */
export type PresetPositions = ReadonlyMap<string, { x: number; y: number }>;

/** Elements to emphasise; when `edges` is absent, the edges between the given nodes are. */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
}

interface GraphViewProps {
  elements: GraphElements;
  /** Where the opening network's nodes go without running a layout (the force layout draws there); null: lay out here. */
  preset: PresetPositions | null;
  hidden: HiddenSets;
  highlight: Highlight | null;
  focus: string | null;
  lang: Lang;
  layout: LayoutName;
  /** Bumped to refine (force layout) or re-run (the others) the layout on demand. */
  relayoutKey: number;
  /** Where new nodes without a loaded neighbour appear (the node last expanded). */
  anchor: string | null;
  onSelect: (id: string | null) => void;
  onReady: (cy: Core | null) => void;
  onLayoutRunning: (running: boolean) => void;
  /** Mark name of the first complete render (performance.mark). */
  renderMark: string;
}

/** The Cytoscape canvas: keeps the instance in step with the elements, filters, highlight and focus it is given. */
export function GraphView(props: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<Layouts | null>(null);
  /** Counts layout runs asked for: a run waiting for its extension is dropped when a later one was asked. */
  const layoutToken = useRef(0);
  /** The preset the nodes were last placed by (a new data version brings a new one). */
  const appliedPreset = useRef<PresetPositions | null>(null);
  const centreAfterLayout = useRef(false);

  // Cytoscape calls back long after a render: these read the props of the latest one.
  const select = useEffectEvent((id: string | null) => props.onSelect(id));
  const ready = useEffectEvent((cy: Core | null) => props.onReady(cy));

  const centreOnFocus = useEffectEvent((animate: boolean): void => {
    const cy = cyRef.current;
    const id = props.focus;
    if (!cy || !id) return;
    const node = cy.getElementById(id);
    if (node.empty() || node.hasClass('hidden')) return;
    const zoom = Math.max(cy.zoom(), defaults.renderer.focusZoom);
    if (animate) cy.animate({ center: { eles: node }, zoom }, { duration: defaults.renderer.animationMs });
    else {
      cy.zoom(zoom);
      cy.center(node);
    }
  });

  /**
   * Runs a layout over the visible elements: `preset` draws the nodes where they are (the server's
   * positions); the others run the chosen layout, whose extension may have to load first.
   */
  const runLayout = useEffectEvent((run: LayoutRun | 'preset'): void => {
    const cy = cyRef.current;
    if (!cy) return;
    layoutRef.current?.stop();
    layoutRef.current = null;
    const token = ++layoutToken.current;
    if (cy.elements().not('.hidden').empty()) return;
    const { layout, onLayoutRunning, renderMark } = props;
    markLayout(true);
    onLayoutRunning(true);
    const name = run === 'preset' ? null : layout;
    const start = (): void => {
      // A later run or an unmounted view makes this one moot.
      if (token !== layoutToken.current || cyRef.current !== cy) return;
      let visible = cy.elements().not('.hidden');
      cy.nodes().toggleClass('lr', name === 'dagre');
      if (name === 'dagre') {
        const ranked = new Set<string>(defaults.dagreRankedBy);
        visible = visible.nodes().union(visible.edges().filter((edge) => ranked.has(edge.data('type') as string)));
      }
      const running = visible.layout(name ? layoutOptions(name, run as LayoutRun, visible.nodes().length) : presetOptions);
      layoutRef.current = running;
      running.one('layoutstop', () => {
        if (layoutRef.current !== running) return;
        layoutRef.current = null;
        // Done when the canvas shows it, not when the positions are set.
        afterDrawn(cy, () => {
          if (token !== layoutToken.current) return;
          markLayout(false, { mark: renderMark, elements: cy.elements().length });
          onLayoutRunning(false);
          if (centreAfterLayout.current) {
            centreAfterLayout.current = false;
            centreOnFocus(false);
          }
        });
      });
      running.run();
    };
    const stopped = (error: unknown): void => {
      if (token !== layoutToken.current) return;
      console.warn('layout could not run:', error);
      markLayout(false);
      onLayoutRunning(false);
    };
    if (name) layoutReady(name).then(start, stopped);
    else start();
  });

  /** Moves every node the preset places there; true when it placed every visible node. */
  const applyPreset = useEffectEvent((preset: PresetPositions): boolean => {
    const cy = cyRef.current;
    if (!cy) return false;
    let placedAll = true;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const position = preset.get(node.id());
        if (position) node.position(position);
        else if (!node.hasClass('hidden')) placedAll = false;
      });
    });
    return placedAll;
  });

  /** Back to the force layout: the latest preset places the nodes again; false when it cannot place them all. */
  const presetAgain = useEffectEvent((): boolean => {
    const { preset } = props;
    if (!preset || !applyPreset(preset)) return false;
    appliedPreset.current = preset;
    return true;
  });

  const applyHidden = useEffectEvent((): void => {
    const cy = cyRef.current;
    if (!cy) return;
    const { hidden } = props;
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const id = element.id();
        const isHidden = element.group() === 'nodes' ? hidden.nodes.has(id) : hidden.edges.has(id);
        if (isHidden !== element.hasClass('hidden')) element.toggleClass('hidden', isHidden);
      });
    });
  });

  // Created once; it reads later props through the effect events above.
  useEffect(() => {
    const cy = createCy(containerRef.current!);
    cyRef.current = cy;
    exposeCy(cy);
    cy.on('tap', 'node', (event: EventObject) => select((event.target as NodeSingular).id()));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) select(null);
    });
    cy.on('mouseover', 'node', (event: EventObject) => (event.target as NodeSingular).addClass('hover'));
    cy.on('mouseout', 'node', (event: EventObject) => (event.target as NodeSingular).removeClass('hover'));
    ready(cy);
    return () => {
      layoutRef.current?.stop();
      ready(null);
      exposeCy(undefined);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // Elements: add what is new, remove what the view no longer holds, lay out when nodes arrived.
  const syncElements = useEffectEvent((elements: GraphElements, preset: PresetPositions | null): void => {
    const cy = cyRef.current;
    if (!cy) return;
    // A preset not drawn yet (the first network, or a new data version's) places the nodes, in the force layout only.
    const freshPreset = preset !== null && preset !== appliedPreset.current && props.layout === 'fcose' ? preset : null;
    const wanted = new Set<string>();
    for (const node of elements.nodes) wanted.add(node.id);
    for (const edge of elements.edges) wanted.add(edge.id);
    const hadNodes = cy.nodes().length;
    const added: ElementDefinition[] = [];
    let unplaced = 0;
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const anchorNode = props.anchor ? cy.getElementById(props.anchor) : null;
      const centre = anchorNode?.nonempty() ? anchorNode.position() : { x: cy.width() / 2, y: cy.height() / 2 };
      const neighbourOf = new Map<string, string>();
      for (const edge of elements.edges) {
        neighbourOf.set(edge.target, neighbourOf.get(edge.target) ?? edge.source);
        neighbourOf.set(edge.source, neighbourOf.get(edge.source) ?? edge.target);
      }
      for (const node of elements.nodes) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          existing.data(node as unknown as Record<string, unknown>);
          continue;
        }
        const data = { ...node, ...ringMarks(node), display: displayLabel(node, props.lang) };
        const placed = freshPreset?.get(node.id) ?? (props.layout === 'fcose' ? preset?.get(node.id) : undefined);
        if (placed) {
          added.push({ group: 'nodes', data, position: { ...placed } });
          continue;
        }
        unplaced += 1;
        // Start a new node next to a neighbour already placed, so incremental layouts move little.
        const neighbour = cy.getElementById(neighbourOf.get(node.id) ?? '');
        const origin = neighbour.nonempty() ? neighbour.position() : centre;
        const angle = Math.random() * 2 * Math.PI;
        added.push({ group: 'nodes', data, position: { x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) } });
      }
      for (const edge of elements.edges) {
        if (cy.getElementById(edge.id).empty()) added.push({ group: 'edges', data: { ...edge } });
      }
      cy.add(added);
      // Agencies are sized by their duties (degree in the loaded graph).
      cy.nodes('[type = "Agency"]').forEach((node) => {
        node.data('weight', node.degree(false));
      });
    });
    applyHidden();
    if (freshPreset) {
      appliedPreset.current = freshPreset;
      // Nodes already drawn move to the new version's positions too; all placed: no layout runs.
      if (applyPreset(freshPreset) && unplaced === 0) return runLayout('preset');
    }
    if (unplaced > 0) runLayout(hadNodes > 0 ? 'incremental' : 'full');
    else if (added.some((element) => element.group === 'nodes')) runLayout(hadNodes > 0 ? 'incremental' : 'preset');
  });
  const { elements, preset, hidden, lang } = props;
  useEffect(() => syncElements(elements, preset), [elements, preset]);
  useEffect(() => applyHidden(), [hidden]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.data('display', displayLabel(node.data() as NodeData, lang));
      });
    });
  }, [lang]);

  const { highlight, focus } = props;
  const highlightKey = useRef('');
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('hl faded dim ego');
      if (!highlight) highlightKey.current = '';
      if (highlight && highlight.nodes.size > 0) {
        const nodes = cy.nodes().filter((node) => highlight.nodes.has(node.id()));
        const edgeIds = highlight.edges;
        const edges = edgeIds ? cy.edges().filter((edge) => edgeIds.has(edge.id())) : nodes.edgesWith(nodes);
        const lit = nodes.union(edges);
        lit.addClass('hl');
        cy.elements().not(lit).addClass('faded');
        // A new highlight (not a language switch or a re-render) brings its elements into view.
        const key = [...highlight.nodes].sort().join('|');
        if (key !== highlightKey.current && !layoutRef.current && nodes.nonempty()) {
          highlightKey.current = key;
          const zoom = fittingZoom(lit.boundingBox(), cy.width(), cy.height(), 60, defaults.renderer.highlightMaxZoom);
          cy.animate({ zoom, center: { eles: lit } }, { duration: defaults.renderer.animationMs });
        }
        return;
      }
      // With nothing highlighted, the focused node's neighbourhood stands out and is labelled.
      const focused = focus ? cy.getElementById(focus) : null;
      if (focused?.nonempty()) {
        const ego = focused.closedNeighborhood();
        ego.nodes().addClass('ego');
        cy.elements().not(ego).addClass('dim');
      }
    });
  }, [highlight, focus, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (!focus) return;
    const node = cy.getElementById(focus);
    if (node.empty()) return;
    node.select();
    if (layoutRef.current) centreAfterLayout.current = true;
    else centreOnFocus(true);
  }, [focus, elements]);

  const { layout, relayoutKey } = props;
  const previousLayout = useRef(layout);
  const previousRelayout = useRef(relayoutKey);
  useEffect(() => {
    // "Refine layout" runs the force layout from the current positions (the others run again);
    // back to the force layout, the preset positions return without a run.
    const forced = relayoutKey !== previousRelayout.current;
    if (!forced && layout === previousLayout.current) return;
    previousLayout.current = layout;
    previousRelayout.current = relayoutKey;
    if (forced) return runLayout(layout === 'fcose' ? 'refine' : 'full');
    if (layout === 'fcose' && presetAgain()) return runLayout('preset');
    runLayout('full');
  }, [layout, relayoutKey]);

  return <div ref={containerRef} className="graph-canvas" role="img" aria-label="Graph" data-testid="graph" />;
}

/** Calls back once the canvas has drawn what was just laid out (or, if nothing needed drawing, two frames later). */
function afterDrawn(cy: Core, callback: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    callback();
  };
  cy.one('render', once);
  requestAnimationFrame(() => requestAnimationFrame(once));
}
