/** Creates the Cytoscape instance with the explorer's stylesheet, renderer options and layout extensions. */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { defaults } from './defaults.ts';
import { buildStylesheet } from './styles.ts';

let registered = false;

export function createCy(container: HTMLElement): Core {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(dagre);
    registered = true;
  }
  return cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: defaults.renderer.minZoom,
    maxZoom: defaults.renderer.maxZoom,
    hideEdgesOnViewport: defaults.renderer.hideEdgesOnViewport,
    textureOnViewport: defaults.renderer.textureOnViewport,
    selectionType: 'single',
    boxSelectionEnabled: false,
  });
}
