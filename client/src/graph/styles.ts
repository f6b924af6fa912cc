/** The Cytoscape stylesheet, built from {@link defaults}. */
import type { StylesheetJson } from 'cytoscape';
import type { NodeType, RelationshipType } from '../api/types.ts';
import { agencyDiameterByDuties } from '../../../shared/network-layout.ts';
import { defaults } from './defaults.ts';

export function buildStylesheet(): StylesheetJson {
  const { label, highlight } = defaults;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        color: label.color,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': `${label.maxWidth}px`,
        'text-outline-color': label.outlineColor,
        'text-outline-width': label.outlineWidth,
        'min-zoomed-font-size': label.minZoomedFontSize,
        'border-width': 1,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': 0.8,
        // Edges stay behind nodes in the dense overview.
        opacity: 0.6,
      },
    },
  ];
  for (const [type, look] of Object.entries(defaults.nodes) as [NodeType, (typeof defaults.nodes)[NodeType]][]) {
    sheet.push({
      selector: `node[type = "${type}"]`,
      style: {
        'background-color': look.color,
        shape: look.shape,
        width: look.size,
        height: look.size,
        'font-size': look.fontSize,
      },
    });
  }
  // Agencies grow with the number of duties they hold (degree, set after each load).
  const { fromDuties, toDuties, fromSize, toSize } = agencyDiameterByDuties;
  const diameter = `mapData(weight, ${fromDuties}, ${toDuties}, ${fromSize}, ${toSize})`;
  sheet.push({
    selector: 'node[type = "Agency"][weight]',
    style: { width: diameter, height: diameter, 'font-size': `mapData(weight, ${fromDuties}, ${toDuties}, 11, 20)` },
  });
  // A collective group ("UBND các huyện, ...") is a ring, not a body.
  sheet.push({
    selector: 'node[type = "Agency"][kind = "collective"]',
    style: { 'background-color': '#dbeafe', 'border-color': defaults.nodes.Agency.color, 'border-width': 3, 'border-style': 'double' },
  });
  // A synthetic plan's star wears a dashed amber ring (its label also says "synthetic").
  sheet.push({
    selector: 'node[type = "Plan"][?synthetic]',
    style: { 'border-color': '#f59e0b', 'border-width': 4, 'border-style': 'dashed' },
  });
  // An agency recognised by the form of its name only, not in the glossary, wears a dashed ring
  // (flags set by ringMarks in transforms.ts).
  sheet.push({
    selector: 'node[?unverified]',
    style: { 'border-color': defaults.marks.unverified, 'border-width': 3, 'border-style': 'dashed' },
  });
  // A plan or weakness whose text was cut off wears a dotted red ring.
  sheet.push({
    selector: 'node[?incomplete]',
    style: { 'border-color': defaults.marks.incomplete, 'border-width': 3, 'border-style': 'dotted' },
  });
  for (const [type, look] of Object.entries(defaults.edges) as [RelationshipType, (typeof defaults.edges)[RelationshipType]][]) {
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': look.color,
        'target-arrow-color': look.color,
        'target-arrow-shape': look.arrow,
        'line-style': look.lineStyle,
        width: look.width,
      },
    });
  }
  sheet.push(
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: highlight.fadedOpacity, 'text-opacity': 0 } },
    { selector: 'node.dim', style: { opacity: highlight.dimOpacity, 'text-opacity': 0 } },
    { selector: 'edge.dim', style: { opacity: highlight.dimOpacity / 3 } },
    { selector: 'node.ego', style: { 'min-zoomed-font-size': 0, 'z-index': 15 } },
    {
      selector: 'node.hl',
      style: { 'border-color': highlight.color, 'border-width': 4, 'min-zoomed-font-size': 0, 'z-index': 20 },
    },
    {
      selector: 'edge.hl',
      style: {
        'line-color': highlight.color,
        'target-arrow-color': highlight.color,
        width: 4,
        opacity: 1,
        'z-index': 20,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'border-color': highlight.selectedBorder,
        'border-width': 5,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'z-index': 30,
      },
    },
    { selector: 'node.hover', style: { 'min-zoomed-font-size': 0, 'z-index': 40 } },
    // Hierarchical layout: labels read left to right beside their node, one line each.
    {
      selector: 'node.lr',
      style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 5, 'text-margin-y': 0, 'text-wrap': 'ellipsis', 'text-max-width': '210px' },
    },
  );
  return sheet;
}
