/**
 * Export of the current view: data as JSON and CSV, drawing as SVG. The serializers are pure
 * (plain records in, text out); `readSvgScene` reads the records from a Cytoscape instance.
 *
 * The SVG is written here rather than with the cytoscape-svg package: that package replaces the
 * canvas renderer's private drawing functions (drawElements, getCachedZSortedEles, usePaths), which
 * ties it to the internals of the Cytoscape version it was written for.
 */
import type { Core } from 'cytoscape';
import type { EdgeData, NodeData } from './transforms.ts';

const CSV_COLUMNS = ['record', 'id', 'type', 'label', 'label_en', 'source', 'target', 'kind', 'plan_id', 'section', 'deadline_years', 'ongoing'] as const;

/**
 * One CSV field: quoted when it holds a comma, quote, line break or edge spaces; quotes doubled
 * (RFC 4180). Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe, as OWASP advises against CSV
 * injection: a plan's text is data, and a cell such as "=HYPERLINK(…)" must stay text.
 */
export function csvField(value: string | number | boolean | readonly number[] | null | undefined): string {
  if (value === null || value === undefined) return '';
  const raw = Array.isArray(value) ? value.join(' ') : String(value);
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Nodes and edges as one CSV table (a `record` column says which), CRLF line ends, with a
 * UTF-8 byte order mark so spreadsheet programs read Vietnamese text correctly.
 */
export function toCsv(nodes: readonly NodeData[], edges: readonly EdgeData[]): string {
  const rows: Parameters<typeof csvField>[0][][] = [[...CSV_COLUMNS]];
  for (const node of nodes) {
    rows.push(['node', node.id, node.type, node.label, node.labelEn, '', '', node.kind, node.planId, node.section, node.deadlineYears, node.ongoing]);
  }
  for (const edge of edges) rows.push(['edge', edge.id, edge.type, '', '', edge.source, edge.target, '', '', '', '', '']);
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Nodes and edges as JSON, without the fields the explorer derives for display. */
export function toJson(nodes: readonly NodeData[], edges: readonly EdgeData[]): string {
  const plainNodes = nodes.map(({ display: _display, planYear: _planYear, ...node }) => node);
  return JSON.stringify({ nodes: plainNodes, edges }, null, 2);
}

/** A node as the SVG serializer draws it (model coordinates). */
export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  label: string;
  fontSize: number;
  labelColor: string;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  lineStyle: string;
  arrow: boolean;
  opacity: number;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Unit polygons (radius 1) for the shapes the stylesheet uses. */
function polygon(sides: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return [Math.cos(angle), Math.sin(angle)];
  });
}

const SHAPES: Record<string, [number, number][]> = {
  triangle: polygon(3, -Math.PI / 2),
  'round-triangle': polygon(3, -Math.PI / 2),
  diamond: polygon(4, -Math.PI / 2),
  'round-pentagon': polygon(5, -Math.PI / 2),
  pentagon: polygon(5, -Math.PI / 2),
  hexagon: polygon(6, 0),
  star: Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (Math.PI * i) / 5;
    const r = i % 2 === 0 ? 1 : 0.45;
    return [r * Math.cos(angle), r * Math.sin(angle)] as [number, number];
  }),
};

const f = (n: number): string => (Math.round(n * 10) / 10).toString();

function nodeShape(node: SvgNode): string {
  const paint = `fill="${escapeXml(node.fill)}" stroke="${escapeXml(node.stroke)}" stroke-width="${f(node.strokeWidth)}"${node.opacity < 1 ? ` opacity="${f(node.opacity)}"` : ''}`;
  const rx = node.width / 2;
  const ry = node.height / 2;
  const points = SHAPES[node.shape];
  if (points) {
    const list = points.map(([px, py]) => `${f(node.x + px * rx)},${f(node.y + py * ry)}`).join(' ');
    return `<polygon points="${list}" ${paint}/>`;
  }
  if (node.shape.includes('rectangle')) {
    const corner = node.shape.startsWith('round') ? Math.min(rx, ry) * 0.4 : 0;
    return `<rect x="${f(node.x - rx)}" y="${f(node.y - ry)}" width="${f(node.width)}" height="${f(node.height)}" rx="${f(corner)}" ${paint}/>`;
  }
  return `<ellipse cx="${f(node.x)}" cy="${f(node.y)}" rx="${f(rx)}" ry="${f(ry)}" ${paint}/>`;
}

function edgeLine(edge: SvgEdge): string {
  const dash =
    edge.lineStyle === 'dashed'
      ? ` stroke-dasharray="${f(edge.width * 4)} ${f(edge.width * 3)}"`
      : edge.lineStyle === 'dotted'
        ? ` stroke-dasharray="${f(edge.width)} ${f(edge.width * 2)}"`
        : '';
  const opacity = edge.opacity < 1 ? ` opacity="${f(edge.opacity)}"` : '';
  let svg = `<line x1="${f(edge.x1)}" y1="${f(edge.y1)}" x2="${f(edge.x2)}" y2="${f(edge.y2)}" stroke="${escapeXml(edge.color)}" stroke-width="${f(edge.width)}"${dash}${opacity}/>`;
  if (edge.arrow) {
    const angle = Math.atan2(edge.y2 - edge.y1, edge.x2 - edge.x1);
    const size = 4 + edge.width * 2;
    const left = [edge.x2 - size * Math.cos(angle - 0.4), edge.y2 - size * Math.sin(angle - 0.4)] as const;
    const right = [edge.x2 - size * Math.cos(angle + 0.4), edge.y2 - size * Math.sin(angle + 0.4)] as const;
    svg += `<polygon points="${f(edge.x2)},${f(edge.y2)} ${f(left[0])},${f(left[1])} ${f(right[0])},${f(right[1])}" fill="${escapeXml(edge.color)}"${opacity}/>`;
  }
  return svg;
}

/** A standalone SVG document of nodes and edges, sized to their bounding box plus a margin. */
export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], margin = 40): string {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, node.x - node.width / 2);
    maxX = Math.max(maxX, node.x + node.width / 2);
    minY = Math.min(minY, node.y - node.height / 2);
    maxY = Math.max(maxY, node.y + node.height / 2 + node.fontSize * 2.5);
  }
  if (!nodes.length) [minX, minY, maxX, maxY] = [0, 0, 0, 0];
  const x0 = minX - margin;
  const y0 = minY - margin;
  const width = maxX - minX + 2 * margin;
  const height = maxY - minY + 2 * margin;
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(x0)} ${f(y0)} ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" font-family="Inter, Segoe UI, Roboto, Arial, sans-serif">`,
    `<rect x="${f(x0)}" y="${f(y0)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
    `<g class="edges">`,
    ...edges.map(edgeLine),
    `</g>`,
    `<g class="nodes">`,
    ...nodes.map(nodeShape),
    `</g>`,
    `<g class="labels" text-anchor="middle" stroke="#ffffff" stroke-width="2" paint-order="stroke">`,
    ...nodes
      .filter((node) => node.label)
      .map(
        (node) =>
          `<text x="${f(node.x)}" y="${f(node.y + node.height / 2 + node.fontSize + 2)}" font-size="${f(node.fontSize)}" fill="${escapeXml(node.labelColor)}"${node.opacity < 1 ? ` opacity="${f(node.opacity)}"` : ''}>${escapeXml(node.label)}</text>`,
      ),
    `</g>`,
    `</svg>`,
  ];
  return parts.join('\n');
}

/** A computed style as a number (Cytoscape's typings give styles as `any`: "2px", 0.5, …). */
const px = (value: unknown): number => (typeof value === 'number' ? value : parseFloat(String(value)) || 0);

/** Reads the visible elements of a Cytoscape instance as SVG records, with their computed styles. */
export function readSvgScene(cy: Core): { nodes: SvgNode[]; edges: SvgEdge[] } {
  const nodes: SvgNode[] = cy.nodes(':visible').map((node) => {
    const position = node.position();
    return {
      x: position.x,
      y: position.y,
      width: node.width(),
      height: node.height(),
      shape: String(node.style('shape')),
      fill: String(node.style('background-color')),
      stroke: String(node.style('border-color')),
      strokeWidth: px(node.style('border-width')),
      opacity: px(node.style('opacity')),
      label: String(node.data('display') ?? ''),
      fontSize: px(node.style('font-size')),
      labelColor: String(node.style('color')),
    };
  });
  const edges: SvgEdge[] = cy.edges(':visible').map((edge) => {
    const source = edge.sourceEndpoint();
    const target = edge.targetEndpoint();
    return {
      x1: source.x,
      y1: source.y,
      x2: target.x,
      y2: target.y,
      color: String(edge.style('line-color')),
      width: px(edge.style('width')),
      lineStyle: String(edge.style('line-style')),
      arrow: String(edge.style('target-arrow-shape')) !== 'none',
      opacity: px(edge.style('opacity')),
    };
  });
  return { nodes, edges };
}

/** Offers a blob as a download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
