// The "Simulate" panel: what the OS would tell the app (typing, idle, lock, sleep), plus a live event log.
import type { HistoryEvent } from '../../../electron/shared/history';
import type { HarnessApi } from './harness-types';
import { h, timeOfDay } from './dom';

function describe(event: HistoryEvent): string {
  const { type, at: _at, ...rest } = event;
  const details = Object.entries(rest)
    .map(
      ([key, value]) =>
        `${key}=${typeof value === 'number' && value > 1e12 ? timeOfDay(value) : String(value)}`,
    )
    .join(' ');
  return details ? `${type} · ${details}` : type;
}

export class Controls {
  private readonly clock = h('p', { class: 'sim-clock', 'data-testid': 'clock' });
  private readonly typingButton: HTMLButtonElement;
  private readonly log = h('ol', { class: 'event-log', 'aria-label': 'Recorded events', reversed: true });

  constructor(root: HTMLElement, harness: HarnessApi, onChange: () => void) {
    const act = (fn: () => void) => () => {
      fn();
      onChange();
    };
    this.typingButton = h(
      'button',
      {
        type: 'button',
        class: 'sim',
        'aria-pressed': 'false',
        onclick: act(() => harness.typing(this.typingButton.getAttribute('aria-pressed') !== 'true')),
      },
      'Typing non-stop',
    );
    root.append(
      h('h2', {}, 'Simulate'),
      this.clock,
      h(
        'div',
        { class: 'sim-grid' },
        this.typingButton,
        h(
          'button',
          { type: 'button', class: 'sim', onclick: act(() => harness.setIdleSeconds(6 * 60)) },
          'Idle for 6 min',
        ),
        h('button', { type: 'button', class: 'sim', onclick: act(() => harness.lock()) }, 'Lock screen'),
        h('button', { type: 'button', class: 'sim', onclick: act(() => harness.unlock()) }, 'Unlock'),
        h('button', { type: 'button', class: 'sim', onclick: act(() => harness.suspend()) }, 'Sleep'),
        h('button', { type: 'button', class: 'sim', onclick: act(() => harness.resume()) }, 'Wake'),
      ),
      h(
        'p',
        { class: 'sim-hint' },
        'Start 29 minutes into a sitting bout: ',
        h('a', { href: '/?sat=29' }, '/?sat=29'),
      ),
      h(
        'p',
        { class: 'sim-hint' },
        'Start with the first-run window: ',
        h('a', { href: '/?welcome&os=windows' }, 'Windows'),
        ', ',
        h('a', { href: '/?welcome&os=macos' }, 'macOS'),
        ', ',
        h('a', { href: '/?welcome&os=linux&desktop=gnome' }, 'GNOME'),
        ', ',
        h('a', { href: '/?welcome&os=linux&desktop=kde' }, 'KDE'),
      ),
      h('h2', {}, 'History events'),
      this.log,
    );
  }

  update(typing: boolean, events: readonly HistoryEvent[]): void {
    this.clock.textContent = `Now ${timeOfDay(Date.now())}`;
    this.typingButton.setAttribute('aria-pressed', String(typing));
    this.log.replaceChildren(
      ...events
        .slice(-12)
        .reverse()
        .map((event) => h('li', {}, h('time', {}, timeOfDay(event.at)), ' ', describe(event))),
    );
  }
}
