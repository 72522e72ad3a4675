import { describe, expect, it } from 'vitest';
import { CLOSE_PROMPT, createCloseGuard, type CloseChoice } from './closeGuard';

function setup(answers: CloseChoice[]) {
  const log: string[] = [];
  const guard = createCloseGuard({
    ask: async () => {
      log.push('ask');
      return answers.shift() ?? 'cancel';
    },
    requestSave: () => void log.push('save'),
    close: () => void log.push('close'),
    quit: () => void log.push('quit'),
  });
  return { guard, log };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('closing the window', () => {
  it('closes at once when nothing is unsaved', () => {
    const { guard, log } = setup([]);
    expect(guard.shouldPreventClose()).toBe(false);
    guard.setEdited(true);
    guard.setEdited(false);
    expect(guard.shouldPreventClose()).toBe(false);
    expect(log).toEqual([]);
  });

  it('with unsaved edits, asks; Cancel keeps the window open', async () => {
    const { guard, log } = setup(['cancel']);
    guard.setEdited(true);
    expect(guard.shouldPreventClose()).toBe(true);
    await settle();
    expect(log).toEqual(['ask']);
    // Asked again on the next close: Cancel is not "never ask".
    expect(guard.shouldPreventClose()).toBe(true);
    await settle();
    expect(log).toEqual(['ask', 'ask']);
  });

  it('Don’t Save closes, and the close it causes is let through', async () => {
    const { guard, log } = setup(['discard']);
    guard.setEdited(true);
    expect(guard.shouldPreventClose()).toBe(true);
    await settle();
    expect(log).toEqual(['ask', 'close']);
    expect(guard.shouldPreventClose()).toBe(false);
  });

  it('Save asks the renderer to save, and closes only once it says the save went through', async () => {
    const { guard, log } = setup(['save', 'save']);
    guard.setEdited(true);
    guard.shouldPreventClose();
    await settle();
    expect(log).toEqual(['ask', 'save']);
    guard.afterSave(false); // the Save dialog was cancelled, or the disk is full: the edits stay on screen
    expect(log).toEqual(['ask', 'save']);
    expect(guard.shouldPreventClose()).toBe(true);
    await settle();
    guard.afterSave(true);
    expect(log).toEqual(['ask', 'save', 'ask', 'save', 'close']);
  });

  it('shows one prompt however often the close box is clicked', async () => {
    const { guard, log } = setup(['cancel']);
    guard.setEdited(true);
    guard.shouldPreventClose();
    guard.shouldPreventClose();
    guard.shouldPreventClose();
    await settle();
    expect(log).toEqual(['ask']);
  });

  it('ignores a “saved” answer nobody asked for', () => {
    const { guard, log } = setup([]);
    guard.setEdited(true);
    guard.afterSave(true);
    expect(log).toEqual([]);
    expect(guard.shouldPreventClose()).toBe(true);
  });
});

describe('quitting the app', () => {
  it('goes on with the quit once the edits are saved', async () => {
    const { guard, log } = setup(['save']);
    guard.setEdited(true);
    guard.quitRequested();
    expect(guard.shouldPreventClose()).toBe(true);
    await settle();
    guard.afterSave(true);
    expect(log).toEqual(['ask', 'save', 'close', 'quit']);
  });

  it('a cancelled quit stays cancelled: a later close of the window does not quit', async () => {
    const { guard, log } = setup(['cancel', 'discard']);
    guard.setEdited(true);
    guard.quitRequested();
    guard.shouldPreventClose();
    await settle();
    guard.shouldPreventClose();
    await settle();
    expect(log).toEqual(['ask', 'ask', 'close']);
  });
});

describe('the prompt', () => {
  it('is written in both interface languages, with the same three buttons', () => {
    for (const lang of ['en', 'fr'] as const) {
      const p = CLOSE_PROMPT[lang];
      expect(p.message.length).toBeGreaterThan(10);
      expect(new Set([p.save, p.discard, p.cancel]).size).toBe(3);
    }
    expect(CLOSE_PROMPT.fr.save).toBe('Enregistrer');
  });
});
