import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../core/testing/fixtures';
import { buildMenuTemplate, type MenuActions, type MenuState } from './menuTemplate';
import { addRecent, existingRecent, MAX_RECENT, readRecent, writeRecent } from './recentProjects';
import { fitToDisplays, MIN_SIZE, readWindowState, writeWindowState } from './windowState';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('round-trips through its file, and a damaged file falls back to defaults', () => {
    const file = join(tempDir(), 'window.json');
    expect(readWindowState(file)).toEqual({ bounds: null, maximized: false });
    writeWindowState(file, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(readWindowState(file)).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    writeFileSync(file, '{"bounds": "nonsense"');
    expect(readWindowState(file)).toEqual({ bounds: null, maximized: false });
  });

  it('keeps bounds that still show, pulls a window back onto its display, and forgets an unplugged monitor', () => {
    expect(fitToDisplays({ x: 100, y: 80, width: 1200, height: 800 }, [screen])).toEqual({ x: 100, y: 80, width: 1200, height: 800 });
    expect(fitToDisplays({ x: 1000, y: 400, width: 1200, height: 800 }, [screen])).toEqual({ x: 720, y: 240, width: 1200, height: 800 });
    expect(fitToDisplays({ x: 1500, y: 600, width: 1200, height: 800 }, [screen])).toBeNull();
    expect(fitToDisplays({ x: 2500, y: 100, width: 1200, height: 800 }, [screen])).toBeNull();
    expect(fitToDisplays({ x: 0, y: 0, width: 4000, height: 3000 }, [screen])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    expect(fitToDisplays({ x: 0, y: 0, width: 100, height: 100 }, [screen])).toMatchObject(MIN_SIZE);
    expect(fitToDisplays(null, [screen])).toBeNull();
  });
});

describe('recent projects', () => {
  it('puts the newest first, without duplicates, ten at most, and drops vanished files', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = addRecent(list, `/stories/${i}.copydesk`);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe('/stories/11.copydesk');
    list = addRecent(list, '/stories/5.copydesk');
    expect(list[0]).toBe('/stories/5.copydesk');
    expect(list.filter((p) => p === '/stories/5.copydesk')).toHaveLength(1);
    const dir = tempDir();
    const kept = join(dir, 'kept.copydesk');
    writeFileSync(kept, '');
    expect(existingRecent([join(dir, 'gone.copydesk'), kept], existsSync)).toEqual([kept]);
    const file = join(dir, 'recent.json');
    writeRecent(file, [kept]);
    expect(readRecent(file)).toEqual([kept]);
    writeFileSync(file, '[1, 2]');
    expect(readRecent(file)).toEqual([]);
  });
});

describe('the application menu', () => {
  const actions: MenuActions = {
    newProject: vi.fn(),
    openProject: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    importArticles: vi.fn(),
    exportMarkdown: vi.fn(),
    exportPdf: vi.fn(),
    closeProject: vi.fn(),
    showShortcuts: vi.fn(),
    showAbout: vi.fn(),
  };
  const base: MenuState = { platform: 'linux', hasProject: true, readOnly: false, recent: ['/a/Ferry & harbour.copydesk'], isDev: false };
  const fileMenu = (state: MenuState) => buildMenuTemplate(state, actions)[0]!.submenu as Array<{ label?: string; accelerator?: string; enabled?: boolean; click?: () => void; submenu?: unknown; role?: string }>;
  const item = (state: MenuState, label: string) => fileMenu(state).find((i) => i.label === label)!;

  it('has File, Edit, View and Help with the usual accelerators', () => {
    const template = buildMenuTemplate(base, actions);
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', 'editMenu', '&View', 'help']);
    expect(item(base, 'New Project…').accelerator).toBe('CmdOrCtrl+N');
    expect(item(base, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(base, 'Import Articles…').accelerator).toBe('CmdOrCtrl+I');
    expect(fileMenu(base).some((i) => i.role === 'quit')).toBe(true);
    expect(buildMenuTemplate({ ...base, platform: 'darwin' }, actions).map((m) => m.label ?? m.role)).toEqual(['appMenu', '&File', 'editMenu', '&View', 'windowMenu', 'help']);
  });

  it('enables import only for a writable open project, and lists recent files by name', () => {
    expect(item(base, 'Import Articles…').enabled).toBe(true);
    expect(item({ ...base, readOnly: true }, 'Import Articles…').enabled).toBe(false);
    expect(item({ ...base, hasProject: false }, 'Close Project').enabled).toBe(false);
    expect(item(base, 'Export PDF…')).toMatchObject({ enabled: true, accelerator: 'CmdOrCtrl+P' });
    expect(item({ ...base, hasProject: false }, 'Export Markdown…').enabled).toBe(false);
    item(base, 'Export PDF…').click!();
    expect(actions.exportPdf).toHaveBeenCalled();
    const recent = item(base, 'Open Recent').submenu as Array<{ label: string; click?: () => void }>;
    expect(recent[0]!.label).toBe('&1 Ferry && harbour.copydesk');
    recent[0]!.click!();
    expect(actions.openRecent).toHaveBeenCalledWith('/a/Ferry & harbour.copydesk');
    expect((item({ ...base, recent: [] }, 'Open Recent').submenu as Array<{ label: string; enabled: boolean }>)[0]).toEqual({ label: 'No recent projects', enabled: false });
  });

  it('offers developer tools only in development', () => {
    const view = (state: MenuState) => (buildMenuTemplate(state, actions)[2]!.submenu as Array<{ role?: string }>).map((i) => i.role);
    expect(view(base)).not.toContain('toggleDevTools');
    expect(view({ ...base, isDev: true })).toContain('toggleDevTools');
  });
});
