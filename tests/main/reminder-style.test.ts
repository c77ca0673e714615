// Reminder style: "Notification only" shows the system notification without the reminder window (a click on it
// brings the window); where notifications are not supported the window still appears, so no reminder is lost.
// Sound: one sound per reminder. With the window, the window plays WalkBreak's chime and the notification is
// silent; with notifications only, the notification makes the system's sound unless sound is off.
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { createFakeElectron } from '../fakes/electron';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-style-');
const MIN = 60_000;

async function sitUntilDue(): Promise<void> {
  env.fake.powerMonitor.typing(10); // reading: short pauses, so the reminder shows when due
  await vi.advanceTimersByTimeAsync(30 * MIN);
  await vi.advanceTimersByTimeAsync(1); // the reminder page loads in a later task
}

/**
 * The notification of the second reminder (60 minutes seated). Not by counting: the first one's notification was
 * let go when it was skipped, and the collector may take it any time (the fake models that).
 */
function secondReminder(): ReturnType<typeof env.fake.shownNotifications>[number] | undefined {
  const latest = env.fake.shownNotifications().at(-1);
  expect(latest?.options.title).toBe('Time to get up: 60 minutes seated');
  return latest;
}

describe('reminder style', () => {
  it('notification only: no reminder window until the notification is clicked', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    env.running.core.settings.update({ reminderStyle: 'notification' });
    await sitUntilDue();
    expect(env.running.core.engine.snapshot().reminder).not.toBeNull();
    expect(env.fake.shownNotifications()).toHaveLength(1);
    expect(env.fake.windowsWithView('reminder')).toEqual([]);
    env.fake.shownNotifications()[0]?.click();
    await vi.advanceTimersByTimeAsync(1); // the reminder page loads
    expect(env.fake.windowsWithView('reminder')).toHaveLength(1);
  });

  it('notification and window (the default): both appear', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    await sitUntilDue();
    expect(env.fake.shownNotifications()).toHaveLength(1);
    expect(env.fake.windowsWithView('reminder')).toHaveLength(1);
  });

  it('notification only, but the system has no notifications: the window appears anyway', async () => {
    env.fake = createFakeElectron({ notificationsSupported: false });
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    env.running.core.settings.update({ reminderStyle: 'notification' });
    await sitUntilDue();
    expect(env.fake.windowsWithView('reminder')).toHaveLength(1);
  });

  it('notification and window: the notification is silent (the window plays the chime), sound on or off', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    await sitUntilDue();
    expect(env.fake.shownNotifications()[0]?.options.silent).toBe(true);
    env.running.core.engine.dispatch({ kind: 'skip', via: 'button' });
    env.running.core.settings.update({ soundEnabled: false });
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(secondReminder()?.options.silent).toBe(true);
  });

  it('notification only: the system sound plays while sound is on, and not once it is turned off', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    env.running.core.settings.update({ reminderStyle: 'notification' });
    await sitUntilDue();
    expect(env.fake.shownNotifications()[0]?.options.silent).toBe(false);
    env.running.core.engine.dispatch({ kind: 'skip', via: 'button' });
    env.running.core.settings.update({ soundEnabled: false });
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(secondReminder()?.options.silent).toBe(true);
  });
});
