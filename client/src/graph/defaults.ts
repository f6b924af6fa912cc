/**
 * Every Cytoscape style and layout option of the explorer, in one place, one comment per option.
 * `styles.ts` turns this into a stylesheet; `layouts.ts` into layout options.
 */
import { fcoseOptions, nodeDiameters } from '../../../shared/network-layout.ts';
import type { NodeType, RelationshipType } from '../api/types.ts';

/** How one node type is drawn (also used by the legend and the SVG export). */
export interface NodeLook {
  /** Fill colour. */
  color: string;
  /** Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'round-triangle' | 'round-pentagon' | 'diamond' | 'star';
  /** Diameter in model units at the default weight. */
  size: number;
  /** Label font size in model units; small types drop their labels first when zoomed out. */
  fontSize: number;
}

/** How one relationship type is drawn. */
export interface EdgeLook {
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** Arrow at the target end; "none" for structural links, where the hierarchy says enough. */
  arrow: 'triangle' | 'vee' | 'none';
}

export const defaults = {
  nodes: {
    // Plans are the roots of the hierarchy: the darkest, biggest mark.
    Plan: { color: '#1e293b', shape: 'star', size: nodeDiameters.Plan, fontSize: 22 },
    // Sections group weaknesses by domain; labelled large so the domains read at first sight.
    Section: { color: '#6d28d9', shape: 'hexagon', size: nodeDiameters.Section, fontSize: 17 },
    // Weaknesses are what the plan remedies: warning red.
    Weakness: { color: '#dc2626', shape: 'round-triangle', size: nodeDiameters.Weakness, fontSize: 12 },
    // Causes are hidden by the default network; orange, between weakness and task.
    Cause: { color: '#ea580c', shape: 'round-pentagon', size: nodeDiameters.Cause, fontSize: 9 },
    // Tasks are the most numerous nodes: small, teal, labels only when zoomed in.
    Task: { color: '#0d9488', shape: 'round-rectangle', size: nodeDiameters.Task, fontSize: 8 },
    // Agencies are who is accountable: blue circles sized by how many duties they hold.
    Agency: { color: '#2563eb', shape: 'ellipse', size: nodeDiameters.Agency, fontSize: 13 },
    // Cited documents: amber diamonds.
    PolicyReference: { color: '#d97706', shape: 'diamond', size: nodeDiameters.PolicyReference, fontSize: 10 },
  } satisfies Record<NodeType, NodeLook>,

  edges: {
    // Responsibility: solid and bold for the lead unit (chủ trì) ...
    LEADS: { color: '#1d4ed8', width: 2.4, lineStyle: 'solid', arrow: 'triangle' },
    // ... dashed for coordinating units (phối hợp).
    COORDINATES: { color: '#60a5fa', width: 1.4, lineStyle: 'dashed', arrow: 'triangle' },
    // Task ownership, drawn from the task to its owner.
    ASSIGNED_TO: { color: '#0f766e', width: 1.8, lineStyle: 'solid', arrow: 'triangle' },
    // Partners named in a task's text.
    INVOLVES: { color: '#2dd4bf', width: 1.2, lineStyle: 'dotted', arrow: 'vee' },
    // Citations of documents.
    CITES: { color: '#f59e0b', width: 1.2, lineStyle: 'dashed', arrow: 'vee' },
    // Issuer of a document or plan.
    ISSUED_BY: { color: '#7c3aed', width: 1.2, lineStyle: 'dotted', arrow: 'vee' },
    // Membership of a collective group.
    MEMBER_OF: { color: '#94a3b8', width: 1, lineStyle: 'dotted', arrow: 'vee' },
    // The same weakness again in a later plan: bold magenta, so a recurring problem stands out.
    RECURS_IN: { color: '#c026d3', width: 3, lineStyle: 'solid', arrow: 'triangle' },
    // Structural links of the plan text: thin grey, no arrow.
    HAS_SECTION: { color: '#cbd5e1', width: 1.6, lineStyle: 'solid', arrow: 'none' },
    HAS_WEAKNESS: { color: '#cbd5e1', width: 1.2, lineStyle: 'solid', arrow: 'none' },
    HAS_CAUSE: { color: '#fdba74', width: 1, lineStyle: 'solid', arrow: 'none' },
    HAS_TASK: { color: '#cbd5e1', width: 1, lineStyle: 'solid', arrow: 'none' },
  } satisfies Record<RelationshipType, EdgeLook>,

  marks: {
    // An agency the glossary does not list, recognised by the form of its name: a dashed ring in
    // a colour no node type uses, so it reads as "check this body" on any agency.
    unverified: '#c026d3',
    // A plan or weakness whose text was cut off: a dotted red ring, "something is missing here".
    incomplete: '#dc2626',
  },

  label: {
    // Longest label drawn on the canvas; the details panel shows the full text.
    maxLength: 42,
    // Labels wrap at this width (model units) instead of running across neighbours.
    maxWidth: 140,
    // Labels whose font size, times the zoom rounded up to a power of two (Cytoscape's texture level),
    // falls under this are not drawn: at zoom ≤ 1 only plans, sections, weaknesses and busy agencies
    // are labelled; zooming in past 1 reveals tasks and documents.
    minZoomedFontSize: 12,
    // A light halo keeps labels readable over edges.
    outlineColor: '#ffffff',
    outlineWidth: 2,
    color: '#0f172a',
  },

  highlight: {
    // Highlighted elements (a path, an agency's duties, a document's citations).
    color: '#f43f5e',
    // Everything else fades to this opacity while something is highlighted.
    fadedOpacity: 0.12,
    // Outside the focused node's neighbourhood (when nothing else is highlighted), a lighter fade.
    dimOpacity: 0.22,
    // Selection ring.
    selectedBorder: '#0ea5e9',
  },

  renderer: {
    // Dropping edges while panning and zooming keeps dense areas responsive.
    hideEdgesOnViewport: true,
    // Redrawing from a cached bitmap during viewport moves costs crispness; edges are hidden instead.
    textureOnViewport: false,
    // Zoom bounds: far enough out for the whole network, in enough to read a task.
    minZoom: 0.03,
    maxZoom: 4,
    // Zoom that focusing a node centres at (when the view is further out): its neighbours' labels show.
    focusZoom: 1.15,
    // Closest zoom that bringing a highlight into view goes to: two highlighted nodes side by side
    // would otherwise fill the screen with their labels on top of each other.
    highlightMaxZoom: 1.5,
    // Duration of focus and incremental layout animations, ms.
    animationMs: 350,
  },

  layouts: {
    // The force layout, shared with the server's preset positions (shared/network-layout.ts has the why of each option).
    fcose: fcoseOptions,
    dagre: {
      name: 'dagre',
      // Left to right: plan → sections and lead agencies → weaknesses → tasks → cited documents,
      // labels to the right of their node (class "lr"), one line each.
      rankDir: 'LR',
      // Space between nodes of one rank, and room for the labels between ranks.
      nodeSep: 6,
      rankSep: 230,
      edgeSep: 4,
      animate: false,
      fit: true,
      padding: 30,
    },
    concentric: {
      name: 'concentric',
      // One ring per node type (see `concentricRank`).
      levelWidth: () => 1,
      minNodeSpacing: 12,
      animate: false,
      fit: true,
      padding: 30,
      avoidOverlap: true,
    },
  },

  /**
   * Relationships the hierarchical layout ranks by; the others (ownership of tasks, membership,
   * issuers) point back up the hierarchy and would fold it. They are still drawn.
   */
  dagreRankedBy: ['HAS_SECTION', 'HAS_WEAKNESS', 'HAS_CAUSE', 'HAS_TASK', 'LEADS', 'COORDINATES', 'CITES'] satisfies RelationshipType[],

  /** Ring of each node type in the concentric layout, outermost lowest. */
  concentricRank: {
    Plan: 7,
    Section: 6,
    Weakness: 5,
    Agency: 4,
    PolicyReference: 3,
    Cause: 2,
    Task: 1,
  } satisfies Record<NodeType, number>,
};
