// The tray as HTML: the same trayModel(snapshot) that electron/main renders with Tray + Menu, drawn as an icon,
// a tooltip line and a menu of buttons that run runTrayCommand, so both hosts agree by construction.
import type { EmergencyRegion } from '../../../electron/shared/emergency';
import type { Translator } from '../../../electron/shared/i18n';
import type { TrackerSnapshot } from '../../../electron/shared/tracker';
import { trayModel, type TrayCommand, type TrayMenuItem } from '../../../electron/core/tray-model';
import { h } from './dom';

export class TrayPanel {
  constructor(
    private readonly iconRoot: HTMLElement,
    private readonly menuRoot: HTMLElement,
    private readonly run: (command: TrayCommand) => void,
    /** The core's translator for the current language, as main's tray uses it. */
    private readonly i18n: () => Translator,
    /** The core's emergency region, as main's tray uses it. */
    private readonly region: () => EmergencyRegion | null = () => null,
  ) {}

  render(snapshot: TrackerSnapshot): void {
    const model = trayModel(snapshot, this.i18n(), this.region());
    const icon = h('img', {
      class: 'tray-icon',
      src: `/resources/tray-${model.icon}@2x.png`,
      width: 18,
      height: 18,
      alt: `Tray icon: ${model.icon}`,
      'data-state': model.icon,
    });
    icon.addEventListener(
      'error',
      () => icon.replaceWith(h('span', { class: 'tray-icon-missing' }, model.icon)),
      { once: true },
    );
    this.iconRoot.replaceChildren(
      h(
        'span',
        { class: 'tray', title: model.tooltip, 'data-testid': 'tray' },
        icon,
        h('span', { class: 'tray-tooltip', 'data-testid': 'tray-tooltip' }, model.tooltip),
      ),
    );
    this.menuRoot.replaceChildren(
      h(
        'ul',
        { class: 'tray-menu', 'aria-label': 'Tray menu' },
        ...model.menu.map((item) => this.item(item)),
      ),
    );
  }

  private item(item: TrayMenuItem): HTMLLIElement {
    switch (item.type) {
      case 'separator':
        return h('li', { class: 'tray-separator', role: 'separator' });
      case 'info':
        return h('li', { class: 'tray-info' }, item.label);
      case 'submenu':
        return h(
          'li',
          { class: 'tray-submenu' },
          h('span', { class: 'tray-submenu-label' }, item.label),
          h('ul', { 'aria-label': item.label }, ...item.items.map((child) => this.item(child))),
        );
      case 'item':
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'tray-item',
              'data-menu-id': item.id,
              disabled: !item.enabled,
              onclick: () => this.run(item.command),
            },
            item.label,
          ),
        );
    }
  }
}
