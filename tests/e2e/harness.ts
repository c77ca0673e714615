// Drives the browser harness from Playwright: starts it on a fake clock, moves time, and reaches the windows.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { BreakState } from '../../electron/shared/break';
import type { HistoryEvent } from '../../electron/shared/history';
import type { Settings } from '../../electron/shared/settings';
import type { TrackerSnapshot } from '../../electron/shared/tracker';
import type { HarnessApi, HarnessView } from '../harness/src/harness-types';

/** The harness's globals, reached without DOM types (tests compile with the Node tsconfig). */
type HarnessGlobal = { __harness: HarnessApi };

/** Monday 2 March 2026, 09:00 in London (GMT). Every test starts here. */
export const START = new Date('2026-03-02T09:00:00Z').getTime();
export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export class Harness {
  constructor(readonly page: Page) {}

  /**
   * Installs the fake clock paused at `at` (START, Monday 09:00, the start of the default working hours, unless
   * a test needs another time), loads the harness (optionally with a query) and waits for the core.
   */
  async start(query = '', at = START): Promise<void> {
    // Installed a little earlier so that pausing at `at` is always a step forward, however slow the machine.
    await this.page.clock.install({ time: at - MINUTE });
    await this.page.clock.pauseAt(at);
    await this.page.goto(`/${query}`);
    await this.page.waitForFunction(() => (globalThis as unknown as HarnessGlobal).__harness?.ready === true);
  }

  /** Advances fake time, firing every timer that falls due on the way (the engine's, the views'). */
  async advance(ms: number): Promise<void> {
    await this.page.clock.runFor(ms);
  }

  async now(): Promise<number> {
    return this.page.evaluate(() => Date.now());
  }

  async typing(on = true): Promise<void> {
    await this.page.evaluate((value) => (globalThis as unknown as HarnessGlobal).__harness.typing(value), on);
  }

  async setIdleSeconds(seconds: number): Promise<void> {
    await this.page.evaluate(
      (s) => (globalThis as unknown as HarnessGlobal).__harness.setIdleSeconds(s),
      seconds,
    );
  }

  async lock(): Promise<void> {
    await this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.lock());
  }

  async unlock(): Promise<void> {
    await this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.unlock());
  }

  async open(view: Exclude<HarnessView, 'reminder'>): Promise<void> {
    await this.page.evaluate((v) => (globalThis as unknown as HarnessGlobal).__harness.open(v), view);
  }

  /** What the break window said came next each time its time ran out (window:time-up), in order. */
  async timeUps(): Promise<string[]> {
    return this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.timeUps());
  }

  /** The user turns to another app: no WalkBreak window has the keyboard. */
  async workElsewhere(): Promise<void> {
    await this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.workElsewhere());
  }

  /** Resizes the main window's content, as the user dragging its edge (see HarnessApi.resizeMain). */
  async resizeMain(width: number, height: number): Promise<void> {
    await this.page.evaluate(
      ([w, h]) => (globalThis as unknown as HarnessGlobal).__harness.resizeMain(w, h),
      [width, height] as const,
    );
  }

  async snapshot(): Promise<TrackerSnapshot> {
    return this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.snapshot());
  }

  async breakState(): Promise<BreakState> {
    return this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.breakState());
  }

  async events(): Promise<HistoryEvent[]> {
    return this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.events());
  }

  async settings(): Promise<Settings> {
    return this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.settings());
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.page.evaluate(
      (p) => (globalThis as unknown as HarnessGlobal).__harness.updateSettings(p),
      patch,
    );
  }

  /** Holds imports at their slice boundaries (true) or lets them run (false); see HarnessApi.holdImports. */
  async holdImports(on: boolean): Promise<void> {
    await this.page.evaluate((v) => (globalThis as unknown as HarnessGlobal).__harness.holdImports(v), on);
  }

  /** Waits until an import is held at a slice boundary, then lets it go on to the next one. */
  async releaseImportSlice(): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.importsWaiting()),
      )
      .toBe(1);
    await this.page.evaluate(() => (globalThis as unknown as HarnessGlobal).__harness.releaseImportSlice());
  }

  /** The iframe element of a window (for visibility checks and screenshots). */
  frameElement(view: HarnessView): Locator {
    return this.page.locator(`iframe[name="${view}"]`);
  }

  /** The document inside a window. */
  window(view: HarnessView): FrameLocator {
    return this.page.frameLocator(`iframe[name="${view}"]`);
  }

  /** Sits typing for `minutes`, then pauses typing long enough for the waiting reminder to appear. */
  async sitUntilReminder(minutes = 30): Promise<FrameLocator> {
    await this.typing(true);
    await this.advance(minutes * MINUTE);
    await this.typing(false);
    await this.advance(10 * SECOND);
    await expect(this.frameElement('reminder')).toBeVisible();
    const reminder = this.window('reminder');
    await expect(reminder.getByRole('button', { name: 'Start walk' })).toBeVisible();
    return reminder;
  }
}
