/**
 * The layout extensions (fCoSE, dagre) load on first use, not with the page: the opening network
 * arrives with the server's preset positions (Subgraph.positions), so the first picture needs
 * neither, and together with their dependencies they are about a fifth of the explorer's code.
 */
import cytoscape from 'cytoscape';
import type { LayoutName } from '../state/view-state.ts';

const loading = new Map<LayoutName, Promise<void>>();

async function load(name: LayoutName): Promise<void> {
  if (name === 'fcose') cytoscape.use((await import('cytoscape-fcose')).default);
  else if (name === 'dagre') cytoscape.use((await import('cytoscape-dagre')).default);
  // concentric (and preset) are built into Cytoscape.
}

/** Resolves once the layout `name` can run; each extension is fetched and registered once. */
export function layoutReady(name: LayoutName): Promise<void> {
  let ready = loading.get(name);
  if (!ready) {
    ready = load(name);
    loading.set(name, ready);
    // A failed fetch (server restarting) may be retried by the next layout run.
    ready.catch(() => loading.delete(name));
  }
  return ready;
}
