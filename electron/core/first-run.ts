// Whether the first-run window is still to be shown, and its durable marker (welcome.json in main, memory in the
// harness). Pure: the host says whether anything was stored before this start and gives the clock.
//
// The marker is written at the very first start ({ doneAt: null }) and completed when the user leaves the window
// (Done, its close box, or another view). So a first run quit before it was finished shows the window again, and
// a user of a version before this one (other files stored, no marker) is never shown it.
import * as v from 'valibot';

/** welcome.json: `doneAt` is when the user left the first-run window (wall ms), null while it is still to show. */
export interface StoredWelcome {
  version: 1;
  doneAt: number | null;
}

export interface WelcomeStore {
  /** The stored document as read, unchecked; undefined when there is none. */
  load(): unknown;
  save(doc: StoredWelcome): void;
}

const storedWelcomeSchema = v.strictObject({
  version: v.literal(1),
  doneAt: v.nullable(v.pipe(v.number(), v.finite())),
});

/** A stored marker, checked: the document, or why it cannot be used. */
export function checkStoredWelcome(
  raw: unknown,
): { ok: true; value: StoredWelcome } | { ok: false; reason: string } {
  const parsed = v.safeParse(storedWelcomeSchema, raw);
  if (parsed.success) return { ok: true, value: parsed.output };
  const issue = parsed.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? 'document';
  return { ok: false, reason: `${where}: ${issue.message}` };
}

export class FirstRun {
  private doneAt: number | null;

  /**
   * `storedBefore`: some document of ours (settings, tracker, programme, desk, this marker) was on disk when the
   * app started. With no marker it means an earlier version ran here: that user is not new. An unusable marker
   * counts as done (never pester a user because a file was damaged).
   */
  constructor(
    private readonly store: WelcomeStore,
    storedBefore: boolean,
    private readonly now: () => number,
  ) {
    const raw = store.load();
    if (raw === undefined || raw === null) {
      this.doneAt = storedBefore ? now() : null;
      if (!storedBefore) store.save({ version: 1, doneAt: null });
    } else {
      const checked = checkStoredWelcome(raw);
      this.doneAt = checked.ok ? checked.value.doneAt : now();
    }
  }

  /** True until the user has left the first-run window once. */
  get pending(): boolean {
    return this.doneAt === null;
  }

  /** The user left the first-run window (Done, closed it, or went on to another view): never shown again. */
  done(): void {
    if (this.doneAt !== null) return;
    this.doneAt = this.now();
    this.store.save({ version: 1, doneAt: this.doneAt });
  }
}
