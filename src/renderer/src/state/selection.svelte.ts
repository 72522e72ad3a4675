// The one selection both linked views read and write: the timeline, the article and the list.

export type SelectionOrigin = 'timeline' | 'article' | 'list' | 'keyboard' | 'details';

export class SelectionState {
  selectedId: string | null = $state(null);
  hoveredId: string | null = $state(null);
  /** Which view made the last selection, so the other views follow it without echoing. */
  origin: SelectionOrigin | null = $state(null);
  /** Bumped to ask the article pane to scroll to (and focus) the selected claim. */
  revealCount = $state(0);
  /** The last reveal also moves keyboard focus into the text (Enter), not just the scroll position. */
  revealFocus = $state(false);

  select(id: string | null, origin: SelectionOrigin): void {
    this.selectedId = id;
    this.origin = origin;
    this.revealFocus = false;
    if (id !== null && origin !== 'article') this.revealCount++;
  }

  hover(id: string | null): void {
    this.hoveredId = id;
  }

  clear(): void {
    this.selectedId = null;
    this.hoveredId = null;
    this.origin = null;
  }

  /** Moves to the next (`+1`) or previous (`-1`) id of `ordered`; from nothing, goes to either end. */
  step(ordered: readonly string[], direction: 1 | -1): string | null {
    if (ordered.length === 0) return null;
    const at = this.selectedId === null ? -1 : ordered.indexOf(this.selectedId);
    let next: number;
    if (at < 0) next = direction === 1 ? 0 : ordered.length - 1;
    else next = Math.min(ordered.length - 1, Math.max(0, at + direction));
    this.select(ordered[next], 'keyboard');
    return ordered[next];
  }

  /** Asks the article pane to bring the selected claim into view (Enter). */
  reveal(): void {
    if (this.selectedId === null) return;
    this.revealFocus = true;
    this.revealCount++;
  }
}
