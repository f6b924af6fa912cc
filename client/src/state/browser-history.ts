/**
 * Keeps the exploration history and the browser's history in step: every step is a pushState
 * with the view in the URL, undo/redo are history.back()/forward(), and popstate (the browser's
 * own back/forward buttons included) reads the view back from the URL.
 */
import { ExplorationHistory } from './history.ts';
import { decodeViewState, encodeViewState, sameView } from './view-state.ts';
import type { ViewState } from './view-state.ts';

export interface BrowserHistory {
  current(): ViewState;
  /** Makes `view` a new step (no-op when nothing changed). */
  push(view: ViewState): void;
  /** Corrects the current step without making a new one. */
  replace(view: ViewState): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** The link that reproduces the current view. */
  url(): string;
  subscribe(listener: (view: ViewState) => void): () => void;
  dispose(): void;
}

interface StepState {
  /** Position of the step in the exploration history. */
  step: number;
}

function stepOf(state: unknown): number | null {
  const step = (state as Partial<StepState> | null)?.step;
  return typeof step === 'number' && Number.isInteger(step) && step >= 0 ? step : null;
}

export function createBrowserHistory(win: Window = window): BrowserHistory {
  const initial = decodeViewState(win.location.search);
  // After a reload the browser keeps our step number in history.state.
  const history = new ExplorationHistory<ViewState>(initial, stepOf(win.history.state) ?? 0);
  const listeners = new Set<(view: ViewState) => void>();

  const urlFor = (view: ViewState): string => {
    const query = encodeViewState(view, new URLSearchParams(win.location.search));
    return `${win.location.pathname}${query ? `?${query}` : ''}`;
  };
  const notify = (): void => {
    for (const listener of listeners) listener(history.current);
  };

  win.history.replaceState({ step: history.position } satisfies StepState, '', urlFor(initial));

  const onPopState = (event: PopStateEvent): void => {
    const view = decodeViewState(win.location.search);
    history.moveTo(stepOf(event.state) ?? 0, view);
    notify();
  };
  win.addEventListener('popstate', onPopState);

  return {
    current: () => history.current,
    push(view) {
      if (sameView(view, history.current)) return;
      const step = history.push(view);
      win.history.pushState({ step } satisfies StepState, '', urlFor(view));
      notify();
    },
    replace(view) {
      history.replace(view);
      win.history.replaceState({ step: history.position } satisfies StepState, '', urlFor(view));
      notify();
    },
    undo() {
      if (history.canUndo) win.history.back();
    },
    redo() {
      if (history.canRedo) win.history.forward();
    },
    canUndo: () => history.canUndo,
    canRedo: () => history.canRedo,
    url: () => win.location.href,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      win.removeEventListener('popstate', onPopState);
      listeners.clear();
    },
  };
}
