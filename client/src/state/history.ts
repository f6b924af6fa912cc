/**
 * Undo/redo of exploration steps. The list is linear: a new step after some undos drops the
 * steps that could have been redone, as the browser's own history does.
 *
 * Entries before the first one this page load has seen (after a reload the browser still holds
 * earlier steps) are unknown: they are `undefined` here and read back from the URL on popstate.
 */
export class ExplorationHistory<T> {
  private entries: (T | undefined)[];
  private index: number;

  constructor(initial: T, startIndex = 0) {
    this.entries = new Array<T | undefined>(startIndex).fill(undefined);
    this.entries.push(initial);
    this.index = startIndex;
  }

  get current(): T {
    return this.entries[this.index] as T;
  }

  /** Position of the current step, from 0. */
  get position(): number {
    return this.index;
  }

  get length(): number {
    return this.entries.length;
  }

  get canUndo(): boolean {
    return this.index > 0;
  }

  get canRedo(): boolean {
    return this.index < this.entries.length - 1;
  }

  /** Adds a step after the current one and returns its position. */
  push(state: T): number {
    this.entries.splice(this.index + 1);
    this.entries.push(state);
    this.index = this.entries.length - 1;
    return this.index;
  }

  /** Replaces the current step (a correction that is not a step of its own). */
  replace(state: T): void {
    this.entries[this.index] = state;
  }

  /** Steps back; returns the state there, `undefined` when unknown, or null at the start. */
  undo(): T | undefined | null {
    if (!this.canUndo) return null;
    this.index -= 1;
    return this.entries[this.index];
  }

  /** Steps forward; returns the state there, or null at the end. */
  redo(): T | undefined | null {
    if (!this.canRedo) return null;
    this.index += 1;
    return this.entries[this.index];
  }

  /**
   * Moves to a position the browser reports (popstate) and records `state` there.
   * Positions past the end extend the list (steps made in another page load of the same tab).
   */
  moveTo(position: number, state: T): void {
    while (this.entries.length <= position) this.entries.push(undefined);
    this.index = position;
    this.entries[position] = state;
  }
}
