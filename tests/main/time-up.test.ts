// The break window's "time is up" signal (issue 20) on the Electron fake: main decides. A focused window gets
// nothing from main; an unfocused one gets the notification and is shown without focus and flashed; a failed
// notification still leaves the flashing window; a call (the interruption hold) gets no notification and no window
// brought up; clicking the notification focuses the break window; hostile payloads and other senders are refused.
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import type { IpcResult } from '../../electron/shared/ipc';
import type { TimeUpSignal } from '../../electron/shared/window-requests';
import { createFakeElectron, type FakeBrowserWindow } from '../fakes/electron';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-time-up-');

async function start(o: Parameters<typeof createFakeElectron>[0] = {}): Promise<FakeBrowserWindow> {
  env.fake = createFakeElectron(o);
  env.running = bootstrap(env.fake, {
    ...bootstrapOptions(env.dir, o.platform ?? 'linux'),
    wayland: !!o.wayland,
  });
  env.running.windows.openMain('break');
  await vi.advanceTimersByTimeAsync(1);
  const [win] = env.fake.windowsWithView('break');
  if (!win) throw new Error('no break window');
  return win;
}

async function timeUp(from: FakeBrowserWindow, args: unknown): Promise<IpcResult<TimeUpSignal>> {
  const result = (await env.fake.ipcMain.invoke('window:time-up', from, args)) as IpcResult<TimeUpSignal>;
  await vi.advanceTimersByTimeAsync(0); // a refused notification reports `failed` from the native callback
  return result;
}

describe('time is up in the break window (issue 20)', () => {
  it('focused: no notification, the window is left as it is', async () => {
    const win = await start();
    expect(win.focused).toBe(true);
    expect(await timeUp(win, { next: 'cool-down' })).toEqual({
      ok: true,
      value: { notification: false, window: 'none' },
    });
    expect(env.fake.shownNotifications()).toEqual([]);
    expect(win.flashing).toBe(false);
  });

  it('not focused: the notification names what is next, the window comes up without the keyboard and flashes', async () => {
    const win = await start();
    win.blur();
    const result = await timeUp(win, { next: 'cool-down' });
    expect(result).toEqual({ ok: true, value: { notification: true, window: 'raised' } });
    const [notice] = env.fake.shownNotifications();
    expect(notice?.title).toBe('Time’s up: next, the cool-down');
    expect(notice?.options.body).toBe('Click to go back to WalkBreak.');
    expect(win).toMatchObject({ visible: true, inactive: true, focused: false, flashing: true });
  });

  it('in German when the app speaks German', async () => {
    const win = await start();
    await env.fake.ipcMain.invoke('settings:update', win, { language: 'de' });
    win.blur();
    await timeUp(win, { next: 'questions' });
    expect(env.fake.shownNotifications()[0]?.title).toBe(
      'Die Zeit ist um: als Nächstes ein paar Fragen zu Ihrem Spaziergang',
    );
  });

  it('clicking the notification brings the break window forward with the keyboard, and the flashing stops', async () => {
    const win = await start();
    win.blur();
    await timeUp(win, { next: 'walk' });
    env.fake.shownNotifications()[0]?.click();
    expect(win).toMatchObject({ visible: true, focused: true, flashing: false });
    expect(env.fake.windowsWithView('break')).toEqual([win]); // the same window: nothing reloaded, no answer lost
  });

  it('the user comes back another way (the taskbar): the flashing stops when the window takes the keyboard', async () => {
    const win = await start();
    win.blur();
    await timeUp(win, { next: 'move' });
    await timeUp(win, { next: 'move' }); // a second hold ends before the user is back
    expect(win.flashing).toBe(true);
    expect(win.listenerCount('focus')).toBe(1);
    win.focus();
    expect(win.flashing).toBe(false);
    expect(win.listenerCount('focus')).toBe(0);
  });

  it('the notification kept referenced until it closes: a click after garbage collection still arrives', async () => {
    const win = await start();
    win.blur();
    await timeUp(win, { next: 'move' });
    await env.fake.collectGarbage();
    env.fake.shownNotifications()[0]?.click();
    expect(win.focused).toBe(true);
  });

  it('a refused notification (Windows without the installer’s shortcut): the window still flashes, and the log says why', async () => {
    const win = await start({ platform: 'win32', startMenuShortcut: false });
    win.blur();
    await timeUp(win, { next: 'cool-down' });
    expect(env.fake.shownNotifications()).toEqual([]);
    expect(env.fake.notifications.some((n) => n.failedWith !== null)).toBe(true);
    expect(win).toMatchObject({ flashing: true, inactive: true, focused: false });
  });

  it('no notifications on this system at all: the window still comes up and flashes', async () => {
    const win = await start({ notificationsSupported: false });
    win.blur();
    expect(await timeUp(win, { next: 'finish' })).toEqual({
      ok: true,
      value: { notification: false, window: 'raised' },
    });
    expect(win.flashing).toBe(true);
  });

  it('during a call (the interruption hold): no notification and no window brought up, only the taskbar flashes', async () => {
    const win = await start();
    vi.spyOn(env.running!.core.engine, 'interruptionHold').mockReturnValue(['call']);
    win.blur();
    win.inactive = false;
    expect(await timeUp(win, { next: 'cool-down' })).toEqual({
      ok: true,
      value: { notification: false, window: 'flashed' },
    });
    expect(env.fake.shownNotifications()).toEqual([]);
    expect(win).toMatchObject({ inactive: false, focused: false, flashing: true });
  });

  it('Wayland: no showInactive (it would take the keyboard); the notification and the flash only', async () => {
    const win = await start({ wayland: true });
    win.blur();
    expect(await timeUp(win, { next: 'cool-down' })).toEqual({
      ok: true,
      value: { notification: true, window: 'flashed' },
    });
    expect(win.focused).toBe(false);
    expect(env.fake.machine.log).not.toContain('Wayland: showInactive is not supported');
  });

  it('macOS: asks to become active without stealing from the app in front', async () => {
    const win = await start({ platform: 'darwin' });
    win.blur();
    env.fake.machine.appActive = false;
    const focus = vi.spyOn(env.fake.app, 'focus');
    await timeUp(win, { next: 'cool-down' });
    expect(focus).toHaveBeenCalledWith({ steal: false });
    expect(env.fake.machine.appActive).toBe(false);
    expect(env.fake.shownNotifications()).toHaveLength(1);
  });

  it.each([
    ['an unknown step', { next: 'open-calculator' }],
    ['text for the notification', { next: 'cool-down', title: 'Your bank needs you' }],
    ['no object', 'cool-down'],
    ['a prototype key', JSON.parse('{"next":"walk","__proto__":{"x":1}}') as unknown],
  ])('refuses %s, and shows nothing', async (_name, args) => {
    const win = await start();
    win.blur();
    const result = await timeUp(win, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(env.fake.shownNotifications()).toEqual([]);
    expect(win.flashing).toBe(false);
  });

  it('only the main window may ask: the reminder window and a foreign page are refused', async () => {
    const win = await start();
    win.blur();
    env.running!.windows.openReminder(false);
    await vi.advanceTimersByTimeAsync(1);
    const [reminder] = env.fake.windowsWithView('reminder');
    const fromReminder = await timeUp(reminder!, { next: 'walk' });
    const foreign = (await env.fake.ipcMain.invoke(
      'window:time-up',
      { url: 'https://example.com/' },
      {
        next: 'walk',
      },
    )) as IpcResult<TimeUpSignal>;
    expect(fromReminder).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(env.fake.shownNotifications()).toEqual([]);
  });
});
