// The fake desktop: WalkBreak's two windows as iframes (the main window, showing one of main/settings/break, and
// the small always-on-top reminder window) plus a fake system notification. Mirrors electron/main/windows.ts.
import type { HarnessView } from './harness-types';
import { h } from './dom';

type MainView = Exclude<HarnessView, 'reminder'>;

/** Window sizes from electron/main/security.ts (main: 900×680, reminder: 360×220). */
const SIZES = { main: { width: 900, height: 680 }, reminder: { width: 360, height: 220 } } as const;

const TITLES: Record<HarnessView, string> = {
  main: 'WalkBreak',
  settings: 'WalkBreak – Settings',
  break: 'WalkBreak – Walk',
  history: 'WalkBreak – History',
  desk: 'WalkBreak – Desk',
  help: 'WalkBreak – Help',
  welcome: 'Welcome to WalkBreak',
  reminder: 'WalkBreak reminder',
};

export interface DesktopHooks {
  /** A window frame is about to go away: drop its bridge connection. */
  closing(win: Window): void;
  /** The main window closed (its close box, or its view closing itself), as Electron's 'closed'. */
  mainClosed(): void;
}

interface OpenWindow {
  view: HarnessView;
  frame: HTMLIFrameElement;
  shell: HTMLElement;
  /** The element the window's page focused last (the one an OS window gives the keyboard back to). */
  lastFocused: HTMLElement | null;
}

export class Desktop {
  private main: OpenWindow | null = null;
  private reminder: OpenWindow | null = null;
  private toast: HTMLElement | null = null;
  /** The user turned to another app (workElsewhere) and has not used one of our windows since. */
  private elsewhere = false;
  private mainSize: { width: number; height: number } = SIZES.main;

  constructor(
    private readonly root: HTMLElement,
    private readonly toastRoot: HTMLElement,
    private readonly hooks: DesktopHooks,
  ) {}

  /** Shows the main window on `view`, replacing the view it showed (a new document, like a reload). */
  openMain(view: MainView): void {
    this.elsewhere = false;
    if (this.main?.view === view) {
      this.main.frame.contentWindow?.focus();
      return;
    }
    const previous = this.main;
    this.main = this.create('main', view, previous?.shell ?? null);
    if (previous) this.remove(previous);
    this.main.frame.focus();
  }

  /** Shows the reminder window; `focus` as when the user clicked the notification. */
  openReminder(focus: boolean): void {
    if (!this.reminder) this.reminder = this.create('reminder', 'reminder', null);
    if (focus) {
      this.elsewhere = false;
      this.reminder.frame.focus();
    }
  }

  /**
   * Resizes the main window's content, as the user dragging its edge would (tests take the smallest size from
   * electron/main/security.ts's windowOptions). Kept for the views it opens later.
   */
  resizeMain(width: number, height: number): void {
    this.mainSize = { width: Math.round(width), height: Math.round(height) };
    if (this.main) {
      this.main.frame.width = String(this.mainSize.width);
      this.main.frame.height = String(this.mainSize.height);
    }
  }

  closeReminder(): void {
    if (this.reminder) this.remove(this.reminder);
    this.reminder = null;
  }

  /** window.close() from inside a frame. */
  closeWindowOf(win: Window): void {
    if (this.reminder?.frame.contentWindow === win) this.closeReminder();
    else if (this.main?.frame.contentWindow === win) {
      this.remove(this.main);
      this.main = null;
      this.hooks.mainClosed();
    }
  }

  closeAll(): void {
    this.closeReminder();
    if (this.main) this.remove(this.main);
    this.main = null;
    this.hideNotification();
  }

  openViews(): HarnessView[] {
    return [this.main?.view, this.reminder?.view].filter((v): v is HarnessView => v !== undefined);
  }

  /**
   * The main window has the keyboard: the user has not turned to another app since they last used a window, this
   * page has focus and the main window's frame is the active element. A page calling element.focus() does not
   * activate an OS window (it only sets the element focus returns to), so that does not count here, though in one
   * page it moves the focus into the frame.
   */
  mainFocused(): boolean {
    return (
      !this.elsewhere && !!this.main && document.hasFocus() && document.activeElement === this.main.frame
    );
  }

  /** The user turns to another app: no window of ours has the keyboard until they use one again. */
  workElsewhere(): void {
    this.elsewhere = true;
    (document.activeElement as HTMLElement | null)?.blur();
  }

  /** The main window's taskbar entry flashes until the window is used again, as main's flashFrame(true). */
  flashMain(): void {
    if (this.main) this.main.shell.dataset.flashing = 'true';
  }

  /**
   * Brings the main window forward with the keyboard (a click on the time-up notification). An OS window keeps its
   * focused element while another app has the keyboard; an iframe in one page loses it (to <body>) when the page's
   * focus moves out, so the element the window's page focused last gets it back here.
   */
  focusMain(): void {
    if (!this.main) return;
    this.activated();
    this.main.frame.focus();
    const doc = this.main.frame.contentDocument;
    const last = this.main.lastFocused;
    if (doc && (doc.activeElement === doc.body || doc.activeElement === null) && last?.isConnected)
      last.focus();
  }

  /** The user is in our windows again: nothing is elsewhere, and the main window's flashing stops. */
  private activated(): void {
    this.elsewhere = false;
    if (this.main) delete this.main.shell.dataset.flashing;
  }

  /** The reminder window's content height in px, as win.setContentBounds; answers the height it has. */
  fitReminder(height: number): number {
    if (this.reminder) this.reminder.frame.height = String(height);
    return height;
  }

  /** A notification; a click opens the reminder unless `onClick` says otherwise. */
  showNotification(title: string, body: string, onClick = (): void => this.openReminder(true)): void {
    this.hideNotification();
    const toast = h(
      'div',
      { class: 'toast', role: 'status', 'data-testid': 'notification' },
      h(
        'button',
        { class: 'toast-main', type: 'button', onclick: onClick },
        h('span', { class: 'toast-app' }, 'WalkBreak'),
        h('strong', { class: 'toast-title' }, title),
        h('span', { class: 'toast-body' }, body),
      ),
      h(
        'button',
        {
          class: 'toast-close',
          type: 'button',
          'aria-label': 'Dismiss notification',
          onclick: () => this.hideNotification(),
        },
        '×',
      ),
    );
    this.toast = toast;
    this.toastRoot.append(toast);
  }

  hideNotification(): void {
    this.toast?.remove();
    this.toast = null;
  }

  private create(kind: 'main' | 'reminder', view: HarnessView, replace: HTMLElement | null): OpenWindow {
    const { width, height } = kind === 'main' ? this.mainSize : SIZES[kind];
    const frame = h('iframe', {
      name: view,
      title: TITLES[view],
      src: `/app/index.html?view=${view}`,
      width,
      height,
    });
    const titlebar = h(
      'div',
      { class: 'titlebar' },
      h('span', {}, TITLES[view]),
      kind === 'main'
        ? h(
            'button',
            {
              type: 'button',
              class: 'titlebar-close',
              'aria-label': `Close ${TITLES[view]}`,
              onclick: () => this.closeWindowOf(frame.contentWindow as Window),
            },
            '×',
          )
        : null,
    );
    const shell = h(
      'section',
      { class: `window window-${kind}`, 'data-window': kind, 'aria-label': `${TITLES[view]} window` },
      kind === 'main' ? titlebar : null,
      frame,
    );
    if (replace) replace.before(shell);
    else this.root.append(shell);
    const win: OpenWindow = { view, frame, shell, lastFocused: null };
    // The user clicking or typing in a window is back in our windows; what its page focuses is remembered.
    frame.addEventListener('load', () => {
      const inner = frame.contentWindow;
      if (!inner) return;
      inner.addEventListener('pointerdown', () => this.activated(), { capture: true });
      inner.addEventListener('keydown', () => this.activated(), { capture: true });
      inner.addEventListener('focusin', (event) => {
        win.lastFocused = event.target as HTMLElement;
      });
    });
    return win;
  }

  private remove(win: OpenWindow): void {
    const content = win.frame.contentWindow;
    if (content) this.hooks.closing(content);
    win.shell.remove();
  }
}
