/** What the layout worker (layout-worker.js) is given and gives back (structured-clone friendly). */
export interface LayoutInput {
  /** Each node with the diameter the explorer draws it at. */
  nodes: { id: string; size: number }[];
  /** [source id, target id] of each relationship. */
  edges: [string, string][];
  /** fCoSE's options for this run (shared/network-layout.ts). */
  options: Record<string, unknown>;
}

export interface LayoutOutput {
  /** x, y of each input node, in input order (model coordinates, one decimal). */
  positions: Float64Array;
}
