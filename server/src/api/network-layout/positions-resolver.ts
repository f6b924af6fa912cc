import type { SubgraphResolvers } from '../generated/resolver-types.ts';
import { openingNetworks, type NetworkLayouts } from './network-layouts.ts';

/**
 * Subgraph.positions: the opening network's preset layout (computed once per network, see
 * network-layouts.ts); null for other subgraphs. A layout that fails is logged and answered with
 * null: the explorer then lays the network out itself, as it did before presets.
 */
export function subgraphResolvers(layouts: NetworkLayouts): SubgraphResolvers {
  return {
    positions: async (subgraph) => {
      if (!openingNetworks.has(subgraph)) return null;
      try {
        return await layouts.positions(subgraph);
      } catch (error) {
        console.error(`[accountability-graph] network layout failed: ${(error as Error).message}`);
        return null;
      }
    },
  };
}
