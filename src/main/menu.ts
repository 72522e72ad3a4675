// The application menu as data: labels in the UI language, the usual accelerators, each item sending one
// MenuCommand to the renderer. Pure, so its accelerators are tested without Electron.

import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../shared/timeline';
import type { LangChoice, MenuCommand, RecentEntry, Settings, ThemeChoice } from '../shared/ipc';

const LABELS = {
  en: {
    file: 'File',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No recent files',
    sample: 'Open Sample Article',
    save: 'Save',
    saveAs: 'Save As…',
    export: 'Export Image…',
    copyImage: 'Copy Image',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    zoomFit: 'Fit All',
    list: 'Show Event List',
    window: 'Window',
    help: 'Help',
    theme: 'Theme',
    language: 'Interface Language',
    system: 'As the System',
    light: 'Light',
    dark: 'Dark',
    articleLanguages: 'Articles: French and English',
  },
  fr: {
    file: 'Fichier',
    open: 'Ouvrir…',
    openRecent: 'Ouvrir un fichier récent',
    noRecent: 'Aucun fichier récent',
    sample: 'Ouvrir l’article d’exemple',
    save: 'Enregistrer',
    saveAs: 'Enregistrer sous…',
    export: 'Exporter l’image…',
    copyImage: 'Copier l’image',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    view: 'Affichage',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    zoomFit: 'Tout afficher',
    list: 'Afficher la liste des événements',
    window: 'Fenêtre',
    help: 'Aide',
    theme: 'Thème',
    language: 'Langue de l’interface',
    system: 'Comme le système',
    light: 'Clair',
    dark: 'Sombre',
    articleLanguages: 'Articles : français et anglais',
  },
} satisfies Record<Lang, Record<string, string>>;

export interface MenuActions {
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  /** A Theme or Language item was chosen (optional: menus built in tests need not handle it). */
  setSettings?(patch: Partial<Settings>): void;
  /** The settings in force, shown as the checked items (default: both follow the system). */
  settings?: Settings;
}

/** Language names are written in their own language, so each can be found in either interface. */
const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' };

/** View ▸ Theme and View ▸ Interface Language: radio items showing the current choice. */
function settingsMenus(
  t: (typeof LABELS)[Lang],
  settings: Settings,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const radio = (label: string, checked: boolean, patch: Partial<Settings>): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked,
    click: () => actions.setSettings?.(patch),
  });
  const theme = (label: string, v: ThemeChoice) => radio(label, settings.theme === v, { theme: v });
  const lang = (label: string, v: LangChoice) => radio(label, settings.uiLang === v, { uiLang: v });
  return [
    { label: t.theme, submenu: [theme(t.system, 'system'), theme(t.light, 'light'), theme(t.dark, 'dark')] },
    {
      label: t.language,
      submenu: [
        lang(t.system, 'system'),
        lang(LANG_NAMES.en, 'en'),
        lang(LANG_NAMES.fr, 'fr'),
        { type: 'separator' },
        { label: t.articleLanguages, enabled: false },
      ],
    },
  ];
}

export function menuTemplate(
  lang: Lang,
  recent: RecentEntry[],
  actions: MenuActions,
  isMac: boolean,
  /** Developer tools: in development only, never in the packaged app. */
  devTools = false,
): MenuItemConstructorOptions[] {
  const t = LABELS[lang];
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(command),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((e) => ({ label: e.name, click: () => actions.openRecent(e.path) }))
    : [{ label: t.noRecent, enabled: false }];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t.file,
      submenu: [
        cmd(t.open, 'open', 'CmdOrCtrl+O'),
        { label: t.openRecent, submenu: recentItems },
        cmd(t.sample, 'open-sample'),
        { type: 'separator' },
        cmd(t.save, 'save', 'CmdOrCtrl+S'),
        cmd(t.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
        cmd(t.export, 'export', 'CmdOrCtrl+E'),
        cmd(t.copyImage, 'copy-image', 'CmdOrCtrl+Shift+C'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        // Undo/redo act on the timeline's own history, not on text fields only.
        cmd(t.undo, 'undo', 'CmdOrCtrl+Z'),
        cmd(t.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        cmd(t.zoomIn, 'zoom-in', 'CmdOrCtrl+Plus'),
        cmd(t.zoomOut, 'zoom-out', 'CmdOrCtrl+-'),
        cmd(t.zoomFit, 'zoom-fit', 'CmdOrCtrl+0'),
        cmd(t.list, 'toggle-list', 'CmdOrCtrl+L'),
        { type: 'separator' },
        ...settingsMenus(t, actions.settings ?? { theme: 'system', uiLang: 'system' }, actions),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(devTools ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: t.window, role: 'windowMenu' },
  ];
}
