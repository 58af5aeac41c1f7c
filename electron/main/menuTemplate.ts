/**
 * The application menu as data: a pure function of the app's state and the actions to call, so
 * it is unit-tested without Electron (only its types are imported). index.ts builds it with
 * Menu.buildFromTemplate and rebuilds it when the state changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';

export interface MenuState {
  platform: NodeJS.Platform;
  hasProject: boolean;
  readOnly: boolean;
  recent: readonly string[];
  isDev: boolean;
}

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  importArticles(): void;
  exportMarkdown(): void;
  exportPdf(): void;
  closeProject(): void;
  showShortcuts(): void;
  showAbout(): void;
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No recent projects', enabled: false }]
      : [
          ...state.recent.map((path, index) => ({
            // The file name, with the folder as a hint; & is doubled so it is not read as a mnemonic.
            label: `${index < 9 ? `&${index + 1} ` : ''}${basename(path).replace(/&/g, '&&')}`,
            sublabel: path,
            click: () => actions.openRecent(path),
          })),
          { type: 'separator' },
          { label: 'Clear Recent', click: actions.clearRecent },
        ];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: actions.newProject },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: actions.openProject },
      { label: 'Open Recent', submenu: recent },
      { type: 'separator' },
      { label: 'Import Articles…', accelerator: 'CmdOrCtrl+I', enabled: state.hasProject && !state.readOnly, click: actions.importArticles },
      { type: 'separator' },
      // The brief as a file (compiled first when there is none; a read-only project needs one already).
      { label: 'Export Markdown…', accelerator: 'CmdOrCtrl+Shift+E', enabled: state.hasProject, click: actions.exportMarkdown },
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+P', enabled: state.hasProject, click: actions.exportPdf },
      { type: 'separator' },
      { label: 'Close Project', accelerator: 'CmdOrCtrl+W', enabled: state.hasProject, click: actions.closeProject },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(state.isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'Keyboard Shortcuts', accelerator: mac ? 'Cmd+/' : 'Ctrl+/', click: actions.showShortcuts }, ...(mac ? [] : [{ type: 'separator' } as const, { label: 'About Copydesk', click: actions.showAbout }])],
  };

  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    view,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}
