/** Layout options for a run, from {@link defaults}. */
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { NodeType } from '../api/types.ts';
import type { LayoutName } from '../state/view-state.ts';
import { defaults } from './defaults.ts';

/**
 * Options of a full run (`incremental` false) or of a run after new nodes arrived: fCoSE then
 * keeps current positions as the start (it requires quality "proof" without randomize) and animates.
 */
export function layoutOptions(name: LayoutName, incremental: boolean): LayoutOptions {
  if (name === 'fcose') {
    const base = defaults.layouts.fcose;
    return (
      incremental
        ? { ...base, randomize: false, quality: 'proof', animate: true, animationDuration: defaults.renderer.animationMs, fit: false }
        : { ...base }
    ) as unknown as LayoutOptions;
  }
  if (name === 'dagre') return { ...defaults.layouts.dagre } as unknown as LayoutOptions;
  return {
    ...defaults.layouts.concentric,
    concentric: (node: NodeSingular) => defaults.concentricRank[node.data('type') as NodeType] ?? 0,
  } as unknown as LayoutOptions;
}
