// The small JSON documents in userData: settings.json, tracker.json (the tracker state), programme.json (the
// walking programme), desk.json (the workstation check) and welcome.json (the first-run window's marker). Each is read once at start and validated by the same check core applies before it uses or
// writes one; every write is a durable whole-file replacement (durable-fs.ts), kept in memory and retried while it
// fails (durable-document.ts). A file that cannot be read or fails its check is kept aside with a timestamp, what
// it still holds is recovered, and the user is told once: never a silent reset. A file written by a newer
// WalkBreak is copied aside and never overwritten: this version runs on defaults in memory for that document.
//
// The file layout is the one electron-store wrote in earlier versions
// (`{ "<name>": value, "__internal__": { "migrations": { "version" } } }`), so existing files read as they are and
// an older build can still read ours. electron-store is no longer a dependency: it wrote once without checking for
// short writes, flushed no folder, and through `atomically`/conf wrote in place whenever a `SNAP` variable was set
// (docs/reliability.md).
import { statSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { restoreBreak, type ProgrammeStore, type StoredBreak } from '../../core/break-session';
import { checkStoredDesk, type DeskStore, type StoredDesk } from '../../core/desk-service';
import { checkStoredWelcome, type StoredWelcome, type WelcomeStore } from '../../core/first-run';
import { checkPersisted } from '../../core/restore';
import type { SettingsStorePort } from '../../core/settings-service';
import type { PersistedTracker } from '../../core/tracker-state';
import type { Settings } from '../../shared/settings';
import { storedSettingsShape } from '../../shared/settings-schemas';
import {
  durableDocument,
  errorCode,
  type DurableDocument,
  type DurableOptions,
  type WriteTroubleListener,
} from './durable-document';
import { fsError, nodeFs, readText, replaceFile, syncFolder, TOO_LARGE, type FsPort } from './durable-fs';

export type DocumentName = 'settings' | 'tracker' | 'programme' | 'desk' | 'welcome';

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

/** A file that could not be used as it was and was kept aside. */
export interface KeptAside {
  name: DocumentName;
  /** File name (in the user-data folder) of the copy kept, `<name>.json.broken-<time>`; null when moving failed. */
  aside: string | null;
  /** True when its contents could still be read (they are handed to core, which keeps what is valid). */
  recovered: boolean;
  /** Why it could not be used: names the problem, never the values. */
  reason: string;
  /** Written by a newer WalkBreak: left in place, copied aside, and this version does not write over it. */
  newer?: boolean;
  /** The file could not even be read (no permission, an I/O error): left untouched, never written over. */
  unreadable?: boolean;
}

/** One message for the user. */
export interface Stores {
  settings: SettingsStorePort;
  tracker: TrackerStorePort;
  programme: ProgrammeStore;
  /** The workstation check's answers (desk.json). */
  desk: DeskStore;
  /** Whether the first-run window is done (welcome.json). */
  welcome: WelcomeStore;
  /**
   * True when any of these documents was on disk at start (readable or not): WalkBreak has run here before.
   * False on a first start.
   */
  storedBefore: boolean;
  /** Files that had to be kept aside while opening; empty when all was well. */
  keptAside: KeptAside[];
  /** One line per kept-aside file, for the log (file names relative to the user-data folder). */
  problems: string[];
  /** Tries every write still waiting (on quit); true when nothing is left unwritten. */
  flush(): boolean;
  /** The documents whose newest value is not on disk yet. */
  pending(): DocumentName[];
}

export interface OpenStoresOptions extends DurableOptions {
  /** Told when writes fail and recover (default: nobody, the values stay in memory and are retried anyway). */
  trouble?: WriteTroubleListener;
  /** The file system (default: node:fs); the fault-injection tests hand in one that fails. */
  fs?: FsPort;
  /** Wall clock for the kept-aside names (default Date.now). */
  now?: () => number;
}

/** Why a stored value cannot be used as it is, or null when it can (undefined: no value yet). */
const CHECKS: Record<DocumentName, (value: unknown) => string | null> = {
  settings: (value) => {
    if (value === undefined) return null;
    const parsed = v.safeParse(storedSettingsShape, value);
    if (parsed.success) return null;
    const path = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.');
    return `schema violation: settings${path ? `.${path}` : ''} has the wrong type`;
  },
  tracker: (value) => {
    if (value === undefined) return null;
    const checked = checkPersisted(value);
    return checked.ok ? null : `schema violation: tracker ${checked.reason}`;
  },
  programme: (value) => {
    if (value === undefined) return null;
    const { problem } = restoreBreak(value);
    return problem ? `schema violation: ${problem}` : null;
  },
  desk: (value) => {
    if (value === undefined) return null;
    const checked = checkStoredDesk(value);
    return checked.ok ? null : `schema violation: desk ${checked.reason}`;
  },
  welcome: (value) => {
    if (value === undefined) return null;
    const checked = checkStoredWelcome(value);
    return checked.ok ? null : `schema violation: welcome ${checked.reason}`;
  },
};

/** The newest document format this build knows, by document (settings have none of their own). */
const KNOWN_VERSION: Record<DocumentName, number> = {
  settings: 0,
  tracker: 1,
  programme: 1,
  desk: 1,
  welcome: 1,
};

/** 1.2.3 → [1, 2, 3]; anything else → null. */
const semver = (text: unknown): number[] | null => {
  const m = typeof text === 'string' ? /^(\d+)\.(\d+)\.(\d+)/.exec(text) : null;
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};
const newerThan = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** Whether a parsed file was written by a newer WalkBreak: a newer app version or document format. */
function fromTheFuture(name: DocumentName, file: Record<string, unknown>, appVersion: string): boolean {
  const internal = file['__internal__'] as { migrations?: { version?: unknown } } | undefined;
  const written = semver(internal?.migrations?.version);
  const ours = semver(appVersion);
  if (written && ours && newerThan(written, ours)) return true;
  const value = file[name] as { version?: unknown } | null | undefined;
  const version = value && typeof value === 'object' ? value.version : undefined;
  return typeof version === 'number' && version > KNOWN_VERSION[name];
}

/** A stored document larger than this is kept aside unread. */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

const stamp = (ms: number): string => new Date(ms).toISOString().replace(/[:.]/g, '-');

const NOBODY: WriteTroubleListener = { failing: () => undefined, recovered: () => undefined };

interface Opened {
  /** The value to start from (undefined: none; core starts from defaults). */
  value: unknown;
  /** Other top-level keys of the file, kept on every write (a newer app's additions are not dropped). */
  rest: Record<string, unknown>;
  /** Null when the document may be written; otherwise why it lives in memory only. */
  memoryOnly: string | null;
  /** The file was there (whatever became of it). */
  existed: boolean;
}

function openDocument(
  fs: FsPort,
  dir: string,
  name: DocumentName,
  appVersion: string,
  now: () => number,
  kept: KeptAside[],
): Opened {
  const file = join(dir, `${name}.json`);
  let text: string | null;
  try {
    // Far larger than any real document (settings are under 1 KiB, a year of programme a few KiB): not read.
    text = readText(fs, file, MAX_DOCUMENT_BYTES);
  } catch (error) {
    // Unreadable (no permission, I/O error): never write over what could not be read.
    kept.push({
      name,
      aside: null,
      recovered: false,
      reason: `it cannot be read (${errorCode(error)})`,
      unreadable: true,
    });
    return { value: undefined, rest: {}, memoryOnly: errorCode(error), existed: true };
  }
  if (text === null) return { value: undefined, rest: {}, memoryOnly: null, existed: false };

  let parsed: unknown;
  let reason: string | null = null;
  if (text === TOO_LARGE) reason = `it is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`;
  else
    try {
      parsed = JSON.parse(text);
    } catch {
      reason = 'it is not JSON (truncated or overwritten)';
    }
  if (reason === null && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)))
    reason = `it holds ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}, not an object`;
  const record = reason === null ? (parsed as Record<string, unknown>) : null;

  if (record && fromTheFuture(name, record, appVersion)) {
    const aside = `${name}.json.newer-${stamp(now())}`;
    let copied = true;
    try {
      replaceFile(fs, join(dir, aside), text);
    } catch {
      copied = false;
    }
    kept.push({
      name,
      aside: copied ? aside : null,
      recovered: false,
      reason: 'it was written by a newer version of WalkBreak',
      newer: true,
    });
    return { value: undefined, rest: {}, memoryOnly: 'ENEWER', existed: true };
  }

  const { [name]: value, ...rest } = record ?? {};
  if (record) reason = CHECKS[name](value);
  if (reason === null) return { value, rest, memoryOnly: null, existed: true };

  // Damaged: keep the file aside byte for byte, hand what it held to core (which keeps what is valid).
  const aside = `${name}.json.broken-${stamp(now())}`;
  let moved = true;
  try {
    fs.renameSync(file, join(dir, aside));
    syncFolder(fs, dir);
  } catch {
    moved = false;
  }
  kept.push({ name, aside: moved ? aside : null, recovered: value !== undefined, reason });
  return { value, rest: record ? rest : {}, memoryOnly: moved ? null : 'EUNWRITABLE', existed: true };
}

function document<T>(
  fs: FsPort,
  dir: string,
  name: DocumentName,
  appVersion: string,
  opened: Opened,
  options: OpenStoresOptions,
): DurableDocument<T> {
  let current = opened.value;
  const file = join(dir, `${name}.json`);
  if (opened.memoryOnly !== null) {
    // Told at start; saving is not tried, so a newer or unreadable file is never overwritten.
    let waiting = false;
    return {
      load: () => current,
      save(value) {
        current = value;
        waiting = true;
      },
      get pending() {
        return waiting;
      },
      flush: () => !waiting,
    };
  }
  const internal = {
    ...(opened.rest['__internal__'] as object | undefined),
    migrations: { version: appVersion },
  };
  return durableDocument<T>(
    name,
    {
      read: () => current,
      write: (value) => {
        if (CHECKS[name](value) !== null) throw fsError('EINVAL', `refused to save an invalid ${name}`);
        replaceFile(
          fs,
          file,
          JSON.stringify({ ...opened.rest, [name]: value, __internal__: internal }, undefined, '\t'),
        );
        current = value;
      },
    },
    options.trouble ?? NOBODY,
    options,
  );
}

export function openStores(dir: string, version: string, options: OpenStoresOptions = {}): Stores {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? Date.now;
  const kept: KeptAside[] = [];
  let storedBefore = false;
  const open = <T>(name: DocumentName): DurableDocument<T> => {
    const opened = openDocument(fs, dir, name, version, now, kept);
    storedBefore ||= opened.existed;
    return document<T>(fs, dir, name, version, opened, options);
  };
  const settings = open<Settings>('settings');
  const tracker = open<PersistedTracker>('tracker');
  const programme = open<StoredBreak>('programme');
  const desk = open<StoredDesk>('desk');
  const welcome = open<StoredWelcome>('welcome');
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
    welcome: { load: welcome.load, save: welcome.save },
    storedBefore,
    keptAside: kept,
    problems: kept.map(
      (k) =>
        `${k.name}.json could not be read (${k.reason}); ` +
        (k.newer
          ? `it is left as it was${k.aside ? `, a copy is kept as ${basename(k.aside)}` : ''}, and this version runs on defaults without saving over it`
          : k.aside
            ? `it was kept as ${basename(k.aside)}`
            : 'it could not be moved aside') +
        `${k.recovered ? ', and what it held was recovered' : ''}.`,
    ),
    flush: () => [settings, tracker, programme, desk, welcome].map((d) => d.flush()).every(Boolean),
    pending: () =>
      (
        [
          ['settings', settings],
          ['tracker', tracker],
          ['programme', programme],
          ['desk', desk],
          ['welcome', welcome],
        ] as const
      ).flatMap(([name, doc]) => (doc.pending ? [name] : [])),
  };
}
