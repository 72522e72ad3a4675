// "Save changes?" when the window closes or the app quits with unsaved edits. Plain logic, no Electron:
// index.ts feeds it the window's `close` event, `before-quit`, the renderer's dirty flag
// (`window:setEdited`) and its answer after saving (`window:closeAfterSave`), and gives it the native
// message box, the event to the renderer and the real close.

import type { Lang } from '../../shared/timeline';

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  /** The native prompt: Save, Don't Save or Cancel. */
  ask(): Promise<CloseChoice>;
  /** Asks the renderer to save (`window:saveBeforeClose`); it answers through `afterSave`. */
  requestSave(): void;
  /** Closes the window for real (the guard lets the next `close` event through). */
  close(): void;
  /** Quits the app again: a quit stopped by the prompt must go on once the user has answered. */
  quit(): void;
}

export interface CloseGuard {
  setEdited(edited: boolean): void;
  /** From the window's `close` event: true means "prevent it", the prompt is shown (or already showing). */
  shouldPreventClose(): boolean;
  /** From `before-quit`: the close that follows is part of a quit. */
  quitRequested(): void;
  /** The renderer's answer after `requestSave`: saved (close now) or not (cancelled or failed: stay open). */
  afterSave(saved: boolean): void;
}

export const CLOSE_PROMPT: Record<
  Lang,
  { message: string; detail: string; save: string; discard: string; cancel: string }
> = {
  en: {
    message: 'Save the changes to this timeline before closing?',
    detail: 'Your edits since the last save are lost if you do not save them.',
    save: 'Save',
    discard: 'Don’t Save',
    cancel: 'Cancel',
  },
  fr: {
    message: 'Enregistrer les modifications de cette frise avant de fermer ?',
    detail:
      'Les modifications faites depuis le dernier enregistrement seront perdues si vous ne les enregistrez pas.',
    save: 'Enregistrer',
    discard: 'Ne pas enregistrer',
    cancel: 'Annuler',
  },
};

/** Buttons in this order, so the message box's answer index maps straight to a choice. */
export const CLOSE_CHOICES: readonly CloseChoice[] = ['save', 'discard', 'cancel'];

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let edited = false;
  /** Set once the user has answered Don't Save, or the save went through: the next close is let through. */
  let allowed = false;
  let asking = false;
  let saving = false;
  let quitting = false;

  const finish = (): void => {
    allowed = true;
    deps.close();
    if (quitting) deps.quit();
  };

  return {
    setEdited(value) {
      edited = value;
    },
    shouldPreventClose() {
      if (allowed || !edited) return false;
      // A second click on the close box while the prompt is up must not stack a second prompt. One while a
      // save is pending asks again, so a renderer that never answers cannot keep the window open for ever.
      if (asking) return true;
      asking = true;
      saving = false;
      void deps
        .ask()
        .catch((): CloseChoice => 'cancel')
        .then((choice) => {
          asking = false;
          if (choice === 'discard') return finish();
          if (choice === 'save') {
            saving = true;
            return deps.requestSave();
          }
          quitting = false;
        });
      return true;
    },
    quitRequested() {
      quitting = true;
    },
    afterSave(saved) {
      if (!saving) return; // an answer nobody asked for (a hostile renderer) closes nothing
      saving = false;
      if (saved) finish();
      else quitting = false;
    },
  };
}
