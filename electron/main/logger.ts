// A tiny main-process logger: one line per message to the console and to userData/logs/main.log.
// Rotation comes later. Callers pass messages only, never IPC arguments (they may hold health data).
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LoggerOptions {
  /** Also print to the console (off in tests). Default true. */
  console?: boolean;
}

/** A logger appending to `file`. A failing write never throws: logging must not take the app down. */
export function createLogger(file: string, options: LoggerOptions = {}): Logger {
  let dirReady = false;
  const write = (level: LogLevel, message: string): void => {
    const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}`;
    if (options.console !== false) (level === 'info' ? console.log : console.warn)(line);
    try {
      if (!dirReady) mkdirSync(dirname(file), { recursive: true });
      dirReady = true;
      appendFileSync(file, line + '\n');
    } catch {
      // The console line is all we can do.
    }
  };
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
  };
}
