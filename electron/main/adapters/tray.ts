// Renders the core's tray model (icon, tooltip, menu) with Electron's Tray and Menu, touching each only when its
// value changed, and turns menu clicks back into tray commands. macOS gets the `…Template.png` icons.
import { join } from 'node:path';
import { trayModel, type TrayCommand, type TrayMenuItem } from '../../core/tray-model';
import type { TrackerSnapshot, TrayState } from '../../shared/tracker';
import type { ElectronSlice, MenuTemplateItem, TraySlice } from '../electron-slice';

export interface TrayOptions {
  resourcesDir: string;
  platform: NodeJS.Platform;
  /** The snapshot right now, for a fresh tooltip when the pointer enters the icon (macOS, Windows). */
  current: () => TrackerSnapshot;
  onCommand: (command: TrayCommand) => void;
}

export interface TrayView {
  render(snapshot: TrackerSnapshot): void;
  destroy(): void;
}

/** The icon file for a state; Electron picks `@2x` itself. */
export function trayIconPath(resourcesDir: string, state: TrayState, platform: NodeJS.Platform): string {
  return join(resourcesDir, platform === 'darwin' ? `tray-${state}Template.png` : `tray-${state}.png`);
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

export function createTray(
  e: Pick<ElectronSlice, 'Tray' | 'Menu'>,
  o: TrayOptions,
  first: TrackerSnapshot,
): TrayView {
  const firstModel = trayModel(first);
  let icon = trayIconPath(o.resourcesDir, firstModel.icon, o.platform);
  const tray: TraySlice = new e.Tray(icon);
  let tooltip: string | null = null;
  let menuKey: string | null = null;

  const setTooltip = (text: string): void => {
    if (text === tooltip) return;
    tooltip = text;
    tray.setToolTip(text);
  };

  const render = (snapshot: TrackerSnapshot): void => {
    if (tray.isDestroyed()) return;
    const model = trayModel(snapshot);
    const nextIcon = trayIconPath(o.resourcesDir, model.icon, o.platform);
    if (nextIcon !== icon) {
      icon = nextIcon;
      tray.setImage(nextIcon);
    }
    setTooltip(model.tooltip);
    const key = JSON.stringify(model.menu);
    if (key !== menuKey) {
      menuKey = key;
      tray.setContextMenu(e.Menu.buildFromTemplate(menuTemplate(model.menu, o.onCommand)));
    }
  };

  // Linux (AppIndicator) has no hover event and no tooltip; its menu carries the same status line.
  if (o.platform === 'darwin' || o.platform === 'win32') {
    tray.on('mouse-enter', () => {
      if (!tray.isDestroyed()) setTooltip(trayModel(o.current()).tooltip);
    });
  }
  render(first);
  return {
    render,
    destroy: () => {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
