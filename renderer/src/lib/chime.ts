// WalkBreak's own reminder chime: a soft two-tone "ding-dong" made with Web Audio (two sine oscillators, each with a
// gentle attack and a long fade), at the volume the user chose. No audio files, so nothing to load and nothing the
// CSP must allow. Used by the reminder window (when a reminder appears) and by Settings ("Play a test sound").

/** The part of Web Audio's AudioContext the chime uses, so a test can pass a fake. */
export interface ChimeAudioContext {
  readonly currentTime: number;
  readonly destination: AudioNode;
  readonly state: AudioContextState;
  createOscillator(): OscillatorNode;
  createGain(): GainNode;
  resume(): Promise<void>;
  close(): Promise<void>;
}

/** The two notes, in order: E5 then C5 (a falling major third reads as friendly, not as an alarm). */
export const CHIME_NOTES_HZ = [659.25, 523.25] as const;
/** Seconds between the two notes' starts. */
export const CHIME_NOTE_GAP_S = 0.22;
/** Seconds each note takes to fade out. */
export const CHIME_NOTE_LENGTH_S = 0.9;
/** Peak gain at 100 %; below 1 so two overlapping notes never clip. */
export const CHIME_PEAK_GAIN = 0.35;
/** Seconds the attack takes: fast enough to sound like a bell, slow enough not to click. */
const ATTACK_S = 0.015;
/** Exponential ramps cannot reach 0; fading to this is silent. */
const SILENT_GAIN = 0.0001;

/** A new AudioContext from the page, or null where there is none (tests, very old engines). */
function defaultContext(): ChimeAudioContext | null {
  const Ctor = globalThis.AudioContext as (new () => AudioContext) | undefined;
  return Ctor ? new Ctor() : null;
}

/**
 * Plays the chime at `volumePercent` (0–100; 0 or less plays nothing, and above 100 is played at 100). Returns when
 * the chime is scheduled; the audio context closes itself once the last note has faded. Never throws: a missing or
 * failing audio device only means no sound.
 */
export function playChime(
  volumePercent: number,
  audioContextFactory: () => ChimeAudioContext | null = defaultContext,
): void {
  if (!Number.isFinite(volumePercent) || volumePercent <= 0) return;
  const volume = Math.min(100, volumePercent) / 100;
  let ctx: ChimeAudioContext | null = null;
  try {
    ctx = audioContextFactory();
    if (!ctx) return;
    const audio = ctx;
    // A window opened without a click may start suspended under a stricter autoplay policy.
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    const start = audio.currentTime;
    const peak = CHIME_PEAK_GAIN * volume;
    CHIME_NOTES_HZ.forEach((hz, i) => {
      const at = start + i * CHIME_NOTE_GAP_S;
      const stopAt = at + CHIME_NOTE_LENGTH_S;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(hz, at);
      gain.gain.setValueAtTime(SILENT_GAIN, at);
      gain.gain.linearRampToValueAtTime(peak, at + ATTACK_S);
      gain.gain.exponentialRampToValueAtTime(SILENT_GAIN, stopAt);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start(at);
      osc.stop(stopAt);
      // The last note to end closes the context (browsers allow only a few open at once).
      if (i === CHIME_NOTES_HZ.length - 1) osc.onended = () => void audio.close().catch(() => undefined);
    });
  } catch {
    void ctx?.close().catch(() => undefined);
  }
}
