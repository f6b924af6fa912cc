import type { Core } from 'cytoscape';
import type { ExportFormat } from '../components/ExportMenu.tsx';
import { explorerHook } from '../test-hooks.ts';
import { downloadBlob, readSvgScene, toCsv, toJson, toSvg } from './export.ts';
import type { GraphElements, HiddenSets } from './transforms.ts';

/** Offers the visible graph for download: a picture (PNG, SVG) or its data (JSON, CSV). */
export function exportView(cy: Core, elements: GraphElements, hidden: HiddenSets, format: ExportFormat): void {
  const visibleNodes = elements.nodes.filter((node) => !hidden.nodes.has(node.id));
  const visibleEdges = elements.edges.filter((edge) => !hidden.edges.has(edge.id));
  let blob: Blob;
  if (format === 'png') blob = cy.png({ output: 'blob', full: true, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  else if (format === 'svg') {
    const scene = readSvgScene(cy);
    blob = new Blob([toSvg(scene.nodes, scene.edges)], { type: 'image/svg+xml;charset=utf-8' });
  } else if (format === 'json') blob = new Blob([toJson(visibleNodes, visibleEdges)], { type: 'application/json;charset=utf-8' });
  else blob = new Blob([toCsv(visibleNodes, visibleEdges)], { type: 'text/csv;charset=utf-8' });
  const fileName = `accountability-graph.${format}`;
  explorerHook.lastExport = { format, fileName, bytes: blob.size };
  downloadBlob(blob, fileName);
}
