import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu';

const submenu = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const item = items.find((i) => i.label === label);
  expect(item, `no “${label}” item`).toBeTruthy();
  return item!.submenu as MenuItemConstructorOptions[];
};

describe('View ▸ Theme and Interface Language', () => {
  it('check the current choices and send the one clicked', () => {
    const setSettings = vi.fn();
    const menu = menuTemplate(
      'en',
      [],
      {
        send: () => undefined,
        openRecent: () => undefined,
        setSettings,
        settings: { theme: 'dark', uiLang: 'system' },
      },
      false,
    );
    const view = submenu(menu, 'View');
    const theme = submenu(view, 'Theme');
    expect(theme.map((i) => [i.label, i.checked])).toEqual([
      ['As the System', false],
      ['Light', false],
      ['Dark', true],
    ]);
    const language = submenu(view, 'Interface Language');
    expect(language.filter((i) => i.type === 'radio').map((i) => [i.label, i.checked])).toEqual([
      ['As the System', true],
      ['English', false],
      ['Français', false],
    ]);
    // Which article languages are read is said where the language is chosen.
    expect(language.some((i) => i.label === 'Articles: French and English' && i.enabled === false)).toBe(
      true,
    );
    (language.find((i) => i.label === 'Français')!.click as () => void)();
    expect(setSettings).toHaveBeenCalledWith({ uiLang: 'fr' });
    (theme.find((i) => i.label === 'Light')!.click as () => void)();
    expect(setSettings).toHaveBeenLastCalledWith({ theme: 'light' });
  });

  it('are in French in the French menu', () => {
    const menu = menuTemplate('fr', [], { send: () => undefined, openRecent: () => undefined }, false);
    const view = submenu(menu, 'Affichage');
    expect(submenu(view, 'Thème').map((i) => i.label)).toEqual(['Comme le système', 'Clair', 'Sombre']);
    expect(submenu(view, 'Langue de l’interface').map((i) => i.label)).toContain(
      'Articles : français et anglais',
    );
  });
});
