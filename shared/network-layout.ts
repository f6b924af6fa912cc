/**
 * The force layout of the network, as both its users run it: the server computes the opening
 * network's positions once per data version (Cytoscape headless, server/src/api/network-layout/),
 * and the explorer runs the same layout when asked to refine or re-run it. One set of options and
 * node sizes, so a preset picture and a browser-run one look alike. Browser-safe; plain data only.
 */

/** Node diameters (model units) by node type, at the default weight: the explorer's stylesheet and the headless layout use these. */
export const nodeDiameters = {
  Plan: 46,
  Section: 34,
  Weakness: 24,
  Cause: 16,
  Task: 14,
  Agency: 26,
  PolicyReference: 20,
} as const;

/**
 * Agencies grow with the duties they hold (their degree in the loaded graph): `fromDuties` duties
 * or fewer draw at `fromSize`, `toDuties` or more at `toSize`, linearly in between (Cytoscape's mapData).
 */
export const agencyDiameterByDuties = { fromDuties: 1, toDuties: 60, fromSize: 20, toSize: 64 } as const;

/** The diameter a node of `type` with `degree` relationships is drawn at. */
export function nodeDiameter(type: string, degree: number): number {
  if (type === 'Agency') {
    const { fromDuties, toDuties, fromSize, toSize } = agencyDiameterByDuties;
    const share = Math.min(Math.max((degree - fromDuties) / (toDuties - fromDuties), 0), 1);
    return fromSize + share * (toSize - fromSize);
  }
  return (nodeDiameters as Record<string, number>)[type] ?? nodeDiameters.Task;
}

/** fCoSE's options for a full run from random positions. */
export const fcoseOptions = {
  name: 'fcose',
  // 'default' refines the spectral draft; 'proof' is used for runs that start from current positions (fCoSE requires it without randomize).
  quality: 'default',
  // Start from random positions on a full run.
  randomize: true,
  // Not animated: faster, and the first picture is what the benchmark measures.
  animate: false,
  // Fit the result to the viewport, leaving this margin.
  fit: true,
  padding: 30,
  // Labels are long and would make fCoSE spread the graph too far; size by node only.
  nodeDimensionsIncludeLabels: false,
  // Ideal edge length and repulsion tuned for the seed network (~350 nodes, hubs of degree 60+):
  // spread enough that the fitted view labels the hubs and leaves the rest to zooming in.
  idealEdgeLength: 110,
  nodeRepulsion: 25000,
  nodeSeparation: 75,
  edgeElasticity: 0.45,
  // Disconnected pieces (unreferenced agencies) are packed around the main component.
  packComponents: true,
  // Leaves of one parent (tasks of a weakness) are tiled instead of sprawling.
  tile: true,
  numIter: 2500,
} as const;

/**
 * Above this many nodes a full run stops after fCoSE's spectral draft (quality "draft"): the force
 * phase grows quadratically (measured in Node on the 100× opening network, 3,000 nodes: draft 3.3 s,
 * default 19.6 s; in the browser it froze the page for 20 s and more at 2,000 nodes). Refining on
 * request runs the force phase from the draft's positions.
 */
export const fcoseDraftAbove = 1500;

/** The quality of a full run over `nodeCount` nodes. */
export function fcoseQuality(nodeCount: number): 'draft' | 'default' {
  return nodeCount > fcoseDraftAbove ? 'draft' : fcoseOptions.quality;
}
