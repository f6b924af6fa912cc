/** Layout options for a run, from {@link defaults}. */
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import { fcoseQuality } from '../../../shared/network-layout.ts';
import type { NodeType } from '../api/types.ts';
import type { LayoutName } from '../state/view-state.ts';
import { defaults } from './defaults.ts';

/**
 * How a run starts:
 * - 'full': from scratch (fCoSE from random positions, its draft only above `fcoseDraftAbove` nodes);
 * - 'incremental': new nodes arrived next to placed ones; fCoSE keeps current positions as the start and animates;
 * - 'refine': "Refine layout" on request; fCoSE's full force phase from the current positions
 *   (the server's preset or an earlier run), fitted to the view.
 * fCoSE requires quality "proof" when it does not randomize.
 */
export type LayoutRun = 'full' | 'incremental' | 'refine';

export function layoutOptions(name: LayoutName, run: LayoutRun, nodeCount = 0): LayoutOptions {
  if (name === 'fcose') {
    const base = defaults.layouts.fcose;
    if (run === 'full') return { ...base, quality: fcoseQuality(nodeCount) } as unknown as LayoutOptions;
    return {
      ...base,
      randomize: false,
      quality: 'proof',
      animate: true,
      animationDuration: defaults.renderer.animationMs,
      fit: run === 'refine',
    } as unknown as LayoutOptions;
  }
  if (name === 'dagre') return { ...defaults.layouts.dagre };
  return {
    ...defaults.layouts.concentric,
    concentric: (node: NodeSingular) => defaults.concentricRank[node.data('type') as NodeType] ?? 0,
  } as unknown as LayoutOptions;
}

/** The preset layout: every node where it already is (the server's positions), fitted to the view. */
export const presetOptions: LayoutOptions = { name: 'preset', fit: true, padding: defaults.layouts.fcose.padding, animate: false };
