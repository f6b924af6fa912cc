import { describe, expect, it } from 'vitest';
import { ExplorationHistory } from '../../../client/src/state/history.ts';

describe('exploration history', () => {
  it('undoes and redoes steps in order', () => {
    const history = new ExplorationHistory('start');
    history.push('focus A');
    history.push('expand A');
    expect(history.current).toBe('expand A');
    expect(history.undo()).toBe('focus A');
    expect(history.undo()).toBe('start');
    expect(history.undo()).toBeNull();
    expect(history.canUndo).toBe(false);
    expect(history.redo()).toBe('focus A');
    expect(history.redo()).toBe('expand A');
    expect(history.redo()).toBeNull();
  });

  it('drops the redo branch when a new step follows an undo', () => {
    const history = new ExplorationHistory('start');
    history.push('a');
    history.push('b');
    history.undo();
    history.push('c');
    expect(history.canRedo).toBe(false);
    expect(history.length).toBe(3);
    expect(history.undo()).toBe('a');
  });

  it('replaces the current step without adding one', () => {
    const history = new ExplorationHistory('start');
    history.push('a');
    history.replace('a2');
    expect(history.length).toBe(2);
    expect(history.current).toBe('a2');
  });

  it('starts mid-way after a reload, earlier steps unknown', () => {
    const history = new ExplorationHistory('restored', 3);
    expect(history.position).toBe(3);
    expect(history.canUndo).toBe(true);
    expect(history.undo()).toBeUndefined();
  });

  it('follows the browser to a reported position (popstate)', () => {
    const history = new ExplorationHistory('start');
    history.push('a');
    history.push('b');
    history.moveTo(0, 'start from URL');
    expect(history.current).toBe('start from URL');
    expect(history.canRedo).toBe(true);
    history.moveTo(5, 'forward in another load');
    expect(history.position).toBe(5);
    expect(history.length).toBe(6);
  });
});
