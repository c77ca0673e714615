// Owns the desk document (desk.json): the workstation check's answers and the answer to the posture-reset offer.
// Validates what is stored (a bad file is ignored with a logged reason, never thrown), saves answers, and says what
// is left to fix, when to ask again, and whether Home offers posture resets (posture-offer.ts).
import * as v from 'valibot';
import { storedDeskSchema } from '../shared/desk-schemas';
import {
  WORKSTATION_ITEMS,
  WORKSTATION_RECHECK_DAYS,
  type DeskState,
  type WorkstationAnswer,
  type WorkstationCheck,
  type WorkstationItem,
} from '../shared/desk';
import { postureOfferDue, type PostureOfferAnswer } from './posture-offer';
import { DAY_MS } from './time';

export interface StoredDesk {
  version: 1;
  workstation: WorkstationCheck | null;
  /** The answer to Home's posture-reset offer; absent until the user answers (then it is never asked again). */
  postureOffer?: PostureOfferAnswer;
}

/** What the desk service asks the rest of the app, for the posture-reset offer (absent: never offered). */
export interface DeskFacts {
  /** Wall ms of the first recorded day in history, or null when there is none. */
  firstUseAt(): number | null;
  /** Whether posture resets are on in settings. */
  postureResets(): boolean;
}

/** Where the desk document lives (desk.json through durable-fs in main, memory in the harness and tests). */
export interface DeskStore {
  /** The stored document as read, unchecked, or undefined/null when none. */
  load(): unknown;
  save(doc: StoredDesk): void;
}

/** A stored desk document, checked: the document, or why it cannot be used. */
export function checkStoredDesk(
  raw: unknown,
): { ok: true; value: StoredDesk } | { ok: false; reason: string } {
  if (raw === null || raw === undefined) return { ok: true, value: { version: 1, workstation: null } };
  const parsed = v.safeParse(storedDeskSchema, raw);
  if (parsed.success) return { ok: true, value: parsed.output };
  const issue = parsed.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? 'document';
  return { ok: false, reason: `${where}: ${issue.message}` };
}

/**
 * What Home shows: the items to fix, whether the check is due (never done, or a few months old), and whether to
 * offer posture resets (`postureOffer`, from the pure rule with `facts`; false without them).
 */
export function deskState(doc: StoredDesk, now: number, facts?: DeskFacts): DeskState {
  const check = doc.workstation;
  return {
    check,
    toFix: check ? WORKSTATION_ITEMS.filter((item) => check.answers[item] === 'no') : [],
    checkDue: check === null || now - check.checkedAt >= WORKSTATION_RECHECK_DAYS * DAY_MS,
    postureOffer:
      facts !== undefined &&
      postureOfferDue({
        now,
        firstUseAt: facts.firstUseAt(),
        postureResets: facts.postureResets(),
        answer: doc.postureOffer ?? null,
      }),
  };
}

export class DeskService {
  private doc: StoredDesk;

  constructor(
    private readonly store: DeskStore,
    private readonly now: () => number,
    warn: (message: string) => void = () => {},
    private readonly facts?: DeskFacts,
  ) {
    let raw: unknown = null;
    try {
      raw = store.load();
    } catch (error) {
      warn(`could not read the desk document: ${String(error)}`);
    }
    const checked = checkStoredDesk(raw);
    if (!checked.ok)
      warn(`stored desk document ignored (${checked.reason}); the workstation check will ask again`);
    this.doc = checked.ok ? checked.value : { version: 1, workstation: null };
  }

  getState(): DeskState {
    return deskState(this.doc, this.now(), this.facts);
  }

  /** Stores a whole check's answers, answered now (the answer to the posture offer is kept). */
  saveCheck(answers: Record<WorkstationItem, WorkstationAnswer>): DeskState {
    return this.write({ ...this.doc, workstation: { checkedAt: this.now(), answers: { ...answers } } });
  }

  /**
   * The user answered Home's posture-reset offer: "Turn on" (the setting itself goes through settings:update) or
   * "No thanks". Stored durably in desk.json; either answer is final, so the offer is never shown again.
   */
  answerPostureOffer(answer: PostureOfferAnswer): DeskState {
    return this.write({ ...this.doc, postureOffer: answer });
  }

  /** The user changed one thing: that item is now fine (the check's date stays). */
  markFixed(item: WorkstationItem): DeskState {
    const check = this.doc.workstation;
    if (!check || check.answers[item] !== 'no') return this.getState();
    return this.write({
      ...this.doc,
      workstation: { ...check, answers: { ...check.answers, [item]: 'yes' } },
    });
  }

  private write(doc: StoredDesk): DeskState {
    this.store.save(doc);
    this.doc = doc;
    return this.getState();
  }
}
