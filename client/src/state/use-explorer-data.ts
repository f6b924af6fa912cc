/**
 * The answers the explorer's view asks for — the network, the neighbourhoods it expanded, a path,
 * an agency's duties, a document's citations — and the graph they make together.
 */
import { useMemo } from 'react';
import { AGENCY_DUTIES, CITATIONS, NEIGHBORHOOD, NETWORK, PATHS } from '../api/documents.ts';
import type { Subgraph } from '../api/types.ts';
import { prefetchApi, useApi, useApiMany } from '../api/use-api.ts';
import { syntheticGraph } from '../graph/synthetic.ts';
import { mergeSubgraphs, type SubgraphLike } from '../graph/transforms.ts';
import { testHooksEnabled } from '../test-hooks.ts';
import type { Expansion, ViewState } from './view-state.ts';

/** Longest path searched by the path finder. */
const PATH_MAX_LENGTH = 6;

/** Synthetic graph size from `?synthetic=N` (test builds only; for the render benchmark). */
export const syntheticSize = testHooksEnabled ? Number(new URLSearchParams(location.search).get('synthetic')) || 0 : 0;

/** The network the explorer opens on: all plans, default types and limit. */
const OPENING_NETWORK = {};

/** Sends the opening network's request now (main.ts, before the explorer's code has loaded); useExplorerData picks the answer up. */
export function prefetchOpeningNetwork(): void {
  if (!syntheticSize) prefetchApi(NETWORK, OPENING_NETWORK);
}

const neighbourhoodVariables = (expansion: Expansion) => ({ ids: [expansion.id], depth: 1, limit: expansion.limit });

export function useExplorerData(view: ViewState) {
  const network = useApi(NETWORK, syntheticSize ? null : OPENING_NETWORK);
  const synthetic = useMemo(() => (syntheticSize ? syntheticGraph(syntheticSize) : null), []);
  const expansionVariables = useMemo(() => view.expanded.map(neighbourhoodVariables), [view.expanded]);
  const expansions = useApiMany(NEIGHBORHOOD, expansionVariables);
  const paths = useApi(PATHS, view.path ? { ...view.path, maxLength: PATH_MAX_LENGTH } : null);
  const duties = useApi(AGENCY_DUTIES, view.agency ? { agency: view.agency } : null);
  const citations = useApi(CITATIONS, view.reference ? { reference: view.reference } : null);

  /** The expansions whose neighbourhood has arrived, with it. */
  const loadedExpansions = useMemo(
    () =>
      view.expanded.flatMap((expansion, i): [Expansion, Subgraph][] => {
        const subgraph = expansions.answers[i]?.neighborhood;
        return subgraph ? [[expansion, subgraph]] : [];
      }),
    [view.expanded, expansions.answers],
  );

  const elements = useMemo(() => {
    const base: SubgraphLike | undefined = synthetic ?? network.data?.network;
    // Neighbourhoods wait for the network, so the first render lays out the whole network at once.
    if (!base) return mergeSubgraphs([]);
    const parts: SubgraphLike[] = [base, ...loadedExpansions.map(([, subgraph]) => subgraph)];
    for (const path of paths.data?.paths.paths ?? []) parts.push(path);
    return mergeSubgraphs(parts);
  }, [synthetic, network.data, loadedExpansions, paths.data]);

  /** The server's positions for the network's nodes: the explorer opens on them without running a layout. */
  const preset = useMemo(() => {
    const positions = network.data?.network.positions;
    return positions && !synthetic ? new Map(positions.map(({ id, x, y }) => [id, { x, y }])) : null;
  }, [network.data, synthetic]);

  return { network, expansions, loadedExpansions, paths, duties, citations, elements, preset };
}
