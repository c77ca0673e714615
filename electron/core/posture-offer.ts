// When Home offers posture resets (issue 17: "optional, off by default, offered after the first week"). Pure: the
// caller passes the wall clock, the user's first recorded day and what the user already said.
import { calendarDaysBetween } from './calendar';

/** The offer comes once the user has had WalkBreak this many local calendar days (their first week is over). */
export const POSTURE_OFFER_AFTER_DAYS = 7;

/** What the user answered to the offer, stored in desk.json; absent until they answer. */
export type PostureOfferAnswer = 'accepted' | 'declined';

export interface PostureOfferFacts {
  /** Wall ms now. */
  now: number;
  /** Wall ms of the first thing WalkBreak recorded for this user (history's first day), or null: nothing yet. */
  firstUseAt: number | null;
  /** The setting: posture resets already on. */
  postureResets: boolean;
  /** The stored answer to the offer, or null when never answered. */
  answer: PostureOfferAnswer | null;
}

/**
 * True when Home should show the offer: never answered (an answer, yes or "No thanks", is final), resets still
 * off (whoever turned them on already knows them), and the first recorded day is at least a week of calendar days
 * ago. A first-use time in the future (a clock set back) does not count as a week.
 */
export function postureOfferDue(facts: PostureOfferFacts): boolean {
  if (facts.answer !== null || facts.postureResets || facts.firstUseAt === null) return false;
  return calendarDaysBetween(facts.firstUseAt, facts.now) >= POSTURE_OFFER_AFTER_DAYS;
}
