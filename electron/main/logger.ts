// The main-process log: userData/logs/main.log through electron-log, rotated at 1 MiB into main.old.log (so
// at most about 2 MiB on disk), plus the console. electron-log's plain-Node entry is used on purpose: it opens
// no IPC channel for renderers to log through. Callers pass messages only, never IPC arguments or stored values
// (they may hold health answers); tests/main/logger.test.ts checks a whole guided walk leaves none behind.
import electronLog from 'electron-log/node';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LoggerOptions {
  /** Also print to the console (off in tests). Default true. */
  console?: boolean;
  /** Rotate when the file passes this size. Default 1 MiB. */
  maxBytes?: number;
}

export const LOG_MAX_BYTES = 1024 * 1024;

let instances = 0;

/** A logger appending to `file`. A failing write never throws: logging must not take the app down. */
export function createLogger(file: string, options: LoggerOptions = {}): Logger {
  instances += 1;
  const log = electronLog.create({ logId: `walkbreak-${instances}` });
  const { file: toFile, console: toConsole } = log.transports;
  toFile.resolvePathFn = () => file;
  toFile.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  toFile.format = '{iso} {level} {text}';
  toFile.level = 'info';
  toFile.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  toConsole.level = options.console === false ? false : 'info';
  for (const other of ['ipc', 'remote'] as const) {
    const transport = log.transports[other];
    if (transport) transport.level = false;
  }
  const write = (level: LogLevel, message: string): void => {
    try {
      log[level](message);
    } catch {
      // Nowhere left to report it.
    }
  };
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
  };
}
