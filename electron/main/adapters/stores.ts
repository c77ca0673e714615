// electron-store files in userData: settings.json (schema, projectVersion, migrations), tracker.json (the small
// tracker state) and programme.json (the walking programme, validated by core). Writes are write-then-rename
// (electron-store), and a failing write is kept in memory and retried (durable-document.ts). A file that cannot
// be read or fails its schema is kept aside with a timestamp, what it still holds is recovered, and the user is
// told once: never a silent reset.
import { existsSync, readFileSync, renameSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import Store, { type Options, type Schema } from 'electron-store';
import type { ProgrammeStore, StoredBreak } from '../../core/break-session';
import type { DeskStore, StoredDesk } from '../../core/desk-service';
import type { SettingsStorePort } from '../../core/settings-service';
import type { PersistedTracker } from '../../core/tracker-state';
import { createTranslator, type Translator } from '../../shared/i18n';
import { RESOURCES } from '../../shared/i18n/resources';
import type { Settings } from '../../shared/settings';
import { keptAsideNotice } from '../notices';
import {
  durableDocument,
  type DurableDocument,
  type DurableOptions,
  type WriteTroubleListener,
} from './durable-document';

interface SettingsFile {
  settings?: Settings;
}
interface TrackerFile {
  tracker?: PersistedTracker;
}
interface ProgrammeFile {
  programme?: StoredBreak;
}
interface DeskFile {
  desk?: StoredDesk;
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
/** The file's shape only: core checks every field (checkStoredDesk) and asks the check again if it must. */
const DESK_SCHEMA: Schema<DeskFile> = { desk: { type: 'object' } };

export type DocumentName = 'settings' | 'tracker' | 'programme' | 'desk';

export interface TrackerStorePort {
  /** Read from disk as is, unchecked: the engine validates it (restoreTracker) before use. */
  load(): PersistedTracker | null;
  save(state: PersistedTracker): void;
  /**
   * "Still true at `at`": sets tracker.json's modification time (the last moment the app saw the user). No
   * rewrite, no fsync; skipped while a newer state waits to be written.
   */
  touch(at: number): void;
  /** tracker.json's modification time (wall ms), or null without a file. */
  touchedAt(): number | null;
}

/** A file that could not be opened and was kept aside. */
export interface KeptAside {
  name: DocumentName;
  /** Path of the file as it was, renamed `<name>.json.broken-<time>`; null when even renaming it failed. */
  aside: string | null;
  /** True when its contents could still be read (they are handed to core, which keeps what is valid). */
  recovered: boolean;
  /** Why it could not be opened (electron-store's message: names the problem, not the values). */
  reason: string;
}

/** One message for the user. */
export interface Notice {
  title: string;
  body: string;
}

export interface Stores {
  settings: SettingsStorePort;
  tracker: TrackerStorePort;
  programme: ProgrammeStore;
  desk: DeskStore;
  /** Files that had to be kept aside while opening; empty when all was well. */
  keptAside: KeptAside[];
  /** One line per kept-aside file, for the log. */
  problems: string[];
  /**
   * What to tell the user about the kept-aside files, or null when there is nothing to say; worded when read, in
   * the language `OpenStoresOptions.i18n` gives then (settings are only known once core has loaded them).
   */
  readonly notice: Notice | null;
  /** Tries every write still waiting (on quit); true when nothing is left unwritten. */
  flush(): boolean;
}

export interface OpenStoresOptions extends DurableOptions {
  /** Told when writes fail and recover (default: nobody, the values stay in memory and are retried anyway). */
  trouble?: WriteTroubleListener;
  /** The translator for the user's language, for `notice` (default: English). */
  i18n?: () => Pick<Translator, 't'>;
}

const english = (): Translator => createTranslator({ language: 'en', locale: 'en' }, RESOURCES);

/** electron-store's own constraint on a file's type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors Store<T extends Record<string, any>>
type FileShape = Record<string, any>;

interface Opened<F extends FileShape> {
  /** Null when the file could not be opened even after keeping it aside: the document lives in memory. */
  store: Store<F> | null;
  /** What could still be read from a kept-aside file, to hand to core once. */
  salvaged: unknown;
}

function readSalvage(file: string, key: string): unknown {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return (parsed as Record<string, unknown>)[key];
  } catch {
    // Not JSON (truncated, overwritten): nothing to recover.
  }
  return undefined;
}

/**
 * Opens a store. If its file is unreadable or fails its schema, reads what it can from it, renames it to
 * `<name>.json.broken-<time>`, opens a fresh one and puts the recovered value back if the schema accepts it
 * (otherwise core gets it through load() and repairs it field by field).
 */
function openKeepingBadFile<F extends FileShape>(
  dir: string,
  name: DocumentName,
  open: () => Store<F>,
  kept: KeptAside[],
): Opened<F> {
  try {
    return { store: open(), salvaged: undefined };
  } catch (error) {
    const file = join(dir, `${name}.json`);
    if (!existsSync(file)) throw error;
    const salvaged = readSalvage(file, name);
    const aside = `${file}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    let store: Store<F> | null = null;
    let renamed = true;
    try {
      renameSync(file, aside);
      store = open();
    } catch {
      renamed = false;
    }
    kept.push({
      name,
      aside: renamed ? aside : null,
      recovered: salvaged !== undefined,
      reason: String(error),
    });
    if (store && salvaged !== undefined) {
      try {
        store.set(name as never, salvaged as never);
        return { store, salvaged: undefined };
      } catch {
        // Fails the file schema: core repairs it on load and saves the result.
      }
    }
    return { store, salvaged };
  }
}

const NOBODY: WriteTroubleListener = { failing: () => undefined, recovered: () => undefined };

function document<F extends FileShape, T>(
  name: DocumentName,
  opened: Opened<F>,
  options: OpenStoresOptions,
): DurableDocument<T> {
  const { store } = opened;
  let salvaged = opened.salvaged;
  return durableDocument<T>(
    name,
    {
      read: () => (store?.get(name as never) as unknown) ?? salvaged,
      write: (value) => {
        if (!store)
          throw Object.assign(new Error(`${name}.json cannot be replaced`), { code: 'EUNWRITABLE' });
        store.set(name as never, value as never);
        salvaged = undefined;
      },
    },
    options.trouble ?? NOBODY,
    options,
  );
}

export function openStores(dir: string, version: string, options: OpenStoresOptions = {}): Stores {
  const kept: KeptAside[] = [];
  const settingsFile = openKeepingBadFile(
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
    kept,
  );
  const trackerFile = openKeepingBadFile(
    dir,
    'tracker',
    () =>
      new Store<TrackerFile>({
        cwd: dir,
        name: 'tracker',
        schema: TRACKER_SCHEMA,
        projectVersion: version,
        clearInvalidConfig: false,
      }),
    kept,
  );
  const programmeFile = openKeepingBadFile(
    dir,
    'programme',
    () =>
      new Store<ProgrammeFile>({
        cwd: dir,
        name: 'programme',
        schema: PROGRAMME_SCHEMA,
        projectVersion: version,
        clearInvalidConfig: false,
      }),
    kept,
  );
  const deskFile = openKeepingBadFile(
    dir,
    'desk',
    () =>
      new Store<DeskFile>({
        cwd: dir,
        name: 'desk',
        schema: DESK_SCHEMA,
        projectVersion: version,
        clearInvalidConfig: false,
      }),
    kept,
  );
  const settings = document<SettingsFile, Settings>('settings', settingsFile, options);
  const desk = document<DeskFile, StoredDesk>('desk', deskFile, options);
  const tracker = document<TrackerFile, PersistedTracker>('tracker', trackerFile, options);
  const programme = document<ProgrammeFile, StoredBreak>('programme', programmeFile, options);
  return {
    settings: { load: settings.load, save: settings.save },
    tracker: {
      load: () => (tracker.load() as PersistedTracker | undefined) ?? null,
      save: tracker.save,
      touch: (at) => {
        if (tracker.pending) return;
        try {
          utimesSync(join(dir, 'tracker.json'), at / 1000, at / 1000);
        } catch {
          // No file yet, or it cannot be touched: the next save writes savedAt itself.
        }
      },
      touchedAt: () => {
        try {
          return Math.floor(statSync(join(dir, 'tracker.json')).mtimeMs);
        } catch {
          return null;
        }
      },
    },
    programme: { load: programme.load, save: programme.save },
    desk: { load: desk.load, save: desk.save },
    keptAside: kept,
    problems: kept.map(
      (k) =>
        `${k.name}.json could not be read (${k.reason}); ${k.aside ? `it was kept as ${k.aside}` : 'it could not be moved aside'}` +
        `${k.recovered ? ', and what it held was recovered' : ''}.`,
    ),
    get notice() {
      return keptAsideNotice(kept, (options.i18n ?? english)());
    },
    flush: () => [settings, tracker, programme, desk].map((d) => d.flush()).every(Boolean),
  };
}
