// An fs port that fails on purpose, in the manner of SQLite's I/O-error tests: every call that changes the disk
// (open for writing, write, fsync, rename, unlink, truncate, mkdir) is numbered, and the call with number `failAt`
// fails with the chosen fault. Errors carry node's codes (ENOSPC disk full, EDQUOT quota, EIO device error,
// EROFS read-only file system, EACCES permission denied: `man 2 write`, `man 2 fsync`, `man 2 rename`). A
// `short` write writes only half of what it was asked (write(2) may return fewer bytes than requested: "partial
// write", e.g. when the disk fills); a `torn` write writes half for real and then fails with EIO.
import { basename } from 'node:path';
import { nodeFs, type FsPort } from '../../electron/main/adapters/durable-fs';

export const FAULTS = ['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EACCES', 'short', 'torn'] as const;
export type Fault = (typeof FAULTS)[number];

/** One call that changes the disk: which call, on which file kind. */
export interface WritePoint {
  op: 'open' | 'write' | 'fsync' | 'rename' | 'unlink' | 'ftruncate' | 'mkdir';
  file: string;
}

/** The file kind a path belongs to, for the report. */
export function kindOf(path: string): string {
  const name = basename(path);
  if (/^(settings|tracker|programme|desk|welcome)\.json/.test(name)) return name.split('.')[0]!;
  if (name.startsWith('events-')) return 'history events';
  if (name.startsWith('summary-')) return 'history summaries';
  return 'folder';
}

export interface FaultyFs extends FsPort {
  /** Every disk-changing call made so far. */
  readonly points: WritePoint[];
  /** The number of the call to fail (-1: none) and how. */
  failAt: number;
  fault: Fault;
  /** Whether the planned fault has happened. */
  injected: boolean;
}

const error = (code: string): Error => Object.assign(new Error(`${code}: injected fault`), { code });

export function faultyFs(base: FsPort = nodeFs): FaultyFs {
  const paths = new Map<number, string>();
  const fs: FaultyFs = {
    points: [],
    failAt: -1,
    fault: 'EIO',
    injected: false,
    ...base,
  };
  /** Numbers a call; true when this one is to fail (a short or torn fault only applies to writes). */
  const hit = (op: WritePoint['op'], file: string): boolean => {
    const n = fs.points.length;
    fs.points.push({ op, file });
    if (n !== fs.failAt) return false;
    if ((fs.fault === 'short' || fs.fault === 'torn') && op !== 'write') return false;
    fs.injected = true;
    return true;
  };
  const fail = (): never => {
    throw error(fs.fault === 'torn' ? 'EIO' : fs.fault);
  };
  fs.openSync = (path, flags, mode) => {
    if (flags !== 'r' && hit('open', path)) fail();
    const fd = base.openSync(path, flags, mode);
    paths.set(fd, path);
    return fd;
  };
  fs.closeSync = (fd) => {
    paths.delete(fd);
    base.closeSync(fd);
  };
  fs.writeSync = (fd, buffer, offset, length, position) => {
    if (!hit('write', paths.get(fd) ?? '?')) return base.writeSync(fd, buffer, offset, length, position);
    if (fs.fault === 'short' || fs.fault === 'torn') {
      const half = Math.max(1, Math.floor(length / 2));
      const written = base.writeSync(fd, buffer, offset, half, position);
      if (fs.fault === 'short') return written;
    }
    return fail();
  };
  fs.fsyncSync = (fd) => {
    if (hit('fsync', paths.get(fd) ?? '?')) fail();
    base.fsyncSync(fd);
  };
  fs.ftruncateSync = (fd, length) => {
    if (hit('ftruncate', paths.get(fd) ?? '?')) fail();
    base.ftruncateSync(fd, length);
  };
  fs.renameSync = (from, to) => {
    if (hit('rename', to)) fail();
    base.renameSync(from, to);
  };
  fs.unlinkSync = (path) => {
    if (hit('unlink', path)) fail();
    base.unlinkSync(path);
  };
  fs.mkdirSync = (path, options) => {
    if (hit('mkdir', path)) fail();
    base.mkdirSync(path, options);
  };
  return fs;
}
