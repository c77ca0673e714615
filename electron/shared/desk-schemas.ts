// Valibot schemas of the desk data: a workstation check's answers (from a window) and the stored desk document.
import * as v from 'valibot';
import { WORKSTATION_ANSWERS, WORKSTATION_ITEMS, type WorkstationItem } from './desk';

const ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const answer = v.picklist(WORKSTATION_ANSWERS);

/** One answer per item, nothing else. */
export const workstationAnswersSchema = v.strictObject(
  Object.fromEntries(WORKSTATION_ITEMS.map((item) => [item, answer])) as Record<
    WorkstationItem,
    typeof answer
  >,
);

export const workstationItemSchema = v.picklist(WORKSTATION_ITEMS);

/** The answer to Home's posture-reset offer. */
export const postureOfferAnswerSchema = v.picklist(['accepted', 'declined']);

/** desk.json: the last workstation check (or null), and the answer to the posture-reset offer once given. */
export const storedDeskSchema = v.object({
  version: v.literal(1),
  workstation: v.nullable(v.object({ checkedAt: ms, answers: workstationAnswersSchema })),
  postureOffer: v.optional(postureOfferAnswerSchema),
});
