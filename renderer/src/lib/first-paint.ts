// What a window's view waits for before its first paint besides its code: work that modules of the view start as
// they load (the emergency region, lib/emergency.svelte.ts). So only a window whose view shows a safety message
// asks main for the region, and the reminder window (which shows none) waits for nothing but its language.
const holds: Promise<unknown>[] = [];

/** Called by a module at load: the view that imports it is mounted once `work` has settled (it must not reject). */
export function holdFirstPaint(work: Promise<unknown>): void {
  holds.push(work);
}

/** Settles when everything the loaded modules asked the first paint to wait for has settled. */
export function firstPaintReady(): Promise<unknown> {
  return Promise.all(holds);
}
