// Write-behind for one stored document: a write that fails (disk full, no permission, a locked file) keeps the
// value in memory, is retried with a growing delay, and is reported once per spell of trouble; reads see the
// newest value. The file on disk is only ever replaced whole by the underlying writer (write-then-rename).

/** Told when writes start failing and when they work again; `message` is in words for the user. */
export interface WriteTroubleListener {
  failing(document: string, message: string): void;
  recovered(document: string): void;
}

export interface DurableDocument<T> {
  /** The newest value: one still waiting to be written, or what the reader returns. */
  load(): unknown;
  /** Writes now, or keeps `value` in memory and retries when the write fails. Never throws. */
  save(value: T): void;
  /** True while a value is waiting to be written. */
  readonly pending: boolean;
  /** Tries a waiting write now (on quit); true when nothing is left unwritten. */
  flush(): boolean;
}

export interface DurableOptions {
  /** First retry after this many ms; the delay doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
}

const RETRY_MS = 15_000;
const MAX_RETRY_MS = 5 * 60_000;

/** Names an error by its code ("ENOSPC") when it has one: messages may quote paths, never stored values. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'unknown error';
}

export function durableDocument<T>(
  name: string,
  io: { read(): unknown; write(value: T): void },
  listener: WriteTroubleListener,
  options: DurableOptions = {},
): DurableDocument<T> {
  const firstDelay = options.retryMs ?? RETRY_MS;
  const maxDelay = options.maxRetryMs ?? MAX_RETRY_MS;
  let waiting: { value: T } | null = null;
  let failing = false;
  let delay = firstDelay;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const attempt = (): boolean => {
    if (retry) clearTimeout(retry);
    retry = null;
    if (!waiting) return true;
    try {
      io.write(waiting.value);
    } catch (error) {
      if (!failing) listener.failing(name, errorCode(error));
      failing = true;
      retry = setTimeout(attempt, delay);
      delay = Math.min(maxDelay, delay * 2);
      return false;
    }
    waiting = null;
    delay = firstDelay;
    if (failing) listener.recovered(name);
    failing = false;
    return true;
  };

  return {
    load: () => (waiting ? waiting.value : io.read()),
    save(value) {
      waiting = { value };
      attempt();
    },
    get pending() {
      return waiting !== null;
    },
    flush: attempt,
  };
}

/**
 * Retries `attempt` (true when it succeeded) after 15 s, 30 s, 60 s … at most every 5 min once started, until it
 * succeeds; for writers that keep their own pending data (the history log).
 */
export function retryEvery(
  attempt: () => boolean,
  options: DurableOptions = {},
): { start(): void; stop(): void } {
  const firstDelay = options.retryMs ?? RETRY_MS;
  const maxDelay = options.maxRetryMs ?? MAX_RETRY_MS;
  let delay = firstDelay;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = (): void => {
    timer = null;
    if (attempt()) {
      delay = firstDelay;
      return;
    }
    timer = setTimeout(run, delay);
    delay = Math.min(maxDelay, delay * 2);
  };
  return {
    start() {
      if (timer) return;
      timer = setTimeout(run, delay);
      delay = Math.min(maxDelay, delay * 2);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
