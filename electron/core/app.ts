// Wires the core once for every host (Electron main, the browser harness, tests): settings → engine → handlers.
import type { HandlerMap } from '../shared/ipc';
import { Engine, type EnginePorts } from './engine';
import { createHandlers } from './handlers';
import { SettingsService, type SettingsStorePort } from './settings-service';

export interface CoreApp {
  engine: Engine;
  settings: SettingsService;
  handlers: HandlerMap;
}

/** Builds the core; call `engine.start()` once the host is ready to show reminders. */
export function createCoreApp(ports: EnginePorts, settingsStore: SettingsStorePort): CoreApp {
  const settings = new SettingsService(settingsStore);
  for (const issue of settings.repairedOnLoad) ports.warn?.(`settings repaired: ${issue.message}`);
  const engine = new Engine(ports, settings.get());
  settings.subscribe((next) => engine.setSettings(next));
  return { engine, settings, handlers: createHandlers(engine, settings, () => ports.clock.now()) };
}
