// The emergency numbers this window shows, for every safety message ({{emergencyNumbers}} in the text): main says
// where the user is once (electron/shared/emergency.ts decides the number); until it has answered, or when it
// cannot, every region's number is shown, which is always safe. Only views with safety messages import this (never
// the reminder): it asks main as it loads, and their first paint waits for the answer (lib/first-paint.ts).
import {
  emergencyNumbers,
  type EmergencyNumbers,
  type EmergencyRegion,
} from '../../../electron/shared/emergency';
import { getRegion } from './bridge';
import { holdFirstPaint } from './first-paint';
import { i18n } from './i18n.svelte';

let region = $state<EmergencyRegion | null>(null);

/** Asks main for the user's region (once per window as this module loads; tests ask again). Never rejects. */
export async function loadEmergencyRegion(): Promise<void> {
  try {
    region = (await getRegion()).emergencyRegion;
  } catch {
    region = null;
  }
}

holdFirstPaint(loadEmergencyRegion());

/** The interpolation values for a safety message, in the current language. Reactive inside components. */
export function emergencyVars(): EmergencyNumbers {
  return emergencyNumbers(region, i18n());
}

/** Tests: set the region as main would have answered. */
export function setEmergencyRegion(next: EmergencyRegion | null): void {
  region = next;
}
