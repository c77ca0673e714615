// The items of the safety questions, in display order: one list each, read by the content (which words them), the
// schemas (which accept only these) and the history. Plain data with type imports only, so the renderer may import
// it as a value.
import type { AdvisoryItem } from './break';
import type { ClinicianItem, EmergencyItem, PreWalkItem } from './walk';

/** Every emergency item (P1/Q7, F35–F39): any one blocks the walk / means urgent care. */
export const EMERGENCY_ITEMS: readonly EmergencyItem[] = [
  'saddle-numbness',
  'bladder',
  'bowel',
  'sexual-function',
  'chest-pain-breathless',
  'fall-severe-pain',
];

/** Every pre-walk (P1) item: the emergency list, then numbness or weakness in both legs (d). */
export const PRE_WALK_ITEMS: readonly PreWalkItem[] = [...EMERGENCY_ITEMS, 'both-legs-numb-weak'];

/** Every see-a-clinician item (Q9, F35, F39–F41): any one pauses the plan until a clinician has been seen. */
export const CLINICIAN_ITEMS: readonly ClinicianItem[] = [
  'fever-unwell',
  'night-pain',
  'weight-loss',
  'cancer-history',
  'lump-or-shape-change',
];

/** Every first-run advisory question (asked once and every 4 weeks; a "yes" advises, never blocks). */
export const ADVISORY_ITEMS: readonly AdvisoryItem[] = [
  'cancer-history',
  'over-50-first-episode',
  'osteoporosis-steroids',
  'told-not-to-exercise',
  'pregnant',
  'spinal-surgery-12m',
  'recent-fall-injury',
  'heart-chest-symptoms',
];
