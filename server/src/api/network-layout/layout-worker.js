/**
 * Worker thread entry: lays out one network with Cytoscape headless and fCoSE and posts the
 * positions back. A worker, because a Cytoscape layout runs synchronously: seconds of it on the
 * API's thread would stall every request.
 *
 * Plain JavaScript on purpose: the server runs TypeScript through tsx, whose loader Node 20 does
 * not pass on to worker threads. Everything TypeScript (options, node sizes) is computed by the
 * caller (network-layouts.ts) and arrives as data: see LayoutInput in layout-input.ts.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { parentPort, workerData } from 'node:worker_threads';

cytoscape.use(fcose);

/** @param {import('./layout-input.ts').LayoutInput} input */
function layOut({ nodes, edges, options }) {
  const cy = cytoscape({
    headless: true,
    // Node sizes matter to the force layout (overlap, separation): the explorer's, given per node.
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  try {
    cy.add([
      ...nodes.map((node) => ({ group: 'nodes', data: { id: node.id, size: node.size } })),
      ...edges.map(([source, target], i) => ({ group: 'edges', data: { id: `e${i}`, source, target } })),
    ]);
    cy.layout(options).run();
    const positions = new Float64Array(nodes.length * 2);
    nodes.forEach((node, i) => {
      const { x, y } = cy.getElementById(node.id).position();
      positions[2 * i] = Math.round(x * 10) / 10;
      positions[2 * i + 1] = Math.round(y * 10) / 10;
    });
    return { positions };
  } finally {
    cy.destroy();
  }
}

// 48 kB at 3,000 nodes: copied, not worth a transfer.
parentPort.postMessage(layOut(workerData));
