/**
 * Test hooks: `window.cy` (the Cytoscape instance) and `window.__explorer` (view state, render
 * timing, last export) for the end-to-end tests and the render benchmark.
 *
 * They exist in the dev server (`vite`, import.meta.env.DEV) and in any build opened with `?test=1`
 * in the URL; a production page without that parameter exposes nothing. `?test=1` survives the
 * explorer's own URL updates, so reloads and copied links keep the hooks.
 */
import type { Core } from 'cytoscape';
import type { ViewState } from './state/view-state.ts';

export const testHooksEnabled: boolean = import.meta.env.DEV || (typeof location !== 'undefined' && new URLSearchParams(location.search).get('test') === '1');

export interface ExplorerHook {
  /** ms since navigation start when the first complete render ended (layout stopped, all nodes positioned). */
  renderedAt: number | null;
  /** Elements on the canvas at that moment. */
  renderedElements: number;
  /** Layout runs finished so far. */
  layoutRuns: number;
  layoutRunning: boolean;
  /** GraphQL requests in flight. */
  pendingRequests: number;
  /** True when nothing loads and no layout runs. */
  idle(): boolean;
  view(): ViewState;
  undo(): void;
  redo(): void;
  /** The last export offered for download. */
  lastExport: { format: string; fileName: string; bytes: number } | null;
}

declare global {
  interface Window {
    cy?: Core;
    __explorer?: ExplorerHook;
  }
}

export const explorerHook: ExplorerHook = {
  renderedAt: null,
  renderedElements: 0,
  layoutRuns: 0,
  layoutRunning: false,
  pendingRequests: 0,
  idle() {
    return !this.layoutRunning && this.pendingRequests === 0 && this.renderedAt !== null;
  },
  view: () => {
    throw new Error('explorer not started');
  },
  undo: () => undefined,
  redo: () => undefined,
  lastExport: null,
};

if (testHooksEnabled && typeof window !== 'undefined') window.__explorer = explorerHook;

export function exposeCy(cy: Core | undefined): void {
  if (testHooksEnabled) window.cy = cy;
}

/** A layout started or stopped; the first stop is the first complete render (the mark the benchmarks wait for). */
export function markLayout(running: boolean, stopped?: { mark: string; elements: number }): void {
  explorerHook.layoutRunning = running;
  if (!stopped) return;
  explorerHook.layoutRuns += 1;
  if (explorerHook.renderedAt === null) {
    explorerHook.renderedAt = performance.now();
    explorerHook.renderedElements = stopped.elements;
    performance.mark(stopped.mark);
  }
}
