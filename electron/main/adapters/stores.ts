// electron-store files in userData: settings.json (schema, projectVersion, migrations), tracker.json (the
// small tracker state) and programme.json (the walking programme, validated by core). A file that cannot be read or fails its schema is kept aside, never silently reset.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store, { type Options, type Schema } from 'electron-store';
import type { ProgrammeStore, StoredBreak } from '../../core/break-session';
import type { SettingsStorePort } from '../../core/settings-service';
import type { PersistedTracker } from '../../core/tracker-state';
import type { Settings } from '../../shared/settings';

interface SettingsFile {
  settings?: Settings;
}
interface TrackerFile {
  tracker?: PersistedTracker;
}
interface ProgrammeFile {
  programme?: StoredBreak;
}

/**
 * The file's shape only. Ranges and field-level repair live in core (repairSettings), so one bad value is
 * repaired to its nearest valid value instead of setting the whole file aside.
 */
const SETTINGS_SCHEMA: Schema<SettingsFile> = {
  settings: {
    type: 'object',
    properties: {
      sitThresholdMin: { type: 'number' },
      awayThresholdMin: { type: 'number' },
      snoozeOptionsMin: { type: 'array', items: { type: 'number' } },
      remindersEnabled: { type: 'boolean' },
    },
  },
};

/** Keyed by the app version that introduced a change to the stored settings. None yet. */
const SETTINGS_MIGRATIONS: NonNullable<Options<SettingsFile>['migrations']> = {};

const TRACKER_SCHEMA: Schema<TrackerFile> = { tracker: { type: 'object' } };
/** The file's shape only: core checks every field (restoreBreak) and starts onboarding again if it must. */
const PROGRAMME_SCHEMA: Schema<ProgrammeFile> = { programme: { type: 'object' } };

export interface TrackerStorePort {
  /** Read from disk as is, unchecked: the engine validates it (restoreTracker) before use. */
  load(): PersistedTracker | null;
  save(state: PersistedTracker): void;
}

export interface Stores {
  settings: SettingsStorePort;
  tracker: TrackerStorePort;
  programme: ProgrammeStore;
  /** What had to be kept aside while opening, in words for the user; empty when all was well. */
  problems: string[];
}

/** Opens a store; if its file is unreadable, renames the file to `<name>.json.broken-<time>` and starts empty. */
function openKeepingBadFile<T>(dir: string, name: string, open: () => T, problems: string[]): T {
  try {
    return open();
  } catch (error) {
    const file = join(dir, `${name}.json`);
    if (!existsSync(file)) throw error;
    const aside = `${file}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, aside);
    problems.push(`${name}.json could not be read (${String(error)}); it was kept as ${aside}.`);
    return open();
  }
}

export function openStores(dir: string, version: string): Stores {
  const problems: string[] = [];
  const settings = openKeepingBadFile(
    dir,
    'settings',
    () =>
      new Store<SettingsFile>({
        cwd: dir,
        name: 'settings',
        schema: SETTINGS_SCHEMA,
        projectVersion: version,
        migrations: SETTINGS_MIGRATIONS,
        clearInvalidConfig: false,
      }),
    problems,
  );
  const tracker = openKeepingBadFile(
    dir,
    'tracker',
    () =>
      new Store<TrackerFile>({ cwd: dir, name: 'tracker', schema: TRACKER_SCHEMA, projectVersion: version }),
    problems,
  );
  const programme = openKeepingBadFile(
    dir,
    'programme',
    () =>
      new Store<ProgrammeFile>({
        cwd: dir,
        name: 'programme',
        schema: PROGRAMME_SCHEMA,
        projectVersion: version,
      }),
    problems,
  );
  return {
    settings: { load: () => settings.get('settings'), save: (value) => settings.set('settings', value) },
    tracker: { load: () => tracker.get('tracker') ?? null, save: (value) => tracker.set('tracker', value) },
    programme: {
      load: () => programme.get('programme'),
      save: (value) => programme.set('programme', value),
    },
    problems,
  };
}
