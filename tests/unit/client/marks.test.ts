/**
 * The explorer's rings: an unverified agency wears a dashed ring, a cut-off plan or weakness a
 * dotted one, and nothing else does (other types carry no value for the marks). Checked with the
 * real stylesheet on a headless Cytoscape.
 */
import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { defaults } from '../../../client/src/graph/defaults.ts';
import { buildStylesheet } from '../../../client/src/graph/styles.ts';
import { ringMarks } from '../../../client/src/graph/transforms.ts';
import type { GraphNode } from '../../../client/src/api/types.ts';

const cy = cytoscape({
  headless: true,
  styleEnabled: true,
  style: buildStylesheet(),
  // Element data as GraphView builds it: the API's node plus its ring flags.
  elements: (
    [
      ['unknown-body', 'Agency', false, null],
      ['glossary-body', 'Agency', true, null],
      ['cut-plan', 'Plan', null, false],
      ['whole-plan', 'Plan', null, true],
      ['cut-weakness', 'Weakness', null, false],
      ['task', 'Task', null, null],
    ] as const
  ).map(([id, type, verified, complete]) => {
    const node = { id, type, verified, complete } as Pick<GraphNode, 'id' | 'type' | 'verified' | 'complete'>;
    return { data: { ...node, ...ringMarks(node as GraphNode) } };
  }),
});
afterAll(() => cy.destroy());

const ring = (id: string) => {
  const node = cy.getElementById(id);
  return { style: node.style('border-style') as string, color: node.style('border-color') as string };
};
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

describe('rings of the explorer', () => {
  it('draws an unverified agency with a dashed ring in the unverified colour', () => {
    expect(ring('unknown-body')).toEqual({ style: 'dashed', color: rgb(defaults.marks.unverified) });
    expect(ring('glossary-body').style).toBe('solid');
  });

  it('draws cut-off plans and weaknesses with a dotted ring, and whole ones without', () => {
    expect(ring('cut-plan')).toEqual({ style: 'dotted', color: rgb(defaults.marks.incomplete) });
    expect(ring('cut-weakness').style).toBe('dotted');
    expect(ring('whole-plan').style).toBe('solid');
    expect(ring('task').style).toBe('solid');
  });
});
