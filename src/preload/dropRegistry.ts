// Which paths the user really dropped on the window. The preload records the files of every trusted
// `drop` event (one the user made with the mouse, not one page script dispatched) before the page sees it,
// and `openDropped(file)` forwards a path to main only if it came from such a drop, once. So page code can
// neither name a path (it hands over a File, whose path only the preload can read) nor replay an old drop.

export interface DropEventLike {
  isTrusted: boolean;
  dataTransfer: { files: ArrayLike<File> } | null;
}

export interface DropRegistry {
  /** Called for every drop event, in the capture phase, before the page's own handler. */
  record(event: DropEventLike): void;
  /** The dropped file's path, if this file came from the last trusted drop; each path is given once. */
  take(file: File): string | null;
}

export function createDropRegistry(pathOf: (file: File) => string): DropRegistry {
  let dropped = new Set<string>();
  return {
    record(event) {
      // A new drop replaces the last one: a file dropped an hour ago cannot be opened through it now.
      dropped = new Set();
      if (!event.isTrusted || !event.dataTransfer) return;
      for (const file of Array.from(event.dataTransfer.files)) {
        const path = pathOf(file);
        if (path) dropped.add(path);
      }
    },
    take(file) {
      const path = pathOf(file);
      if (!path || !dropped.delete(path)) return null;
      return path;
    },
  };
}
