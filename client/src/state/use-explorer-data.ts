/**
 * The answers the explorer's view asks for — the network, the neighbourhoods it expanded, a path,
 * an agency's duties, a document's citations — and the graph they make together.
 */
import { useMemo } from 'react';
import { AGENCY_DUTIES, CITATIONS, NEIGHBORHOOD, NETWORK, PATHS } from '../api/documents.ts';
import type { Subgraph } from '../api/types.ts';
import { useApi, useApiMany } from '../api/use-api.ts';
import { syntheticGraph } from '../graph/synthetic.ts';
import { mergeSubgraphs, type SubgraphLike } from '../graph/transforms.ts';
import { testHooksEnabled } from '../test-hooks.ts';
import type { Expansion, ViewState } from './view-state.ts';

/** Longest path searched by the path finder. */
const PATH_MAX_LENGTH = 6;

/** Synthetic graph size from `?synthetic=N` (test builds only; for the render benchmark). */
export const syntheticSize = testHooksEnabled ? Number(new URLSearchParams(location.search).get('synthetic')) || 0 : 0;

const neighbourhoodVariables = (expansion: Expansion) => ({ ids: [expansion.id], depth: 1, limit: expansion.limit });

export function useExplorerData(view: ViewState) {
  const network = useApi(NETWORK, syntheticSize ? null : {});
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
    const base = synthetic ?? network.data?.network;
    // Neighbourhoods wait for the network, so the first render lays out the whole network at once.
    if (!base) return mergeSubgraphs([]);
    const parts: SubgraphLike[] = [base, ...loadedExpansions.map(([, subgraph]) => subgraph)];
    for (const path of paths.data?.paths.paths ?? []) parts.push(path);
    return mergeSubgraphs(parts);
  }, [synthetic, network.data, loadedExpansions, paths.data]);

  return { network, expansions, loadedExpansions, paths, duties, citations, elements };
}
