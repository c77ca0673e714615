// Owns the current settings: loads (repairing what is invalid), applies user patches, saves, and tells listeners.
import type { Settings, SettingsIssue } from '../shared/settings';
import { applySettingsPatch, copySettings, repairSettings } from './settings';

/** Where settings live (electron-store in main, memory in the browser harness). */
export interface SettingsStorePort {
  /** The raw stored settings object, or undefined when none was stored yet. */
  load(): unknown;
  save(settings: Settings): void;
}

/** A settings patch that failed validation; carries a message per field. */
export class SettingsRejected extends Error {
  constructor(readonly issues: SettingsIssue[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'SettingsRejected';
  }
}

export class SettingsService {
  private current: Settings;
  private listeners = new Set<(settings: Settings) => void>();
  /** Fields that were repaired on load, so the user can be told once. */
  readonly repairedOnLoad: SettingsIssue[];

  constructor(private readonly store: SettingsStorePort) {
    const { settings, repaired } = repairSettings(store.load() ?? {});
    this.current = settings;
    this.repairedOnLoad = repaired;
    if (repaired.length) store.save(settings);
  }

  get(): Settings {
    return copySettings(this.current);
  }

  /**
   * Adds a check the host runs before a valid patch is saved (main: can the global shortcuts be registered?).
   * It returns problems per field; any problem rejects the patch like a validation error.
   */
  setHostCheck(check: (next: Settings, prev: Settings) => SettingsIssue[]): void {
    this.hostCheck = check;
  }

  private hostCheck: ((next: Settings, prev: Settings) => SettingsIssue[]) | null = null;

  /** Validates and saves a patch; throws SettingsRejected (nothing saved) when any field is invalid. */
  update(patch: Partial<Settings>): Settings {
    const result = applySettingsPatch(this.current, patch);
    if (!result.ok) throw new SettingsRejected(result.issues);
    const refused = this.hostCheck?.(result.settings, this.get()) ?? [];
    if (refused.length) throw new SettingsRejected(refused);
    this.store.save(result.settings);
    this.current = result.settings;
    for (const listener of this.listeners) listener(this.get());
    return this.get();
  }

  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
