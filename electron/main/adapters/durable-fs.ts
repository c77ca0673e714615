// The one durable-write path for every file WalkBreak owns (settings, tracker, programme, history months and their
// summaries), over an fs port a test can make fail. A replacement writes a unique temporary file, loops until every
// byte is written, fsyncs it, renames it over the old file and fsyncs the folder; an append either lands whole
// (written to the end, fsynced) or is rolled back to the previous size before the error is reported. Any error
// (ENOSPC, EIO, EDQUOT, EROFS, EACCES, a write that makes no progress) throws, so the caller never acknowledges
// a write that is not on disk. Nothing here caches or retries: durable-document.ts and history-log.ts do.
import * as nodeFsModule from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** The calls WalkBreak makes on files, all synchronous (node:fs semantics). */
export interface FsPort {
  openSync(path: string, flags: string, mode?: number): number;
  /** Writes up to `length` bytes; returns how many were written (may be fewer: a short write). */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  fstatSync(fd: number): { size: number };
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  readFileSync(path: string): Buffer;
  readdirSync(path: string): string[];
  statSync(path: string): { size: number };
  mkdirSync(path: string, options: { recursive: true }): void;
}

/**
 * The real file system. One object, so a test can spy on one of its calls (`vi.spyOn(nodeFs, 'fsyncSync')`) or
 * hand `bootstrap` a failing port instead.
 */
export const nodeFs: FsPort = {
  openSync: (path, flags, mode) => nodeFsModule.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length, position) =>
    nodeFsModule.writeSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => nodeFsModule.fsyncSync(fd),
  closeSync: (fd) => nodeFsModule.closeSync(fd),
  ftruncateSync: (fd, length) => nodeFsModule.ftruncateSync(fd, length),
  fstatSync: (fd) => nodeFsModule.fstatSync(fd),
  readSync: (fd, buffer, offset, length, position) =>
    nodeFsModule.readSync(fd, buffer, offset, length, position),
  renameSync: (from, to) => nodeFsModule.renameSync(from, to),
  unlinkSync: (path) => nodeFsModule.unlinkSync(path),
  readFileSync: (path) => nodeFsModule.readFileSync(path),
  readdirSync: (path) => nodeFsModule.readdirSync(path),
  statSync: (path) => nodeFsModule.statSync(path),
  mkdirSync: (path, options) => void nodeFsModule.mkdirSync(path, options),
};

/** An error carrying a system-style code, as node:fs throws them. */
export function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** Files are readable by their user only: they hold health answers. */
const FILE_MODE = 0o600;

/** Temporary files are `<name>.<pid>-<n>.tmp` beside their target; `isTempFile` knows them for clean-up. */
let tempCounter = 0;
const TEMP_FILE = /\.\d+-\d+\.tmp$/;
export const isTempFile = (name: string): boolean => TEMP_FILE.test(name) || name.endsWith('.tmp');

/** Writes every byte of `data` at `position` (null: the file's end in append mode), looping over short writes. */
function writeAll(fs: FsPort, fd: number, data: Uint8Array, position: number | null): void {
  let done = 0;
  while (done < data.length) {
    const n = fs.writeSync(fd, data, done, data.length - done, position === null ? null : position + done);
    // A write that makes no progress would loop forever: report it as the I/O error it is.
    if (!(n > 0)) throw fsError('EIO', 'a write made no progress');
    done += n;
  }
}

const bestEffort = (step: () => void): void => {
  try {
    step();
  } catch {
    // Already failing: the first error is the one reported.
  }
};

/**
 * Makes a rename or a new file in `dir` durable. Windows cannot open a folder to flush it (NTFS journals the
 * rename itself); a file system that cannot flush folders says EINVAL/ENOTSUP, and there is nothing more to do.
 */
export function syncFolder(fs: FsPort, dir: string, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP') throw error;
  } finally {
    bestEffort(() => fs.closeSync(fd));
  }
}

/**
 * Replaces `file` with `text` as a whole: after a crash or a power cut the file is the old or the new version,
 * never a mix. Throws on any failure, leaving the old file as it was and no temporary file behind (as far as the
 * disk allows removing it).
 */
export function replaceFile(fs: FsPort, file: string, text: string | Uint8Array): void {
  const dir = dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${basename(file)}.${process.pid}-${++tempCounter}.tmp`);
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const fd = fs.openSync(tmp, 'wx', FILE_MODE);
  try {
    writeAll(fs, fd, data, 0);
    fs.fsyncSync(fd);
  } catch (error) {
    bestEffort(() => fs.closeSync(fd));
    bestEffort(() => fs.unlinkSync(tmp));
    throw error;
  }
  try {
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
  } catch (error) {
    bestEffort(() => fs.unlinkSync(tmp));
    throw error;
  }
  syncFolder(fs, dir);
}

/**
 * Appends `text` to `file` (creating it) and flushes it. On any failure the file is cut back to its size before
 * the append, so a retry never lands behind a fragment; the error is then thrown. When even that fails the error
 * says so (`rolledBack: false`), and the caller must not assume the file ends cleanly.
 */
export function appendFile(fs: FsPort, file: string, text: string): void {
  const dir = dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const data = Buffer.from(text, 'utf8');
  const fd = fs.openSync(file, 'a', FILE_MODE);
  let before: number | null = null;
  try {
    before = fs.fstatSync(fd).size;
    writeAll(fs, fd, data, null);
    fs.fsyncSync(fd);
  } catch (error) {
    let rolledBack = before === null;
    if (before !== null) {
      const size = before;
      try {
        fs.ftruncateSync(fd, size);
        fs.fsyncSync(fd);
        rolledBack = true;
      } catch {
        rolledBack = false;
      }
    }
    bestEffort(() => fs.closeSync(fd));
    throw Object.assign(error as object, { rolledBack });
  }
  fs.closeSync(fd);
  // A new file is only durable once its folder entry is.
  if (before === 0) syncFolder(fs, dir);
}

/** What `readText` returns for a file over its size limit (not read). */
export const TOO_LARGE = '\u0000too large';

/**
 * The file's text (a UTF-8 byte order mark removed), or null when it does not exist, or TOO_LARGE when it is over
 * `maxBytes`. Other errors throw.
 */
export function readText(fs: FsPort, file: string, maxBytes = Infinity): string | null {
  let bytes: Buffer;
  try {
    if (maxBytes !== Infinity && fs.statSync(file).size > maxBytes) return TOO_LARGE;
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The same port, but its errors name files relative to the user-data folder (`history/events-2026-03.jsonl`), so
 * logs and the History problem list never carry the user's home path or name.
 */
export function relativeErrors(fs: FsPort, userDataDir: string): FsPort {
  const strip = (error: unknown): never => {
    if (error instanceof Error) {
      const prefix = userDataDir.endsWith(sep) ? userDataDir : userDataDir + sep;
      error.message = error.message.split(prefix).join('');
      const e = error as NodeJS.ErrnoException;
      if (typeof e.path === 'string') e.path = e.path.split(prefix).join('');
      const withDest = e as { dest?: unknown };
      if (typeof withDest.dest === 'string') withDest.dest = withDest.dest.split(prefix).join('');
    }
    throw error;
  };
  const calls = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const wrapped = {} as Record<string, unknown>;
  // Looked up at each call, so a test spying on `nodeFs` after start still reaches it.
  for (const name of Object.keys(fs))
    wrapped[name] = (...args: unknown[]) => {
      try {
        return calls[name]!(...args);
      } catch (error) {
        return strip(error);
      }
    };
  return wrapped as unknown as FsPort;
}
