// Renders the core's tray model (icon, tooltip, menu) with Electron's Tray and Menu, touching each only when its
// value changed, and turns menu clicks back into tray commands. macOS gets the `…Template.png` icons (the menu bar
// tints them); Windows and Linux get coloured badges, with a light outline (`-dark`) on a dark taskbar or panel,
// swapped when the system switches between light and dark (nativeTheme 'updated').
import { join } from 'node:path';
import { trayModel, type TrayCommand, type TrayMenuItem } from '../../core/tray-model';
import type { EmergencyRegion } from '../../shared/emergency';
import type { Translator } from '../../shared/i18n';
import type { TrackerSnapshot, TrayState } from '../../shared/tracker';
import type { ElectronSlice, MenuTemplateItem, NativeThemeSlice, TraySlice } from '../electron-slice';

export interface TrayOptions {
  resourcesDir: string;
  platform: NodeJS.Platform;
  /** The snapshot right now, for a fresh tooltip when the pointer enters the icon (macOS, Windows). */
  current: () => TrackerSnapshot;
  /** The translator for the current language (core.i18n): the tooltip and menu speak the user's language. */
  i18n: () => Translator;
  /** The user's emergency region (core.emergencyRegion): a locked plan's advice names its number. */
  emergencyRegion?: () => EmergencyRegion | null;
  onCommand: (command: TrayCommand) => void;
}

export interface TrayView {
  render(snapshot: TrackerSnapshot): void;
  destroy(): void;
}

/**
 * The icon file for a state: macOS Template images, else the coloured badge (`-dark` on a dark panel). Electron
 * picks the `@1.25x`/`@1.5x`/`@2x` file for the display scale itself.
 */
export function trayIconPath(
  resourcesDir: string,
  state: TrayState,
  platform: NodeJS.Platform,
  darkPanel = false,
): string {
  if (platform === 'darwin') return join(resourcesDir, `tray-${state}Template.png`);
  return join(resourcesDir, darkPanel ? `tray-${state}-dark.png` : `tray-${state}.png`);
}

/**
 * Whether the tray sits on a dark panel. Windows: the taskbar's own mode (Settings → Personalisation → Colours,
 * "default Windows mode"), which may differ from the app mode. Linux: the desktop's dark style as Chromium reads it
 * (GTK theme / freedesktop colour-scheme), which the app's own theme setting overrides when not "system". macOS
 * tints Template images itself.
 */
export function isDarkPanel(
  theme: Pick<NativeThemeSlice, 'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI'>,
  platform: NodeJS.Platform,
): boolean {
  if (platform === 'darwin') return false;
  return platform === 'win32' ? theme.shouldUseDarkColorsForSystemIntegratedUI : theme.shouldUseDarkColors;
}

/** Electron menu template for the model; `info` rows are disabled labels. */
export function menuTemplate(
  items: TrayMenuItem[],
  onCommand: (command: TrayCommand) => void,
): MenuTemplateItem[] {
  return items.map((item): MenuTemplateItem => {
    switch (item.type) {
      case 'separator':
        return { id: item.id, type: 'separator' };
      case 'info':
        return { id: item.id, label: item.label, enabled: false };
      case 'submenu':
        return {
          id: item.id,
          label: item.label,
          type: 'submenu',
          submenu: menuTemplate(item.items, onCommand),
        };
      case 'item':
        return {
          id: item.id,
          label: item.label,
          enabled: item.enabled,
          click: () => onCommand(item.command),
        };
    }
  });
}

/**
 * When the native menu is rebuilt (docs/performance.md, "Tray menu"): a rebuild hands the desktop a whole new menu,
 * so it happens only when what the menu says changed (its status line counts in 10-minute steps), and never while
 * the menu is open under the user's pointer: a change waits until it closes. On macOS and Windows the pointer
 * always reaches the icon before a click opens the menu ('mouse-enter'), so a change there waits for that moment
 * (or for the menu closing) instead of rebuilding a menu nobody looks at. Linux (AppIndicator) has no hover event:
 * there every change is rebuilt at once, as the desktop shows the menu it was last given.
 */
export function createTray(
  e: Pick<ElectronSlice, 'Tray' | 'Menu' | 'nativeTheme'>,
  o: TrayOptions,
  first: TrackerSnapshot,
): TrayView {
  let state = first.trayState;
  const iconFor = (s: TrayState) =>
    trayIconPath(o.resourcesDir, s, o.platform, isDarkPanel(e.nativeTheme, o.platform));
  let icon = iconFor(state);
  const tray: TraySlice = new e.Tray(icon);
  const hovers = o.platform === 'darwin' || o.platform === 'win32';
  let tooltip: string | null = null;
  /** The content of the menu the desktop has now, and the latest content (a rebuild waits while they differ). */
  let builtKey: string | null = null;
  let latest: { key: string; menu: TrayMenuItem[] } | null = null;
  let open = false;

  const setTooltip = (text: string): void => {
    if (text === tooltip) return;
    tooltip = text;
    tray.setToolTip(text);
  };

  const setIcon = (): void => {
    const nextIcon = iconFor(state);
    if (nextIcon === icon) return;
    icon = nextIcon;
    tray.setImage(nextIcon);
  };

  const rebuild = (): void => {
    if (!latest || latest.key === builtKey || open || tray.isDestroyed()) return;
    const menu = e.Menu.buildFromTemplate(menuTemplate(latest.menu, o.onCommand));
    menu.on('menu-will-show', () => (open = true));
    menu.on('menu-will-close', () => {
      open = false;
      rebuild();
    });
    builtKey = latest.key;
    tray.setContextMenu(menu);
  };

  const update = (snapshot: TrackerSnapshot, now: boolean): void => {
    if (tray.isDestroyed()) return;
    const model = trayModel(snapshot, o.i18n(), o.emergencyRegion?.() ?? null);
    state = model.icon;
    setIcon();
    setTooltip(model.tooltip);
    latest = { key: JSON.stringify(model.menu), menu: model.menu };
    if (now) rebuild();
  };

  const render = (snapshot: TrackerSnapshot): void => update(snapshot, !hovers || builtKey === null);

  if (hovers) {
    // The pointer reached the icon: the tooltip and the menu it may open next are brought up to date now.
    tray.on('mouse-enter', () => update(o.current(), true));
  }
  // Windows shows the context menu on a right click only and reports a left click as `click`: a left click opens
  // the same menu, as people expect of a tray icon. (macOS and Linux open the menu on either click themselves.)
  if (o.platform === 'win32') {
    tray.on('click', () => {
      if (!tray.isDestroyed()) tray.popUpContextMenu();
    });
  }
  // The desktop switched between light and dark (or the taskbar did): the same state, drawn for the new panel.
  const onTheme = (): void => {
    if (!tray.isDestroyed()) setIcon();
  };
  if (o.platform !== 'darwin') e.nativeTheme.on('updated', onTheme);
  render(first);
  return {
    render,
    destroy: () => {
      e.nativeTheme.removeListener('updated', onTheme);
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
