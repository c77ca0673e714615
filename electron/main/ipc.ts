// Serves the IPC contract on ipcMain: one handler per API_METHODS channel. Each call is checked for its sender
// (one of our windows, showing our renderer) and then for its arguments by dispatchInvoke. Never throws.
import { dispatchInvoke } from '../core/handlers';
import { API_METHODS, WINDOW_ONLY, type HandlerMap, type InvokeChannel, type IpcResult } from '../shared/ipc';
import type { InvokeEventSlice, IpcMainSlice } from './electron-slice';

type ServedChannel = (typeof API_METHODS)[keyof typeof API_METHODS];
/** Compile-time check: every invoke channel of the contract is served (exposed by the preload). */
const everyChannelServed: [Exclude<InvokeChannel, ServedChannel>] extends [never] ? true : never = true;
void everyChannelServed;

const FORBIDDEN: IpcResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window may not use WalkBreak.' },
};
const EXTRA_ARGS: IpcResult<never> = {
  ok: false,
  error: { code: 'invalid-args', message: 'Expected one argument object.' },
};

function safeCheck(isOwnSender: (event: InvokeEventSlice) => boolean, event: InvokeEventSlice): boolean {
  try {
    return isOwnSender(event);
  } catch {
    return false;
  }
}

/** Registers every handler; returns a function that removes them again. */
export function registerIpc(
  ipcMain: IpcMainSlice,
  handlers: HandlerMap,
  isOwnSender: (event: InvokeEventSlice) => boolean,
  log: (message: string) => void,
  /** Which of our windows sent the call, for the channels only one kind of window may use (WINDOW_ONLY). */
  senderKind: (event: InvokeEventSlice) => 'main' | 'reminder' | null = () => null,
): () => void {
  const channels: InvokeChannel[] = Object.values(API_METHODS);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, ...args) => {
      if (!safeCheck(isOwnSender, event)) {
        log(`refused ${channel}: the sender is not one of our windows`);
        return FORBIDDEN;
      }
      const only = (WINDOW_ONLY as Partial<Record<InvokeChannel, 'main' | 'reminder'>>)[channel];
      if (only && senderKind(event) !== only) {
        log(`refused ${channel}: only the ${only} window may ask for it`);
        return FORBIDDEN;
      }
      if (args.length > 1) {
        log(`rejected ${channel}: ${args.length} arguments`);
        return EXTRA_ARGS;
      }
      return dispatchInvoke(handlers, channel, args[0], log);
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
