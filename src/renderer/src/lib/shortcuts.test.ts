// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commandForKey } from './shortcuts';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; metaKey: boolean }> = {},
  target: EventTarget | null = document.body,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target,
  ...mods,
});

describe('commandForKey', () => {
  it('maps the menu accelerators with Ctrl or Cmd', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(commandForKey(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }))).toBe('save-as');
    expect(commandForKey(key('0', { ctrlKey: true }))).toBe('zoom-fit');
    expect(commandForKey(key('C', { ctrlKey: true, shiftKey: true }))).toBe('copy-image');
  });

  it('leaves plain keys and Ctrl+C alone', () => {
    expect(commandForKey(key('z'))).toBeNull();
    expect(commandForKey(key('c', { ctrlKey: true }))).toBeNull();
  });

  it('keeps Ctrl+Z for the text field being typed in', () => {
    const input = document.createElement('input');
    expect(commandForKey(key('z', { ctrlKey: true }, input))).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true }, input))).toBe('save');
  });
});
