// Types for scripts/start.mjs, so TypeScript tests can import it.
export function noBinaryMessage(reason?: string): string;
export function downloadReason(output: string): string | undefined;
export function start(steps: {
  find: () => string | undefined;
  install: () => { ok: boolean; output: string };
  build: () => number;
  launch: (exe: string) => void;
  say: (line: string) => void;
  fail: (text: string) => void;
}): number | undefined;
