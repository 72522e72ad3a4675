// The menu's accelerators as in-page shortcuts (src/main/menu.ts), so they also work where no native menu
// exists and match it everywhere. Plain keys (+, −, 0, arrows) are handled by App.

import type { MenuCommand } from '../../../shared/ipc';

export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}

/** The command a Ctrl/Cmd shortcut stands for, or null. */
export function commandForKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target'>,
): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const inField = isTextField(e.target as Element | null);
  switch (key) {
    case 'o':
      return e.shiftKey ? null : 'open';
    case 's':
      return e.shiftKey ? 'save-as' : 'save';
    case 'e':
      return e.shiftKey ? null : 'export';
    case 'c':
      return e.shiftKey ? 'copy-image' : null;
    // In a text field, Ctrl+Z stays the field's own undo.
    case 'z':
      return inField ? null : e.shiftKey ? 'redo' : 'undo';
    case 'y':
      return inField ? null : 'redo';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
      return 'zoom-out';
    case '0':
      return 'zoom-fit';
    case 'l':
      return 'toggle-list';
    default:
      return null;
  }
}
