/** Creates the Cytoscape instance with the explorer's stylesheet and renderer options (layout extensions: layout-extensions.ts). */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { defaults } from './defaults.ts';
import { buildStylesheet } from './styles.ts';

export function createCy(container: HTMLElement): Core {
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
