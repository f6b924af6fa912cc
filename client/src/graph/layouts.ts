/** Layout options for a run, from {@link defaults}. */
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { NodeType } from '../api/types.ts';
import type { LayoutName } from '../state/view-state.ts';
import { defaults } from './defaults.ts';

/**
 * Options of a full run (`incremental` false) or of a run after new nodes arrived: fCoSE then
 * keeps current positions as the start (it requires quality "proof" without randomize) and animates.
 * Full fCoSE runs on more than `fcoseDraftAbove` nodes stop at the draft unless `fullQuality`.
 */
export function layoutOptions(name: LayoutName, incremental: boolean, nodeCount = 0, fullQuality = false): LayoutOptions {
  if (name === 'fcose') {
    const base = defaults.layouts.fcose;
    if (incremental) {
      return {
        ...base,
        randomize: false,
        quality: 'proof',
        animate: true,
        animationDuration: defaults.renderer.animationMs,
        fit: false,
      } as unknown as LayoutOptions;
    }
    const draft = !fullQuality && nodeCount > defaults.layouts.fcoseDraftAbove;
    return { ...base, quality: draft ? 'draft' : base.quality } as unknown as LayoutOptions;
  }
  if (name === 'dagre') return { ...defaults.layouts.dagre };
  return {
    ...defaults.layouts.concentric,
    concentric: (node: NodeSingular) => defaults.concentricRank[node.data('type') as NodeType] ?? 0,
  } as unknown as LayoutOptions;
}
