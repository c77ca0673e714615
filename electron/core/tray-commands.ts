// Runs a tray menu command against the core. Window and app commands are returned for the host to carry out.
import type { CoreApp } from './app';
import type { TrayCommand } from './tray-model';

export type HostCommand = 'open-main' | 'open-settings' | 'open-history' | 'open-desk' | 'open-help' | 'quit';

export async function runTrayCommand(core: CoreApp, command: TrayCommand): Promise<HostCommand | null> {
  const h = core.handlers;
  switch (command.kind) {
    case 'start-walk':
      await h['walk:start']({ source: 'tray' });
      return null;
    case 'snooze':
      await h['reminder:snooze']({ minutes: command.minutes });
      return null;
    case 'pause':
      await h['reminders:pause'](command.length);
      return null;
    case 'resume-reminders':
      await h['reminders:resume']({});
      return null;
    case 'moved':
      await h['tracker:report-moved']({});
      return null;
    case 'standing':
      await h['tracker:set-standing']({ standing: command.standing });
      return null;
    case 'open-main':
    case 'open-settings':
    case 'open-history':
    case 'open-desk':
    case 'open-help':
    case 'quit':
      return command.kind;
  }
}
