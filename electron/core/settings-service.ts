// Owns the current settings: loads (repairing what is invalid), applies user patches, saves, and tells listeners.
import type { TranslateFn, Translator } from '../shared/i18n';
import type { Settings, SettingsIssue } from '../shared/settings';
import { applySettingsPatch, copySettings, repairSettings } from './settings';

/** Where settings live (settings.json through durable-fs in main, memory in the browser harness). */
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

/** Words a problem as its message key; enough to learn which fields need repair before the language is known. */
const keysOnly = ((key: string) => key) as unknown as TranslateFn;

export class SettingsService {
  private current: Settings;
  private listeners = new Set<(settings: Settings) => void>();
  /** The settings as read from the store, kept to word what was repaired in the user's language. */
  private readonly stored: unknown;
  private readonly repairedCount: number;

  /**
   * `i18n` gives the translator for the current language setting (createCoreApp's `core.i18n`); it is only called
   * when a message is worded, never while constructing, since the language itself is one of these settings.
   */
  constructor(
    private readonly store: SettingsStorePort,
    private readonly i18n: () => Translator,
  ) {
    this.stored = store.load() ?? {};
    const { settings, repaired } = repairSettings(this.stored, keysOnly);
    this.current = settings;
    this.repairedCount = repaired.length;
    if (repaired.length) store.save(settings);
  }

  /** Fields that were repaired on load, each with what was wrong in the user's language, to tell them once. */
  get repairedOnLoad(): SettingsIssue[] {
    return this.repairedCount ? repairSettings(this.stored, this.i18n().t).repaired : [];
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
    const result = applySettingsPatch(this.current, patch, this.i18n().t);
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
