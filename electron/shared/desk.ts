// The desk half of WalkBreak as data: the workstation check's items and answers, and what Home shows about it.
// Plain JSON. Guidance from public occupational-health checklists (OSHA computer workstations eTool, UK HSE
// display screen equipment guidance, university and council home-working guides), reworded and kept modest: a
// set-up is about comfort and variety, not a cure; the best posture is the next posture.

/** The workstation check, in the order it asks. */
export const WORKSTATION_ITEMS = [
  'screenHeight',
  'screenDistance',
  'laptop',
  'elbows',
  'feet',
  'lowerBack',
  'light',
] as const;
export type WorkstationItem = (typeof WORKSTATION_ITEMS)[number];

/** yes: fine as it is; no: worth changing; skip: does not apply (no laptop) or the user does not know. */
export type WorkstationAnswer = 'yes' | 'no' | 'skip';
export const WORKSTATION_ANSWERS = ['yes', 'no', 'skip'] as const satisfies readonly WorkstationAnswer[];

/** The illustration of each item (resources/illustrations/desk-*.svg). */
export const WORKSTATION_FIGURES: Record<WorkstationItem, string> = {
  screenHeight: 'desk-screen-height.svg',
  screenDistance: 'desk-screen-distance.svg',
  laptop: 'desk-laptop.svg',
  elbows: 'desk-elbows.svg',
  feet: 'desk-feet.svg',
  lowerBack: 'desk-lower-back.svg',
  light: 'desk-light.svg',
};

/** The check asks again this long after it was last answered (a few months), or when the user says so. */
export const WORKSTATION_RECHECK_DAYS = 90;

export interface WorkstationCheck {
  /** Wall ms the check was answered. */
  checkedAt: number;
  answers: Record<WorkstationItem, WorkstationAnswer>;
}

/** What the main window shows about the desk. */
export interface DeskState {
  /** The last workstation check, or null when it was never done. */
  check: WorkstationCheck | null;
  /** Items answered "no", in the check's order: what is left to fix. */
  toFix: WorkstationItem[];
  /** True when the check was never done or is older than a few months. */
  checkDue: boolean;
  /** True when Home offers posture resets: the first week is over, they are off, and the offer was never answered. */
  postureOffer: boolean;
}
