// Undo/redo as a stack of whole-document snapshots. Documents are immutable (every edit returns a new
// object sharing the untouched parts), so a snapshot costs one pointer, not a deep copy.

export class HistoryState<T> {
  #past: T[] = $state.raw([]);
  #future: T[] = $state.raw([]);
  readonly limit: number;

  constructor(limit = 200) {
    this.limit = limit;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Remembers `previous` before an edit; a new edit forgets the redo branch. */
  record(previous: T): void {
    const past = this.#past.length >= this.limit ? this.#past.slice(1) : this.#past;
    this.#past = [...past, previous];
    this.#future = [];
  }

  /** Returns the state to go back to, or undefined when there is nothing to undo. */
  undo(current: T): T | undefined {
    if (this.#past.length === 0) return undefined;
    const previous = this.#past[this.#past.length - 1];
    this.#past = this.#past.slice(0, -1);
    this.#future = [...this.#future, current];
    return previous;
  }

  redo(current: T): T | undefined {
    if (this.#future.length === 0) return undefined;
    const next = this.#future[this.#future.length - 1];
    this.#future = this.#future.slice(0, -1);
    this.#past = [...this.#past, current];
    return next;
  }

  clear(): void {
    this.#past = [];
    this.#future = [];
  }
}
