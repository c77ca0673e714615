// Wires the core once for every host (Electron main, the browser harness, tests): settings → engine → break
// service → handlers.
import type { HandlerMap } from '../shared/ipc';
import { BreakService } from './break-service';
import type { ProgrammeStore } from './break-session';
import { Engine, type EnginePorts } from './engine';
import { createHandlers } from './handlers';
import { SettingsService, type SettingsStorePort } from './settings-service';

export interface CoreApp {
  engine: Engine;
  settings: SettingsService;
  breaks: BreakService;
  handlers: HandlerMap;
}

/** Builds the core; call `engine.start()` once the host is ready to show reminders. */
export function createCoreApp(
  ports: EnginePorts,
  settingsStore: SettingsStorePort,
  programmeStore: ProgrammeStore,
): CoreApp {
  const settings = new SettingsService(settingsStore);
  for (const issue of settings.repairedOnLoad) ports.warn?.(`settings repaired: ${issue.message}`);
  const engine = new Engine(ports, settings.get());
  settings.subscribe((next) => engine.setSettings(next));
  const breaks = new BreakService({
    clock: ports.clock,
    store: programmeStore,
    record: (event) => ports.store.appendEvent(event),
    // The guided walk drives the tracker's own walk inputs; a walk already running (started from a reminder or
    // the tray) is not started twice.
    tracker: (input) => {
      if (input.kind === 'end-walk') engine.dispatch(input);
      else if (engine.snapshot().presence !== 'walking')
        engine.dispatch({ kind: 'start-walk', source: 'window' });
    },
    ...(ports.warn && { warn: ports.warn }),
  });
  const handlers = createHandlers(engine, settings, breaks, () => ports.clock.now());
  return { engine, settings, breaks, handlers };
}
